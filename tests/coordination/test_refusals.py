"""Every refusal in coordination is one clear message in the person's language: a bad minutes
file, a meeting that ends before it starts. Nothing is written, and never a 500."""

import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone, translation

from coordination.models import Meeting, Minutes

from .factories import BodyFactory

pytestmark = pytest.mark.django_db

REFUSED_MINUTES = {
    "empty": SimpleUploadedFile("pv.pdf", b""),
    "no extension": SimpleUploadedFile("pv", b"%PDF-1.4"),
    "wrong type": SimpleUploadedFile("pv.exe", b"MZ\x90\x00"),
    "content not matching": SimpleUploadedFile("pv.pdf", b"<html>not a pdf</html>"),
}


@pytest.mark.parametrize("case", REFUSED_MINUTES)
def test_a_refused_minutes_file_gets_one_romanian_message(client, coordinator, meeting, case):
    upload = REFUSED_MINUTES[case]
    upload.seek(0)
    client.force_login(coordinator)
    with translation.override("ro"):
        response = client.post(f"/ro/coordination/meetings/{meeting.pk}/minutes/upload/", {"file": upload})
    assert response.status_code == 400
    errors = [message for messages in response.context["upload_form"].errors.values() for message in messages]
    assert len(errors) == 1, errors
    assert any(word in errors[0] for word in ("Fișierul", "Fișierele", "fișier")), errors
    assert not Minutes.objects.exists()


def test_a_refused_minutes_file_through_the_api_is_one_message_in_the_asked_language(
    client, coordinator, meeting
):
    client.force_login(coordinator)
    response = client.post(
        f"/api/coordination/meetings/{meeting.pk}/minutes/file",
        {"file": SimpleUploadedFile("pv.exe", b"MZ")},
        HTTP_ACCEPT_LANGUAGE="ro",
    )
    assert response.status_code == 400
    assert response.json() == {
        "detail": "Fișierele de tip „exe” nu sunt acceptate aici. Tipuri permise: docx, odt, pdf."
    }
    assert not Minutes.objects.exists()


def meeting_fields(body, starts, ends):
    return {"body": body.pk, "title": "Comitet", "starts_at": starts, "ends_at": ends, "place": "Prefectura"}


@pytest.mark.parametrize("ends", ["2026-12-01T09:00", "2026-12-01T10:00"])
def test_a_meeting_ending_before_it_starts_is_refused_with_one_translated_message(client, coordinator, ends):
    client.force_login(coordinator)
    with translation.override("ro"):
        response = client.post(
            "/ro/coordination/meetings/new/", meeting_fields(BodyFactory(), "2026-12-01T10:00", ends)
        )
    page = response.content.decode()
    assert response.status_code == 200
    assert page.count("Ședința trebuie să se încheie după ce începe.") == 1
    assert "coordination_meeting" not in page and "Constraint" not in page
    assert not Meeting.objects.exists()


@pytest.mark.parametrize("hours", [-1, 0])
def test_a_meeting_ending_before_it_starts_is_a_400_through_the_api(client, coordinator, hours):
    client.force_login(coordinator)
    starts = timezone.now() + datetime.timedelta(days=3)
    response = client.post(
        "/api/coordination/meetings",
        {
            "body_id": BodyFactory().pk,
            "title": "Comitet",
            "starts_at": starts.isoformat(),
            "ends_at": (starts + datetime.timedelta(hours=hours)).isoformat(),
            "place": "Prefectura",
        },
        content_type="application/json",
        HTTP_ACCEPT_LANGUAGE="ro",
    )
    assert response.status_code == 400
    assert response.json() == {"detail": "Ședința trebuie să se încheie după ce începe."}
    assert not Meeting.objects.exists()
