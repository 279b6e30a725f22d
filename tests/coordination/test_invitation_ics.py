"""Meeting invitations are iTIP requests (RFC 5546) that mail clients accept: an organiser, an
attendee per invitee, a stamp of when they were sent, one UID per meeting; a change sends an update
with a higher SEQUENCE, a cancellation a METHOD:CANCEL. Read with two parsers."""

import datetime

import pytest
import vobject
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone
from icalendar import Calendar

from accounts import roles
from coordination import services
from coordination.models import Meeting
from coordination.notifications import send_invitation

from .conftest import COORDINATING_ROLES, EVERY_ROLE, assert_refused
from .factories import BodyFactory, TeamMemberFactory, add_members

pytestmark = pytest.mark.django_db


@pytest.fixture
def invited(coordinator, django_capture_on_commit_callbacks):
    """A meeting next week whose two members were invited (their invitations already sent)."""
    body = add_members(
        BodyFactory(name="Comitetul"), TeamMemberFactory(name="Ana Pop"), TeamMemberFactory(name="Jan Nowak")
    )
    starts = timezone.now().replace(microsecond=0) + datetime.timedelta(days=7)
    meeting = services.create_meeting(
        body=body,
        title="Ședința trimestrială",
        starts_at=starts,
        ends_at=starts + datetime.timedelta(hours=2),
        place="Primăria",
        agenda=["Deschidere"],
        user=coordinator,
    )
    with django_capture_on_commit_callbacks(execute=True):
        services.invite_members(meeting, user=coordinator)
    return meeting


def calendars(message):
    """The message's .ics read by icalendar and by vobject."""
    ((filename, content, mimetype),) = message.attachments
    assert filename.endswith(".ics") and mimetype.startswith("text/calendar")
    text = content.decode() if isinstance(content, bytes) else content
    return Calendar.from_ical(text), vobject.readOne(text)


def test_the_invitation_is_a_request_with_organiser_and_attendees(
    settings, invited, django_capture_on_commit_callbacks
):
    settings.DEFAULT_FROM_EMAIL = "Centrul de integrare <secretariat@centru.example.org>"
    mail.outbox.clear()
    sent_at = timezone.now()
    member = invited.body.members.get(name="Ana Pop")
    with django_capture_on_commit_callbacks(execute=True):
        send_invitation(invited.invitations.get(member=member))
    parsed, read = calendars(mail.outbox[0])
    assert parsed["method"] == "REQUEST" and read.method.value == "REQUEST"
    event = parsed.walk("VEVENT")[0]
    assert str(event["organizer"]) == "mailto:secretariat@centru.example.org"
    assert read.vevent.organizer.value == "mailto:secretariat@centru.example.org"
    attendees = {str(attendee): attendee.params for attendee in event.get("attendee")}
    assert set(attendees) == {f"mailto:{m.email}" for m in invited.body.members.all()}
    mine = attendees[f"mailto:{member.email}"]
    assert (mine["PARTSTAT"], mine["RSVP"], mine["CN"], mine["ROLE"]) == (
        "NEEDS-ACTION",
        "TRUE",
        "Ana Pop",
        "REQ-PARTICIPANT",
    )
    assert len(read.vevent.attendee_list) == 2
    stamp = event["dtstamp"].dt
    assert stamp.utcoffset() == datetime.timedelta(0) and abs(stamp - sent_at) < datetime.timedelta(minutes=1)
    assert stamp != invited.starts_at
    assert event["sequence"] == 0 and read.vevent.sequence.value == "0"
    assert read.vevent.dtstart.value == invited.starts_at


def test_every_invitee_gets_the_same_uid(invited):
    uids = {str(calendars(message)[0].walk("VEVENT")[0]["uid"]) for message in mail.outbox}
    assert len(mail.outbox) == 2 and len(uids) == 1


def test_moving_the_meeting_sends_an_update_after_commit(
    coordinator, invited, django_capture_on_commit_callbacks
):
    uid = str(calendars(mail.outbox[0])[0].walk("VEVENT")[0]["uid"])
    mail.outbox.clear()
    later = invited.starts_at + datetime.timedelta(days=1)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        services.update_meeting(
            invited,
            title=invited.title,
            starts_at=later,
            ends_at=later + datetime.timedelta(hours=2),
            place="Prefectura",
            online_url="",
            agenda=["Deschidere", "Buget"],
            user=coordinator,
        )
    assert mail.outbox == [] and callbacks
    for callback in callbacks:
        callback()
    assert len(mail.outbox) == 2
    parsed, read = calendars(mail.outbox[0])
    event = parsed.walk("VEVENT")[0]
    assert parsed["method"] == "REQUEST" and str(event["uid"]) == uid
    assert event["sequence"] == 1 and read.vevent.sequence.value == "1"
    assert event["dtstart"].dt == later and str(event["location"]) == "Prefectura"
    assert "Buget" in str(event["description"])
    invited.refresh_from_db()
    assert invited.sequence == 1


