import pytest

from accounts import roles
from mentoring import services
from tests.mentoring.factories import ProgrammeFactory, RequestFactory, VolunteerFactory


@pytest.fixture
def programme(db):
    return ProgrammeFactory()


@pytest.fixture
def coordinator(make_user):
    return make_user(roles.COORDINATORS, first_name="Ioana", last_name="Pop")


@pytest.fixture
def pair(make_user, programme):
    """An approved volunteer and a newcomer's request that fit each other."""
    volunteer = VolunteerFactory(programme=programme, user=make_user(roles.VOLUNTEERS, first_name="Mihai"))
    request_obj = RequestFactory(
        programme=programme, user=make_user(roles.PARTICIPANTS, first_name="Amira", last_name="Haddad")
    )
    return volunteer, request_obj


@pytest.fixture
def proposed_match(coordinator, pair, programme, django_capture_on_commit_callbacks):
    matching_round = services.run_round(programme, run_by=coordinator)
    proposal = matching_round.proposals.get(volunteer=pair[0], mentee_request=pair[1])
    with django_capture_on_commit_callbacks(execute=True):
        return services.accept_proposal(proposal, by=coordinator)


@pytest.fixture
def active_match(proposed_match, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        services.respond_to_match(proposed_match, proposed_match.volunteer.user, accept=True)
        return services.respond_to_match(proposed_match, proposed_match.mentee_request.user, accept=True)
