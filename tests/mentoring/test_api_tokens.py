"""Apps use API tokens, not sessions: every mentoring endpoint must act for the token's owner."""

import pytest
from django.utils import timezone
from wagtail.models import APIToken

pytestmark = [pytest.mark.django_db, pytest.mark.date_sensitive]


def bearer(user):
    _token, plaintext = APIToken.create_token(user=user, name="city app")
    return {"HTTP_AUTHORIZATION": f"Bearer {plaintext}"}


def test_a_mentor_reads_their_matches_and_logs_a_check_in_with_a_token(client, active_match):
    mentor = active_match.volunteer.user
    response = client.get("/api/mentoring/my/matches", **bearer(mentor))
    assert response.status_code == 200
    assert [match["id"] for match in response.json()] == [active_match.pk]

    response = client.post(
        f"/api/mentoring/my/matches/{active_match.pk}/check-ins",
        {
            "met_on": str(timezone.localdate(active_match.activated_at)),
            "met": True,
            "hours": 2,
            "how_it_goes": "well",
        },
        content_type="application/json",
        **bearer(mentor),
    )
    assert response.status_code == 201, response.content


def test_a_coordinator_token_sees_the_coordinator_view(client, coordinator, programme, make_user):
    response = client.get("/api/mentoring/rounds/0/proposals", **bearer(coordinator))
    assert response.status_code == 404
    response = client.post(f"/api/mentoring/programmes/{programme.slug}/rounds", **bearer(coordinator))
    assert response.status_code in (200, 201), response.content


def test_a_participant_token_cannot_run_a_round(client, programme, make_user):
    response = client.post(f"/api/mentoring/programmes/{programme.slug}/rounds", **bearer(make_user()))
    assert response.status_code == 403


def test_accepting_an_unmatched_person_without_choosing_a_volunteer_is_refused(
    client, coordinator, programme, make_user
):
    from tests.mentoring.factories import RequestFactory

    RequestFactory(programme=programme, user=make_user())
    client.post(f"/api/mentoring/programmes/{programme.slug}/rounds", **bearer(coordinator))
    unmatched = programme.rounds.get().proposals.get(volunteer=None)
    response = client.post(
        f"/api/mentoring/proposals/{unmatched.pk}/decision",
        {"decision": "accept"},
        content_type="application/json",
        HTTP_ACCEPT_LANGUAGE="fr",
        **bearer(coordinator),
    )
    assert response.status_code == 400
    assert "Aucun bénévole" in response.json()["detail"]