def test_saving_without_a_change_sends_nothing(coordinator, invited, django_capture_on_commit_callbacks):
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        services.update_meeting(
            invited,
            title=invited.title,
            starts_at=invited.starts_at,
            ends_at=invited.ends_at,
            place=invited.place,
            online_url="",
            agenda=["Deschidere"],
            user=coordinator,
        )
    assert mail.outbox == []
    invited.refresh_from_db()
    assert invited.sequence == 0


def test_cancelling_sends_a_cancel_with_a_higher_sequence(
    coordinator, invited, django_capture_on_commit_callbacks
):
    uid = str(calendars(mail.outbox[0])[0].walk("VEVENT")[0]["uid"])
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        services.cancel_meeting(invited, user=coordinator)
    assert len(mail.outbox) == 2
    parsed, read = calendars(mail.outbox[0])
    event = parsed.walk("VEVENT")[0]
    assert parsed["method"] == "CANCEL" and read.method.value == "CANCEL"
    assert str(event["status"]) == "CANCELLED" and read.vevent.status.value == "CANCELLED"
    assert str(event["uid"]) == uid and event["sequence"] == 1
    assert "method=CANCEL" in mail.outbox[0].attachments[0][2]
    invited.refresh_from_db()
    assert invited.is_cancelled
    with pytest.raises(ValidationError):
        services.cancel_meeting(invited, user=coordinator)
    with pytest.raises(ValidationError):
        services.update_meeting(
            invited,
            title="x",
            starts_at=invited.starts_at,
            ends_at=invited.ends_at,
            place="Primăria",
            online_url="",
            agenda=[],
            user=coordinator,
        )


def test_members_who_are_not_coordinators_cannot_move_or_cancel(make_user, invited):
    member = make_user(roles.TEAM_MEMBERS)
    with pytest.raises(PermissionDenied):
        services.cancel_meeting(invited, user=member)
    assert not Meeting.objects.get(pk=invited.pk).is_cancelled


@pytest.mark.parametrize("role", EVERY_ROLE)
def test_the_edit_and_cancel_pages_are_for_coordinators(
    client_for, role, invited, django_capture_on_commit_callbacks
):
    mail.outbox.clear()
    client = client_for(role)
    local_start = timezone.localtime(invited.starts_at) + datetime.timedelta(hours=1)
    fields = {
        "body": invited.body.pk,
        "title": "Ședința mutată",
        "starts_at": f"{local_start:%Y-%m-%dT%H:%M}",
        "ends_at": f"{local_start + datetime.timedelta(hours=2):%Y-%m-%dT%H:%M}",
        "place": "Prefectura",
        "agenda": "Deschidere",
    }
    with django_capture_on_commit_callbacks(execute=True):
        edited = client.post(f"/en/coordination/meetings/{invited.pk}/edit/", fields)
        cancelled = client.post(f"/en/coordination/meetings/{invited.pk}/cancel/")
    invited.refresh_from_db()
    if role in COORDINATING_ROLES:
        assert edited.status_code == 302 and cancelled.status_code == 302
        assert invited.title == "Ședința mutată" and invited.is_cancelled and invited.sequence == 2
        assert len(mail.outbox) == 4
    else:
        assert_refused(edited, role)
        assert_refused(cancelled, role)
        assert invited.title == "Ședința trimestrială" and not invited.is_cancelled and mail.outbox == []


def test_the_api_moves_and_cancels_a_meeting(
    client, coordinator, invited, django_capture_on_commit_callbacks
):
    mail.outbox.clear()
    client.force_login(coordinator)
    later = invited.starts_at + datetime.timedelta(days=2)
    payload = {
        "title": "Ședința mutată",
        "starts_at": later.isoformat(),
        "place": "Prefectura",
        "ends_at": (later + datetime.timedelta(hours=1)).isoformat(),
        "agenda": ["Deschidere"],
    }
    with django_capture_on_commit_callbacks(execute=True):
        response = client.put(
            f"/api/coordination/meetings/{invited.pk}", payload, content_type="application/json"
        )
    assert response.status_code == 200 and response.json()["title"] == "Ședința mutată"
    bad = {**payload, "ends_at": payload["starts_at"]}
    response = client.put(
        f"/api/coordination/meetings/{invited.pk}",
        bad,
        content_type="application/json",
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert response.status_code == 400 and "end after it starts" in response.json()["detail"]
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/api/coordination/meetings/{invited.pk}/cancel")
    assert response.status_code == 200 and response.json()["cancelled"] is True
    assert len(mail.outbox) == 4
    assert client.post(f"/api/coordination/meetings/{invited.pk}/cancel").status_code == 400
