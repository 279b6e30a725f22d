"""List pages and endpoints do not run more queries as rows grow."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from accounts import roles
from mentoring import services
from tests.mentoring.factories import RequestFactory, VenueFactory, VolunteerFactory


def grow(coordinator, make_user, programme, volunteer_user, mentee_user, count):
    """`count` rows of everything: active matches with check-ins (the volunteer's first three
    among them), open requests, pending volunteers, meetups."""
    VolunteerFactory(programme=programme, user=volunteer_user, capacity=3, goals=["housing"])
    RequestFactory(programme=programme, user=mentee_user)
    for _ in range(count):
        VolunteerFactory(programme=programme, user=make_user())
        RequestFactory(programme=programme, user=make_user(), goals=["housing"])
        VolunteerFactory(programme=programme, user=make_user(), vetting_status="pending", vetted_at=None)
    matching_round = services.run_round(programme, run_by=coordinator)
    for proposal in matching_round.proposals.filter(volunteer__isnull=False, mentee_request__isnull=False):
        match = services.accept_proposal(proposal, by=coordinator)
        services.respond_to_match(match, match.volunteer.user, accept=True)
        services.respond_to_match(match, match.mentee_request.user, accept=True)
        services.log_check_in(
            match,
            match.volunteer.user,
            met_on=timezone.localdate(),
            met=True,
            hours=1,
            how_it_goes="well",
            needs_help=True,
        )
    for number in range(count):
        start = timezone.now() + timedelta(days=2 + number)
        services.schedule_meetup(
            programme,
            by=coordinator,
            venue=VenueFactory(),
            starts_at=start,
            ends_at=start + timedelta(hours=1),
            title="Întâlnire",
        )
    return matching_round


@pytest.mark.parametrize("count", [1, 6])
def test_list_pages_keep_their_query_count(
    client, make_user, programme, django_assert_max_num_queries, count
):
    coordinator = make_user(roles.COORDINATORS)
    volunteer_user, mentee_user = make_user(), make_user()
    matching_round = grow(coordinator, make_user, programme, volunteer_user, mentee_user, count)
    client.force_login(coordinator)
    pages = [
        reverse("mentoring:coordinate"),
        reverse("mentoring:coordinate_volunteers"),
        reverse("mentoring:coordinate_round", args=[matching_round.pk]),
        reverse("mentoring:coordinate_matches"),
        reverse("mentoring:coordinate_meetups", args=[programme.slug]),
        f"/api/mentoring/rounds/{matching_round.pk}/proposals",
        "/api/mentoring/programmes",
    ]
    # The caps include the four queries of the site chrome (site, locale, menu, contact details).
    for url in pages:
        with django_assert_max_num_queries(16):
            assert client.get(url).status_code == 200, url
    for person in (volunteer_user, mentee_user):
        client.force_login(person)
        for url in (reverse("mentoring:my"), "/api/mentoring/my/matches"):
            with django_assert_max_num_queries(18):
                assert client.get(url).status_code == 200, url
