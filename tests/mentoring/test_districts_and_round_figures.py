"""Districts from the centre's list, the round's figures for the coordinator, and every
volunteer left out of a round listed with the true reason."""

import json

import pytest

from accounts import roles
from mentoring import services
from mentoring.explanations import REASONS
from mentoring.models import District, MenteeRequest, VolunteerProfile
from tests.conftest import ALL_ROLES
from tests.mentoring.factories import DistrictFactory, RequestFactory, VolunteerFactory

API = "/api/mentoring"
SIGN_UP = {"languages": {"ar": "native"}, "availability": [2], "goals": ["paperwork"]}


def post(client, url, data):
    return client.post(url, json.dumps(data), content_type="application/json")


def test_a_district_named_online_never_stands_for_meeting_online(make_user, programme):
    online_district = DistrictFactory(name="Online")
    VolunteerFactory(programme=programme, user=make_user(), district=online_district, online=False)
    RequestFactory(programme=programme, user=make_user(), district=None, online=True)
    RequestFactory(programme=programme, user=make_user(), district=DistrictFactory(name="Iris"), online=False)

    matching_round = services.run_round(programme, run_by=make_user(roles.COORDINATORS))

    assert matching_round.matched == matching_round.most_possible == 0
    reasons = set(
        matching_round.proposals.exclude(mentee_request=None).values_list("unmatched_reason", flat=True)
    )
    assert reasons == {"no_one_nearby_or_online"}


def test_people_in_the_same_listed_district_are_paired_even_if_they_typed_it_differently(
    make_user, programme
):
    centru = DistrictFactory(name="Centru", aliases="Center\nCentrul")
    client_district = District.objects.named("  CENTER ")
    VolunteerFactory(programme=programme, user=make_user(), district=centru, online=False)
    RequestFactory(programme=programme, user=make_user(), district=client_district, online=False)

    proposal = services.run_round(programme, run_by=make_user(roles.COORDINATORS)).proposals.get(
        volunteer__isnull=False, mentee_request__isnull=False
    )

    assert dict(proposal.rules_met)["place"] == "district"


def test_api_sign_up_names_a_district_by_name_or_alias(client, make_user, programme):
    centru = DistrictFactory(name="Centru", aliases="Center")
    client.force_login(make_user(roles.PARTICIPANTS))

    response = post(client, f"{API}/programmes/{programme.slug}/requests", {**SIGN_UP, "district": "center"})

    assert response.status_code == 201
    assert MenteeRequest.objects.get().district == centru


def test_api_sign_up_with_an_unknown_district_is_refused_and_writes_nothing(client, make_user, programme):
    DistrictFactory(name="Centru")
    client.force_login(make_user(roles.VOLUNTEERS))

    response = post(
        client, f"{API}/programmes/{programme.slug}/volunteers", {**SIGN_UP, "district": "Atlantis"}
    )

    assert response.status_code == 400 and "Atlantis" in response.json()["detail"]
    assert not VolunteerProfile.objects.exists()


@pytest.mark.parametrize("role", [None, *ALL_ROLES])
def test_districts_are_listed_for_people_signed_in(client, make_user, role, db):
    DistrictFactory(name="Mănăștur", aliases="Manastur\n")
    if role:
        client.force_login(make_user(role))

    response = client.get(f"{API}/districts")

    if role is None:
        assert response.status_code == 401
    else:
        assert response.json() == [
            {"id": District.objects.get().pk, "name": "Mănăștur", "aliases": ["Manastur"]}
        ]


def test_coordinator_keeps_the_districts_in_the_wagtail_admin(client, coordinator):
    client.force_login(coordinator)

    response = client.post("/admin/mentoring_districts/new/", {"name": "Gheorgheni", "aliases": "Gheorgeni"})

    assert response.status_code == 302
    assert District.objects.named("gheorgeni").name == "Gheorgheni"
    assert client.get("/admin/mentoring_districts/").status_code == 200


def crowded_round(make_user, programme):
    """Three people want the one volunteer who shares their language: at most one can be matched."""
    VolunteerFactory(programme=programme, user=make_user(), languages={"ar": "native"})
    for _ in range(3):
        RequestFactory(programme=programme, user=make_user(), languages={"ar": "native"})
    return services.run_round(programme, run_by=make_user(roles.COORDINATORS))


def test_coordinator_sees_how_many_could_be_matched_at_most_and_how_many_were(
    client, coordinator, make_user, programme
):
    matching_round = crowded_round(make_user, programme)
    client.force_login(coordinator)

    page = client.get(f"/en/mentoring/coordinate/rounds/{matching_round.pk}/").content.decode()
    figures = client.get(f"{API}/rounds/{matching_round.pk}").json()

    assert "1 of 3 people matched" in page
    assert "At most 1 person could be matched in this pool" in page
    assert (figures["matched"], figures["most_possible"], figures["mentees"]) == (1, 1, 3)


@pytest.mark.parametrize("role", [None, *ALL_ROLES, "superuser"])
def test_round_figures_are_for_coordinators_only(client, make_user, programme, role):
    matching_round = crowded_round(make_user, programme)
    if role == "superuser":
        client.force_login(make_user(superuser=True))
    elif role:
        client.force_login(make_user(role))

    response = client.get(f"{API}/rounds/{matching_round.pk}")

    expected = {None: 401, roles.COORDINATORS: 200, "superuser": 200}.get(role, 403)
    assert response.status_code == expected


def test_every_volunteer_left_out_is_listed_with_the_true_reason(client, coordinator, make_user, programme):
    untrained = VolunteerFactory(
        programme=programme, user=make_user(), languages={"ps": "native"}, training_date=None
    )
    pending = VolunteerFactory(
        programme=programme, user=make_user(), vetting_status="pending", vetted_at=None
    )
    rejected = VolunteerFactory(programme=programme, user=make_user(), vetting_status="rejected")
    request_obj = RequestFactory(programme=programme, user=make_user(), languages={"ps": "native"})

    matching_round = services.run_round(programme, run_by=make_user(roles.COORDINATORS))

    reasons = dict(
        matching_round.proposals.filter(mentee_request=None).values_list("volunteer_id", "unmatched_reason")
    )
    assert reasons == {
        untrained.pk: "volunteer_not_trained",
        pending.pk: "volunteer_not_vetted",
        rejected.pk: "volunteer_rejected",
    }
    waiting = matching_round.proposals.get(mentee_request=request_obj)
    assert waiting.unmatched_reason == "volunteers_not_ready"
    client.force_login(coordinator)
    page = client.get(f"/en/mentoring/coordinate/rounds/{matching_round.pk}/").content.decode()
    assert str(REASONS["volunteers_not_ready"]) in page
    assert "approved, but the training is not recorded yet" in page
    assert "shares a language" not in str(REASONS["volunteers_not_ready"])
    proposals = client.get(f"{API}/rounds/{matching_round.pk}/proposals").json()
    explained = {
        p["mentee_request_id"]: p["unmatched_explanation"] for p in proposals if p["mentee_request_id"]
    }
    assert explained[request_obj.pk] == str(REASONS["volunteers_not_ready"])


def test_a_request_no_volunteer_can_talk_with_is_told_so(make_user, programme):
    VolunteerFactory(programme=programme, user=make_user(), languages={"ro": "native"}, training_date=None)
    request_obj = RequestFactory(programme=programme, user=make_user(), languages={"ti": "native"})

    matching_round = services.run_round(programme, run_by=make_user(roles.COORDINATORS))

    assert matching_round.proposals.get(mentee_request=request_obj).unmatched_reason == "no_shared_language"
