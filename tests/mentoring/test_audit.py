"""Mentoring's coordinator operations check permission themselves (a page or the API cannot
forget to) and leave an entry in the audit trail."""

import pytest
from django.core.exceptions import PermissionDenied
from wagtail.models import ModelLogEntry

from accounts import roles
from mentoring import services
from mentoring.choices import VettingStatus
from mentoring.models import MatchingRound, VolunteerProfile
from tests.mentoring.factories import VolunteerFactory

pytestmark = pytest.mark.django_db


def entries(action):
    return ModelLogEntry.objects.filter(action=action)


@pytest.mark.parametrize("role", [None, roles.VOLUNTEERS, roles.EDITORS, roles.TEAM_MEMBERS])
def test_vetting_by_anyone_but_a_coordinator_is_refused_and_changes_nothing(role, make_user, programme):
    profile = VolunteerFactory(programme=programme, user=make_user(), vetting_status=VettingStatus.PENDING)
    with pytest.raises(PermissionDenied):
        services.vet_volunteer(profile, VettingStatus.APPROVED, by=make_user(role))
    assert VolunteerProfile.objects.get(pk=profile.pk).vetting_status == VettingStatus.PENDING
    assert not entries("mentoring.vet_volunteer").exists()


def test_vetting_is_logged_with_the_coordinator(coordinator, make_user, programme):
    profile = VolunteerFactory(programme=programme, user=make_user(), vetting_status=VettingStatus.PENDING)
    services.vet_volunteer(profile, VettingStatus.APPROVED, by=coordinator)
    entry = entries("mentoring.vet_volunteer").get()
    assert entry.user == coordinator and entry.data == {"via": "system", "status": "approved"}


def test_a_volunteer_cannot_run_a_round(make_user, programme, pair):
    with pytest.raises(PermissionDenied):
        services.run_round(programme, run_by=make_user(roles.VOLUNTEERS))
    assert not MatchingRound.objects.exists() and not entries("mentoring.run_round").exists()


def test_rounds_and_decisions_are_logged(coordinator, make_user, programme, pair):
    matching_round = services.run_round(programme, run_by=coordinator)
    proposal = matching_round.proposals.get(volunteer=pair[0])
    with pytest.raises(PermissionDenied):
        services.accept_proposal(proposal, by=make_user(roles.VOLUNTEERS))
    assert not entries("mentoring.accept_proposal").exists()
    services.accept_proposal(proposal, by=coordinator)
    assert entries("mentoring.run_round").get().user == coordinator
    assert entries("mentoring.accept_proposal").get().user == coordinator
