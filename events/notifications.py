"""E-mails to registrants (confirmation, waiting list, promotion, reminder) and the signed link in
them that cancels a registration."""

from django.core import signing
from django.urls import reverse
from django.utils import timezone, translation

from accounts.models import preferred_language
from core.links import absolute_url
from core.notify import notify

from .ical import registration_calendar
from .models import Registration
from .recurrence import find_occurrence

CANCEL_SALT = "events.cancel-registration"
MAIL_TEMPLATES = {
    "confirmation": "events/email/confirmation",
    "waiting": "events/email/waiting",
    "promoted": "events/email/promoted",
    "reminder": "events/email/reminder",
}


def cancel_token(registration):
    return signing.dumps(registration.pk, salt=CANCEL_SALT)


def registration_from_token(token):
    """The registration a cancellation link is for, or None if the link was tampered with."""
    try:
        pk = signing.loads(token, salt=CANCEL_SALT)
    except signing.BadSignature:
        return None
    return Registration.objects.select_related("event").filter(pk=pk).first()


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
