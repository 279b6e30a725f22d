"""E-mails to registrants (confirmation, waiting list, promotion, reminder) and the signed link in
them that cancels a registration."""

from datetime import timedelta

from django.conf import settings
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from accounts.models import preferred_language
from core import links
from core.links import absolute_url
from core.notify import notify

from .ical import registration_calendar
from .models import Registration
from .recurrence import find_occurrence

CANCEL_PURPOSE = "events.cancel-registration"
MAIL_TEMPLATES = {
    "confirmation": "events/email/confirmation",
    "waiting": "events/email/waiting",
    "promoted": "events/email/promoted",
    "reminder": "events/email/reminder",
}


def cancel_token(registration):
    return links.sign(CANCEL_PURPOSE, registration.pk)


def registration_end(registration):
    """When the date registered for ends: after that, cancelling means nothing."""
    event = registration.event
    if registration.occurrence is not None:
        return registration.occurrence + event.duration
    return max([event.end, *(session.end for session in event.sessions.all())])


def registration_from_token(token):
    """The registration a cancellation link is for, or None if the link was tampered with.
    Raises LinkExpired once the link is older than EVENTS_CANCEL_LINK_MAX_AGE_DAYS or its event
    has ended: a forwarded or leaked e-mail must not cancel a place for ever."""
    max_age = timedelta(days=settings.EVENTS_CANCEL_LINK_MAX_AGE_DAYS).total_seconds()
    try:
        pk = links.unsign(CANCEL_PURPOSE, token, max_age=max_age)
    except links.LinkExpired:
        raise
    except links.LinkInvalid:
        return None
    registration = Registration.objects.select_related("event").filter(pk=pk).first()
    if registration is not None and registration_end(registration) <= timezone.now():
        raise links.LinkExpired(_("The event has ended."))
    return registration


def occurrence_of(registration):
    return find_occurrence(registration.event, registration.occurrence)


def notify_registration(registration, kind):
    """Tell the person about their registration, in their language, once the transaction commits."""
    if not registration.user.email:
        return
    language = preferred_language(registration.user)
    with translation.override(language):
        event = registration.event.localized
        cancel_url = absolute_url(reverse("events:cancel_by_link", args=[cancel_token(registration)]))
        my_url = absolute_url(reverse("events:my_registrations"))
    occurrence = occurrence_of(registration)
    attachments = []
    if kind in ("confirmation", "promoted", "reminder"):
        attachments.append(("event.ics", registration_calendar(registration), "text/calendar"))
    notify(
        to=registration.user.email,
        template_prefix=MAIL_TEMPLATES[kind],
        context={
            "registration": registration,
            "event": event,
            "start": timezone.localtime(occurrence.start if occurrence else registration.event.start),
            "cancel_url": cancel_url,
            "my_registrations_url": my_url,
        },
        language=language,
        attachments=attachments,
    )
