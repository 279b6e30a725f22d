"""E-mails of coordination: meeting invitations (with an .ics) and overdue action items, each in
the recipient's language and sent through core.notify, and the signed link members answer
invitations with."""

from django.conf import settings
from django.core import signing
from django.urls import reverse
from django.utils import translation
from icalendar import Calendar, Event

from accounts.models import preferred_language
from core import links
from core.notify import notify

from .models import Invitation

INVITATION_SALT = "coordination.invitation"


def member_language(member):
    return preferred_language(member.user) if member.user_id else member.preferred_language


def member_email(member):
    return member.email or (member.user.email if member.user_id else "")


def invitation_token(invitation):
    return signing.dumps(invitation.pk, salt=INVITATION_SALT)


def invitation_from_token(token):
    """The invitation a signed link stands for, or None if the link is forged or too old."""
    max_age = settings.COORDINATION_INVITATION_LINK_DAYS * 24 * 3600
    try:
        pk = signing.loads(token, salt=INVITATION_SALT, max_age=max_age)
    except signing.BadSignature:
        return None
    return Invitation.objects.select_related("meeting__body", "member").filter(pk=pk).first()


def absolute_url(name, language, **kwargs):
    with translation.override(language):
        path = reverse(name, kwargs=kwargs)
    return links.absolute_url(path)


def meeting_calendar(meeting):
    calendar = Calendar()
    calendar.add("prodid", f"-//{settings.WAGTAIL_SITE_NAME}//coordination//")
    calendar.add("version", "2.0")
    calendar.add("method", "REQUEST")
    event = Event()
    event.add("uid", f"coordination-meeting-{meeting.pk}@{settings.WAGTAIL_SITE_NAME.replace(' ', '-').lower()}")
    event.add("dtstamp", meeting.starts_at)
    event.add("dtstart", meeting.starts_at)
    event.add("dtend", meeting.ends_at)
    event.add("summary", f"{meeting.body.name}: {meeting.title}")
    event.add("location", meeting.place or meeting.online_url)
    if meeting.online_url:
        event.add("url", meeting.online_url)
    agenda = "\n".join(f"{item.position}. {item.title}" for item in meeting.agenda_items.order_by("position"))
    event.add("description", agenda)
    calendar.add_component(event)
    return calendar.to_ical()


def send_invitation(invitation):
    """Queue the invitation e-mail, sent once the transaction that made the invitation commits."""
    member = invitation.member
    address = member_email(member)
    if not address:
        return None
    language = member_language(member)
    meeting = invitation.meeting
    notify(
        to=address,
        template_prefix="coordination/email/invitation",
        context={
            "member": member,
            "meeting": meeting,
            "agenda": list(meeting.agenda_items.order_by("position")),
            "answer_url": absolute_url("coordination:answer_invitation", language, token=invitation_token(invitation)),
        },
        language=language,
        attachments=[(f"meeting-{meeting.pk}.ics", meeting_calendar(meeting), "text/calendar; method=REQUEST")],
    )
