"""Every write of coordination checks permission itself and leaves an entry in the audit trail."""

import pytest
from django.core.exceptions import PermissionDenied
from wagtail.models import ModelLogEntry

from accounts import roles
from coordination import services
from coordination.models import Minutes, MinutesStatus

from .factories import MeetingFactory

pytestmark = pytest.mark.django_db


def entries(action):
    return ModelLogEntry.objects.filter(action=action)


def test_a_member_cannot_approve_minutes_and_nothing_changes(coordinator, make_user):
    meeting = MeetingFactory()
    minutes = services.save_minutes(meeting, item_summaries={}, decisions="Decizie", user=coordinator)
    with pytest.raises(PermissionDenied):
        services.approve_minutes(minutes, user=make_user(roles.TEAM_MEMBERS))
    assert Minutes.objects.get(pk=minutes.pk).status == MinutesStatus.DRAFT
    assert not entries("coordination.approve_minutes").exists()


def test_approving_minutes_is_logged_with_who_approved(coordinator):
    meeting = MeetingFactory()
    minutes = services.save_minutes(meeting, item_summaries={}, decisions="Decizie", user=coordinator)
    services.approve_minutes(minutes, user=coordinator)
    entry = entries("coordination.approve_minutes").get()
    assert entry.user == coordinator and entry.data["via"] == "system"
    assert entry.object_id == str(minutes.pk)
    assert entries("coordination.write_minutes").get().user == coordinator


def test_a_member_cannot_create_a_meeting(make_user):
    meeting = MeetingFactory.build()
    with pytest.raises(PermissionDenied):
        services.create_meeting(
            body=MeetingFactory().body,
            title="Nu",
            starts_at=meeting.starts_at,
            ends_at=meeting.ends_at,
            place="Sala 1",
            user=make_user(roles.TEAM_MEMBERS),
        )
    assert not entries("coordination.create_meeting").exists()
