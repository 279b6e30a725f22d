"""Two coordinators acting at the same moment: the row lock lets one win and the other see it.
PostgreSQL only (SQLite serialises writers on its own); CI runs these on PostgreSQL."""

import threading

import pytest
from django.core.exceptions import ValidationError
from django.db import connection

from coordination import services
from coordination.models import Invitation
from library.models import LibraryDocument
from tests.conftest import postgresql_only

from .factories import BodyFactory, MeetingFactory, TeamMemberFactory, add_members

pytestmark = [
    pytest.mark.postgres,
    postgresql_only,
    pytest.mark.django_db(transaction=True),
]


def run_together(*calls):
    barrier = threading.Barrier(len(calls))
    outcomes = []

    def run(call):
        barrier.wait()
        try:
            outcomes.append(call())
        except ValidationError as error:
            outcomes.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(call,)) for call in calls]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return outcomes


@pytest.mark.usefixtures("root_collection")
def test_minutes_approved_twice_at_once_are_filed_once(coordinator):
    meeting = MeetingFactory()
    services.save_minutes(meeting, item_summaries={}, decisions="Decizie", user=coordinator)
    minutes = meeting.minutes
    outcomes = run_together(*[lambda: services.approve_minutes(minutes, user=coordinator)] * 2)
    assert sum(isinstance(outcome, ValidationError) for outcome in outcomes) == 1
    assert LibraryDocument.objects.count() == 1


def test_members_invited_twice_at_once_get_one_invitation_each(coordinator):
    body = add_members(BodyFactory(), TeamMemberFactory(), TeamMemberFactory(), TeamMemberFactory())
    meeting = MeetingFactory(body=body)
    run_together(*[lambda: services.invite_members(meeting, user=coordinator)] * 2)
    assert Invitation.objects.filter(meeting=meeting).count() == 3
