from datetime import timedelta

import pytest
from django.utils import timezone

from accounts import roles
from participation.models import Choice, Question, QuestionKind, Survey
from participation.services import consultations, desk
from tests.conftest import ALL_ROLES

#: Every kind of visitor: anonymous, each role (civic-desk staff included), superuser.
EVERY_ROLE = [None, *ALL_ROLES, "superuser"]
DESK_ROLES = {roles.CIVIC_STAFF, roles.COORDINATORS, "superuser"}
MODERATING_ROLES = {roles.MODERATORS, roles.CIVIC_STAFF, roles.COORDINATORS, "superuser"}
REVIEWING_ROLES = {roles.MODERATORS, roles.COORDINATORS, "superuser"}
SUBMITTING_ROLES = {roles.TEAM_MEMBERS, roles.COORDINATORS, roles.CIVIC_STAFF, "superuser"}
FEEDBACK_ROLES = {roles.EDITORS, roles.MODERATORS, roles.COORDINATORS, "superuser"}
SURVEY_ROLES = {roles.CIVIC_STAFF, roles.COORDINATORS, "superuser"}

FILING = {
    "name": "Amal Haddad",
    "email": "amal@example.org",
    "requester_type": "person",
    "domain": "migration",
    "subject": "Opening hours of the immigration office",
    "body": "When is the office open in December?",
    "language": "ar",
}


@pytest.fixture
def user_for(make_user):
    def make(role):
        if role is None:
            return None
        if role == "superuser":
            return make_user(superuser=True)
        return make_user(role)

    return make


@pytest.fixture
def client_for(client, user_for):
    def make(role):
        user = user_for(role)
        if user is not None:
            client.force_login(user)
        return client

    return make


@pytest.fixture
def staff(make_user):
    return make_user(roles.CIVIC_STAFF)


@pytest.fixture
def coordinator(make_user):
    return make_user(roles.COORDINATORS)


@pytest.fixture
def information_request(staff):
    return desk.register_at_desk("information", data=FILING, channel="paper", user=staff)


@pytest.fixture
def petition(staff):
    return desk.register_at_desk(
        "petition", data={**FILING, "subject": "Bus stop"}, channel="email", user=staff
    )


@pytest.fixture
def consultation(coordinator):
    today = timezone.localdate()
    return consultations.create_consultation(
        user=coordinator,
        title="Local inclusion plan 2027",
        slug="palis-2027",
        opens_on=today - timedelta(days=2),
        closes_on=today + timedelta(days=20),
        sections=[("Housing", "Measures for housing."), ("Language", "Romanian courses.")],
    )


@pytest.fixture
def survey(db):
    found = Survey.objects.create(title="Your needs", slug="needs", anonymous=True, results_published=True)
    single = Question.objects.create(
        survey=found, position=1, kind=QuestionKind.SINGLE, text="Do you work?", required=True
    )
    yes = Choice.objects.create(question=single, position=1, label="Yes")
    Choice.objects.create(question=single, position=2, label="No")
    Question.objects.create(
        survey=found, position=2, kind=QuestionKind.TEXT, text="Where?", shown_if_choice=yes
    )
    Question.objects.create(survey=found, position=3, kind=QuestionKind.SCALE, text="How satisfied?")
    multiple = Question.objects.create(
        survey=found, position=4, kind=QuestionKind.MULTIPLE, text="Which help?"
    )
    for position, label in enumerate(["Language", "Housing", "Work"], start=1):
        Choice.objects.create(question=multiple, position=position, label=label)
    return found
