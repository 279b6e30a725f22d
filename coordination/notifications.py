"""E-mails of coordination: meeting invitations (with an .ics) and overdue action items, each in
the recipient's language and sent through core.notify, and the signed link members answer
invitations with."""

from email.utils import parseaddr

from django.conf import settings
from django.core import signing
from django.urls import reverse
from django.utils import translation
from icalendar import vCalAddress, vText

from accounts.models import preferred_language
from core import links
from core.calendar import calendar_bytes, new_calendar, new_event
from core.notify import notify

from .models import Answer, Invitation

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


#: What a member's answer to the invitation means in iCalendar (RFC 5545 PARTSTAT).
PARTSTAT = {
    Answer.PENDING: "NEEDS-ACTION",
    Answer.ATTENDING: "ACCEPTED",
    Answer.NOT_ATTENDING: "DECLINED",
    Answer.DEPUTY: "DELEGATED",
}


def meeting_uid(meeting):
    """One UID per meeting, kept through every update and the cancellation."""
    return f"coordination-meeting-{meeting.pk}@{settings.WAGTAIL_SITE_NAME.replace(' ', '-').lower()}"


def organizer():
    name, address = parseaddr(settings.DEFAULT_FROM_EMAIL)
    organizer = vCalAddress(f"mailto:{address}")
    organizer.params["cn"] = vText(name or settings.WAGTAIL_SITE_NAME)
    return organizer


def attendee(invitation):
    address = vCalAddress(f"mailto:{member_email(invitation.member)}")
    address.params.update(
        {
            "cn": vText(invitation.member.name),
            "cutype": "INDIVIDUAL",
            "role": "REQ-PARTICIPANT",
            "partstat": PARTSTAT.get(invitation.answer, "NEEDS-ACTION"),
            "rsvp": "TRUE" if invitation.answer == Answer.PENDING else "FALSE",
        }
    )
    return address


def meeting_calendar(meeting, *, method="REQUEST"):
    """The meeting as an iTIP message (RFC 5546): a REQUEST (first invitation or update, told
    apart by SEQUENCE) or a CANCEL, with the organiser and every invitee who has an address."""
    calendar = new_calendar(method=method)
    event = new_event(
        uid=meeting_uid(meeting),
        start=meeting.starts_at,
        end=meeting.ends_at,
        summary=f"{meeting.body.name}: {meeting.title}",
        sequence=meeting.sequence,
    )
    event.add("location", meeting.place or meeting.online_url)
    event.add("status", "CANCELLED" if method == "CANCEL" else "CONFIRMED")
    if meeting.online_url:
        event.add("url", meeting.online_url)
    agenda = "\n".join(f"{item.position}. {item.title}" for item in meeting.agenda_items.order_by("position"))
    event.add("description", agenda)
    event.add("organizer", organizer())
    invitations = meeting.invitations.select_related("member__user").order_by("pk")
    for invitation in invitations:
        if member_email(invitation.member):
            event.add("attendee", attendee(invitation))
    calendar.add_component(event)
    return calendar_bytes(calendar)


def send_to_invitee(invitation, *, template_prefix="coordination/email/invitation", method="REQUEST"):
    """Queue the invitation, an update or the cancellation to one member, with the .ics in step;
    sent once the transaction that changed the meeting commits."""
    member = invitation.member
    address = member_email(member)
    if not address:
        return None
    language = member_language(member)
    meeting = invitation.meeting
    notify(
        to=address,
        template_prefix=template_prefix,
        context={
            "member": member,
            "meeting": meeting,
            "agenda": list(meeting.agenda_items.order_by("position")),
            "answer_url": absolute_url(
                "coordination:answer_invitation", language, token=invitation_token(invitation)
            ),
        },
        language=language,
        attachments=[
            (
                f"meeting-{meeting.pk}.ics",
                meeting_calendar(meeting, method=method),
                f"text/calendar; method={method}",
            )
        ],
    )


def send_invitation(invitation):
    return send_to_invitee(invitation)


def send_update(invitation):
    return send_to_invitee(invitation, template_prefix="coordination/email/meeting_changed")


def send_cancellation(invitation):
    return send_to_invitee(
        invitation, template_prefix="coordination/email/meeting_cancelled", method="CANCEL"
    )
