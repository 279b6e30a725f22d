"""Background work (django-tasks): reminders and purging old registrations."""

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django_tasks import task

from .models import EventPage, Registration, RegistrationStatus
from .notifications import notify_registration, occurrence_of


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
            notify_registration(registration, "reminder")
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
