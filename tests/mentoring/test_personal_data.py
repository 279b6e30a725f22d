"""The account's export and deletion reach the mentoring data."""

import json

from django.utils import timezone

from accounts.personal_data import sources
from mentoring import services
from mentoring.models import CheckIn, DeclinedPair, Match, MenteeRequest, VolunteerProfile


def mentoring_source():
    return next(source for source in sources() if source.name == "mentoring")


def test_export_holds_the_persons_sign_ups_matches_and_check_ins(active_match):
    volunteer = active_match.volunteer.user
    services.log_check_in(
        active_match, volunteer, met_on=timezone.localdate(), met=True, hours=1, how_it_goes="well"
    )
    data = mentoring_source().export(volunteer)
    assert data["volunteer_profiles"][0]["languages"] == {"ro": "native", "en": "b2"}
    assert data["matches"][0]["side"] == "volunteer"
    assert data["check_ins"][0]["hours"] == "1.0"
    assert json.loads(json.dumps(data))["matches"][0]["state"] == "active"
    assert mentoring_source().export(active_match.mentee_request.user)["requests"][0]["goals"] == [
        "paperwork"
    ]


def test_erase_removes_the_persons_rows_and_their_matches(active_match):
    DeclinedPair.objects.create(
        programme=active_match.programme,
        volunteer_user=active_match.volunteer.user,
        mentee_user=active_match.mentee_request.user,
        declined_by="mentee",
    )
    mentee = active_match.mentee_request.user
    mentoring_source().erase(mentee)
    assert not MenteeRequest.objects.filter(user=mentee).exists()
    assert not Match.objects.exists() and not CheckIn.objects.exists() and not DeclinedPair.objects.exists()
    assert VolunteerProfile.objects.filter(user=active_match.volunteer.user).exists()
