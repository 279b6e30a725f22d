"""A JSON body with a NUL character is refused with a clear 400 and writes nothing."""

import pytest

from participation.models import PageFeedback


@pytest.mark.django_db
@pytest.mark.parametrize("comment", ["bad\u0000byte", "\u0000"])
def test_a_nul_character_in_json_is_a_clear_400(client, comment):
    response = client.post(
        "/api/participation/feedback",
        {"page_id": 1, "helpful": True, "comment": comment},
        content_type="application/json",
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert response.status_code == 400
    assert response.json() == {"detail": "Text cannot contain the NUL character."}
    assert not PageFeedback.objects.exists()
