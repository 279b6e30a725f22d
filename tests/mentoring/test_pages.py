"""Every page against every role, what the mentor sees before and after both accepted, and
the forms newcomers and volunteers fill in."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from accounts import roles
from mentoring import services
from mentoring.links import match_response_token
from mentoring.models import MatchState, MeetupAttendance, MenteeRequest, Programme, VolunteerProfile
from tests.conftest import ALL_ROLES
from tests.mentoring.factories import DistrictFactory, ProgrammeFactory, VenueFactory

ROLES = [None, *ALL_ROLES, "superuser"]
COORDINATING = {roles.COORDINATORS, "superuser"}


def client_for(client, make_user, role):
    if role == "superuser":
        client.force_login(make_user(superuser=True))
    elif role is not None:
        client.force_login(make_user(role))
    return client


def coordinator_pages(match):
    matching_round = match.proposal.round
    slug = match.programme.slug
    return [
        ("get", reverse("mentoring:coordinate")),
        ("get", reverse("mentoring:coordinate_volunteers")),
        ("get", reverse("mentoring:coordinate_volunteer", args=[match.volunteer.pk])),
        ("get", reverse("mentoring:coordinate_round", args=[matching_round.pk])),
        ("get", reverse("mentoring:coordinate_matches")),
        ("get", reverse("mentoring:coordinate_meetups", args=[slug])),
        ("post", reverse("mentoring:coordinate_run", args=[slug])),
        ("post", reverse("mentoring:coordinate_proposal", args=[match.proposal.pk])),
    ]


@pytest.mark.parametrize("role", ROLES)
def test_coordinator_pages_are_for_coordinators_only(client, make_user, proposed_match, role):
    client = client_for(client, make_user, role)
    for method, url in coordinator_pages(proposed_match):
        response = getattr(client, method)(url)
        if role is None:
            assert response.status_code == 302 and "/accounts/login/" in response["Location"], url
        elif role in COORDINATING:
            assert response.status_code in (200, 302), url
        else:
            assert response.status_code == 403, url


@pytest.mark.parametrize("role", ROLES)
def test_sign_up_pages_need_a_signed_in_person(client, make_user, programme, role):
    client = client_for(client, make_user, role)
    for name in ("mentoring:volunteer", "mentoring:request"):
        response = client.get(reverse(name, args=[programme.slug]))
        assert response.status_code == (302 if role is None else 200)
    assert client.get(reverse("mentoring:programmes")).status_code == 200
    assert client.get(reverse("mentoring:my")).status_code == (302 if role is None else 200)


@pytest.mark.parametrize("role", ROLES)
def test_nobody_outside_the_match_can_open_or_answer_it(client, make_user, active_match, role):
    client = client_for(client, make_user, role)
    pk = active_match.pk
    for method, name in [("get", "check_in"), ("get", "close"), ("post", "respond"), ("post", "resume")]:
        response = getattr(client, method)(reverse(f"mentoring:{name}", args=[pk]))
        assert response.status_code == (302 if role is None else 404)
    if role is None:
        return
    assert "Amira" not in client.get(reverse("mentoring:my")).content.decode()


def test_mentor_sees_the_mentee_only_after_both_accepted(client, proposed_match):
    client.force_login(proposed_match.volunteer.user)
    mentee = proposed_match.mentee_request.user
    page = client.get(reverse("mentoring:my")).content.decode()
    assert "Amira" not in page and mentee.email not in page
    assert "Paperwork and public offices" in page or "Acte" in page
    services.respond_to_match(proposed_match, proposed_match.volunteer.user, accept=True)
    page = client.get(reverse("mentoring:my")).content.decode()
    assert "Amira" not in page and mentee.email not in page
    services.respond_to_match(proposed_match, mentee, accept=True)
    page = client.get(reverse("mentoring:my")).content.decode()
    assert "Amira Haddad" in page and mentee.email in page


def test_coordinator_sees_the_mentee_in_the_round(client, coordinator, proposed_match):
    client.force_login(coordinator)
    page = client.get(
        reverse("mentoring:coordinate_round", args=[proposed_match.proposal.round.pk])
    ).content.decode()
    assert "Amira Haddad" in page


def test_both_sides_accept_on_their_page_and_the_match_starts(client, proposed_match):
    for user in (proposed_match.volunteer.user, proposed_match.mentee_request.user):
        client.force_login(user)
        response = client.post(reverse("mentoring:respond", args=[proposed_match.pk]), {"answer": "accept"})
        assert response.status_code == 302
    proposed_match.refresh_from_db()
    assert proposed_match.state == MatchState.ACTIVE


def test_signed_link_asks_first_and_answers_on_post(client, proposed_match):
    token = match_response_token(proposed_match, proposed_match.mentee_request.user)
    url = reverse("mentoring:respond_by_link", args=[token])
    assert client.get(url).status_code == 200
    proposed_match.refresh_from_db()
    assert proposed_match.mentee_accepted_at is None
    client.post(url, {"answer": "decline"})
    proposed_match.refresh_from_db()
    assert proposed_match.state == MatchState.DECLINED
    assert client.get(reverse("mentoring:respond_by_link", args=[token + "x"])).status_code == 400


def test_newcomer_request_form_creates_a_request_with_few_fields(client, make_user, programme):
    user = make_user()
    client.force_login(user)
    response = client.post(
        reverse("mentoring:request", args=[programme.slug]),
        {
            "goals": ["paperwork"],
            "language_0": "ar",
            "level_0": "native",
            "availability": ["2"],
            "online": "on",
            "gender": "woman",
        },
    )
    assert response.status_code == 302
    request_obj = MenteeRequest.objects.get(user=user)
    assert request_obj.languages == {"ar": "native"} and request_obj.availability == [2]


@pytest.mark.parametrize(
    "data",
    [
        {},
        {
            "goals": ["paperwork"],
            "language_0": "ar",
            "level_0": "native",
            "availability": ["2"],
            "gender": "woman",
        },
        {
            "goals": ["nonsense"],
            "language_0": "ar",
            "level_0": "native",
            "availability": ["2"],
            "online": "on",
        },
        {
            "goals": ["paperwork"],
            "language_0": "ar",
            "availability": ["99"],
            "online": "on",
            "gender": "woman",
        },
        {
            "goals": ["paperwork"],
            "language_0": "ar",
            "level_0": "native",
            "availability": ["2"],
            "online": "on",
            "gender": "woman",
            "needs_text": "x" * 5000,
        },
    ],
)
def test_bad_request_input_is_shown_and_changes_nothing(client, make_user, programme, data):
    client.force_login(make_user())
    response = client.post(reverse("mentoring:request", args=[programme.slug]), data)
    assert response.status_code == 200 and 'class="errorlist' in response.content.decode()
    assert not MenteeRequest.objects.exists()


def test_volunteer_form_reuses_what_the_person_said_before(client, make_user, programme):
    user = make_user()
    client.force_login(user)
    zorilor = DistrictFactory(name="Zorilor")
    data = {
        "goals": ["housing"],
        "language_0": "ro",
        "level_0": "native",
        "language_1": "fr",
        "level_1": "b2",
        "availability": ["5", "8"],
        "district": str(zorilor.pk),
        "gender": "man",
        "capacity": "2",
    }
    assert client.post(reverse("mentoring:volunteer", args=[programme.slug]), data).status_code == 302
    profile = VolunteerProfile.objects.get(user=user)
    assert (profile.capacity, profile.district, profile.languages) == (
        2,
        zorilor,
        {"ro": "native", "fr": "b2"},
    )
    other = ProgrammeFactory(kind="buddies")
    page = client.get(reverse("mentoring:volunteer", args=[other.slug])).content.decode()
    assert f'<option value="{zorilor.pk}" selected>Zorilor</option>' in page


def test_check_in_page_logs_hours_and_certificate_downloads(client, active_match):
    client.force_login(active_match.volunteer.user)
    response = client.post(
        reverse("mentoring:check_in", args=[active_match.pk]),
        {"met_on": timezone.localdate().isoformat(), "met": "on", "hours": "2.5", "how_it_goes": "well"},
    )
    assert response.status_code == 302
    assert active_match.check_ins.get().hours == 2.5
    response = client.get(reverse("mentoring:certificate"))
    assert response["Content-Type"] == "application/pdf" and response.content.startswith(b"%PDF")


def test_coordinator_vets_and_records_training_through_the_page(client, coordinator, make_user, programme):
    profile = services.sign_up_volunteer(
        make_user(),
        programme,
        {"languages": {"ro": "native"}, "availability": [1], "goals": ["school"], "online": True},
    )
    client.force_login(coordinator)
    url = reverse("mentoring:coordinate_volunteer", args=[profile.pk])
    client.post(url, {"vet": "1", "status": "approved", "note": ""})
    client.post(url, {"training": "1", "training_date": "2026-01-20"})
    profile.refresh_from_db()
    assert profile.vetting_status == "approved" and profile.training_date.isoformat() == "2026-01-20"


def test_coordinators_set_up_programmes_in_the_wagtail_admin(client, coordinator):
    client.force_login(coordinator)
    assert client.get("/admin/mentoring_programmes/").status_code == 200
    response = client.post(
        "/admin/mentoring_programmes/new/",
        {
            "name": "Mentorat pentru femei",
            "slug": "femei",
            "kind": "women",
            "gender_rule": "women",
            "min_overlap_hours": "4",
            "local_language": "ro",
            "weight_goals": "40",
            "weight_skills": "20",
            "weight_interests": "15",
            "weight_distance": "15",
            "weight_age": "10",
            "is_open": "on",
        },
    )
    assert response.status_code == 302
    assert Programme.objects.get(slug="femei").gender_rule == "women"


@pytest.mark.parametrize("role", [roles.VOLUNTEERS, roles.PARTICIPANTS, roles.EDITORS])
def test_other_roles_cannot_set_up_programmes(client, make_user, role):
    client.force_login(make_user(role))
    assert client.get("/admin/mentoring_programmes/").status_code in (302, 403)


def test_newcomer_withdraws_an_open_request_but_not_someone_elses(client, make_user, pair, proposed_match):
    _volunteer, request_obj = pair
    client.force_login(make_user())
    assert client.post(reverse("mentoring:withdraw", args=[request_obj.pk])).status_code == 404
    client.force_login(request_obj.user)
    client.post(reverse("mentoring:withdraw", args=[request_obj.pk]))
    request_obj.refresh_from_db()
    assert request_obj.status == "open"  # a match is waiting: end it first
    proposed_match.state = MatchState.DECLINED
    proposed_match.save()
    client.post(reverse("mentoring:withdraw", args=[request_obj.pk]))
    request_obj.refresh_from_db()
    assert request_obj.status == "withdrawn"


def test_coordinator_schedules_a_meetup_and_a_buddy_answers(client, coordinator, make_user, pair, programme):
    venue = VenueFactory()
    client.force_login(coordinator)
    url = reverse("mentoring:coordinate_meetups", args=[programme.slug])
    start = (timezone.localtime() + timedelta(days=2)).replace(second=0, microsecond=0)
    data = {
        "title": "Tandem la bibliotecă",
        "venue": venue.pk,
        "starts_at": start.strftime("%Y-%m-%dT%H:%M"),
        "ends_at": (start + timedelta(hours=2)).strftime("%Y-%m-%dT%H:%M"),
    }
    assert client.post(url, data).status_code == 302
    assert client.post(url, {**data, "ends_at": data["starts_at"]}).status_code == 200
    meetup = programme.meetups.get()
    client.force_login(pair[1].user)
    assert "Tandem la bibliotecă" in client.get(reverse("mentoring:my")).content.decode()
    client.post(reverse("mentoring:rsvp", args=[meetup.pk]), {"response": "yes"})
    assert MeetupAttendance.objects.get(meetup=meetup).response == "yes"
    client.force_login(make_user())
    assert client.post(reverse("mentoring:rsvp", args=[meetup.pk]), {"response": "yes"}).status_code == 404


def test_mentor_pauses_through_the_page_and_coordinator_handles_a_help_request(
    client, coordinator, active_match
):
    client.force_login(active_match.volunteer.user)
    url = reverse("mentoring:close", args=[active_match.pk])
    assert client.post(url, {"action": "pause", "reason": ""}).status_code == 200
    client.post(url, {"action": "pause", "reason": "Sărbători în familie"})
    active_match.refresh_from_db()
    assert active_match.state == MatchState.PAUSED
    check_in = services.log_check_in(
        active_match,
        active_match.mentee_request.user,
        met_on=timezone.localdate(),
        met=False,
        hours=0,
        how_it_goes="difficult",
        needs_help=True,
    )
    client.force_login(coordinator)
    assert "alert-flag" in client.get(reverse("mentoring:coordinate_matches")).content.decode()
    client.post(reverse("mentoring:coordinate_resolve", args=[check_in.pk]))
    check_in.refresh_from_db()
    assert check_in.help_resolved_at is not None


def test_mentee_request_form_starts_with_the_languages_of_the_profile(client, make_user, programme):
    from accounts.models import LanguageSkill

    user = make_user()
    LanguageSkill.objects.create(user=user, language="ar", level="native")
    LanguageSkill.objects.create(user=user, language="fr", level="B1")
    LanguageSkill.objects.create(user=user, language="ka", level="A2")  # not offered by programmes
    client.force_login(user)
    form = client.get(reverse("mentoring:request", args=[programme.slug])).context["form"]
    rows = {form[f"language_{row}"].value(): form[f"level_{row}"].value() for row in range(2)}
    assert rows == {"ar": "native", "fr": "b1"}
    assert form["language_2"].value() in (None, "")


def test_check_in_form_starts_at_todays_local_date(client, active_match, settings):
    from freezegun import freeze_time

    settings.TIME_ZONE = "Europe/Bucharest"
    client.force_login(active_match.volunteer.user)
    with freeze_time("2026-12-01 22:30:00"):  # 00:30 on 2 December in Bucharest
        page = client.get(reverse("mentoring:check_in", args=[active_match.pk])).content.decode()
    assert 'value="2026-12-02"' in page
