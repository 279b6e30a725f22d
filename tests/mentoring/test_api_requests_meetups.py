"""An app does what "My mentoring" offers: lists and withdraws the person's requests, answers
meetup invitations, downloads the volunteer certificate; through the same services and rules."""

import json
from datetime import timedelta

import pytest
from django.utils import timezone

from mentoring import services
from mentoring.models import Meetup, MeetupAttendance, MenteeRequest
from tests.mentoring.factories import RequestFactory, VenueFactory

API = "/api/mentoring"


def post(client, url, data=None):
    return client.post(url, json.dumps(data or {}), content_type="application/json")


@pytest.fixture
def meetup(programme):
    start = timezone.now() + timedelta(days=2)
    return Meetup.objects.create(
        programme=programme,
        venue=VenueFactory(),
        title="Tandem",
        starts_at=start,
        ends_at=start + timedelta(hours=2),
    )


def test_newcomer_lists_and_withdraws_their_request(client, make_user, programme):
    request_obj = RequestFactory(programme=programme, user=make_user())
    client.force_login(request_obj.user)
    listed = client.get(f"{API}/my/requests").json()
    assert [(row["id"], row["status"]) for row in listed] == [(request_obj.pk, request_obj.status)]

    response = post(client, f"{API}/my/requests/{request_obj.pk}/withdraw")
    assert response.status_code == 200
    assert response.json()["status"] == "withdrawn"
    request_obj.refresh_from_db()
    assert request_obj.status == "withdrawn"


def test_nobody_withdraws_someone_elses_request(client, make_user, programme):
    request_obj = RequestFactory(programme=programme, user=make_user())
    client.force_login(make_user())
    assert post(client, f"{API}/my/requests/{request_obj.pk}/withdraw").status_code == 404
    assert client.get(f"{API}/my/requests").json() == []
    assert MenteeRequest.objects.get(pk=request_obj.pk).status != "withdrawn"


def test_a_request_with_a_match_under_way_is_not_withdrawn(client, active_match):
    client.force_login(active_match.mentee_request.user)
    response = post(client, f"{API}/my/requests/{active_match.mentee_request.pk}/withdraw")
    assert response.status_code == 400
    assert response.json()["detail"]
    assert MenteeRequest.objects.get(pk=active_match.mentee_request.pk).status != "withdrawn"


def test_newcomer_answers_a_meetup_and_changes_their_mind(client, pair, meetup):
    newcomer = pair[1].user
    client.force_login(newcomer)
    assert [(row["id"], row["my_answer"]) for row in client.get(f"{API}/my/meetups").json()] == [
        (meetup.pk, None)
    ]
    assert (
        post(client, f"{API}/my/meetups/{meetup.pk}/rsvp", {"response": "yes"}).json()["my_answer"] == "yes"
    )
    assert post(client, f"{API}/my/meetups/{meetup.pk}/rsvp", {"response": "no"}).status_code == 200
    assert MeetupAttendance.objects.get(meetup=meetup, user=newcomer).response == "no"
    assert post(client, f"{API}/my/meetups/{meetup.pk}/rsvp", {"response": "perhaps"}).status_code == 422


def test_outsiders_cannot_answer_a_programmes_meetup(client, make_user, meetup):
    client.force_login(make_user())
    assert client.get(f"{API}/my/meetups").json() == []
    assert post(client, f"{API}/my/meetups/{meetup.pk}/rsvp", {"response": "yes"}).status_code == 404
    assert not MeetupAttendance.objects.exists()


def test_a_meetup_that_started_takes_no_answers(client, pair, meetup):
    Meetup.objects.filter(pk=meetup.pk).update(starts_at=timezone.now() - timedelta(minutes=1))
    client.force_login(pair[1].user)
    assert post(client, f"{API}/my/meetups/{meetup.pk}/rsvp", {"response": "yes"}).status_code == 404


def test_volunteer_downloads_their_certificate_once_they_logged_hours(client, active_match):
    volunteer = active_match.volunteer.user
    client.force_login(volunteer)
    refused = client.get(f"{API}/my/certificate")
    assert refused.status_code == 404
    assert refused.json()["detail"]
    services.log_check_in(
        active_match, volunteer, met_on=timezone.localdate(), met=True, hours=2, how_it_goes="well", note=""
    )
    response = client.get(f"{API}/my/certificate")
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")
