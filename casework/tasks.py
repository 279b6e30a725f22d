"""Periodic work of the counter, run daily (`manage.py casework_daily` from the scheduler)."""

from django.utils import timezone
from django_tasks import task

from . import services


@task()
def daily():
    today = timezone.localdate()
    result = {
        "reminders": services.send_due_reminders(),
        "released": services.release_unconfirmed(),
        "purged": services.purge_expired_identities(today),
        "centres_reminded": services.remind_centres(today) if today.day == 1 else 0,
        "late": len(services.tell_coordinator_who_is_late(today)) if today.day == 6 else 0,
    }
    return result
