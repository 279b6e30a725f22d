"""Background work (django-tasks): e-mails to registrants, reminders, purging old registrations."""

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django_tasks import task

from accounts.models import preferred_language
from core import links
from integration_site.mail import send_templated_mail

from .ical import registration_calendar
from .models import EventPage, Registration, RegistrationStatus
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


def absolute(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def occurrence_of(registration):
    return find_occurrence(registration.event, registration.occurrence)


@task()
def send_registration_mail(registration_pk, kind):
    registration = Registration.objects.select_related("event", "user").filter(pk=registration_pk).first()
    if registration is None or not registration.user.email:
        return
    language = preferred_language(registration.user)
    with translation.override(language):
        event = registration.event.localized
        cancel_url = absolute(reverse("events:cancel_by_link", args=[cancel_token(registration)]))
        my_url = absolute(reverse("events:my_registrations"))
    occurrence = occurrence_of(registration)
    attachments = []
    if kind in ("confirmation", "promoted", "reminder"):
        attachments.append(("event.ics", registration_calendar(registration), "text/calendar"))
    send_templated_mail(
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


def reminder_window():
    return timedelta(hours=settings.EVENTS_REMINDER_HOURS)


@task()
def send_due_reminders():
    """Remind people of what starts within the reminder window. Each registration is claimed
    with a conditional update before its e-mail goes out, so no one is reminded twice even if
    two runs overlap."""
    now = timezone.now()
    soon = now + reminder_window()
    candidates = Registration.objects.filter(
        status=RegistrationStatus.CONFIRMED, reminder_sent_at__isnull=True
    ).select_related("event")
    sent = 0
    for registration in candidates.filter(event__start__lte=soon) | candidates.filter(occurrence__lte=soon):
        occurrence = occurrence_of(registration)
        start = occurrence.start if occurrence else registration.event.start
        if not now < start <= soon:
            continue
        with transaction.atomic():
            claimed = Registration.objects.filter(pk=registration.pk, reminder_sent_at__isnull=True).update(
                reminder_sent_at=now
            )
        if claimed:
            send_registration_mail.enqueue(registration.pk, "reminder")
            sent += 1
    return sent


@task()
def purge_expired_registrations():
    """Delete registrations (and their answers and attendance) once their event's retention
    period has passed."""
    now = timezone.now()
    purged = 0
    for event in EventPage.objects.filter(registrations__isnull=False).distinct():
        retention = timedelta(days=event.retention_days)
        last_end = max([event.end, *[session.end for session in event.sessions.all()]])
        expired = []
        for registration in event.registrations.all().only("pk", "occurrence"):
            ends = registration.occurrence + event.duration if registration.occurrence else last_end
            if ends + retention < now:
                expired.append(registration.pk)
        purged += Registration.objects.filter(pk__in=expired).delete()[1].get("events.Registration", 0)
    return purged
