from django.core.management.base import BaseCommand

from events.tasks import purge_expired_registrations


class Command(BaseCommand):
    help = (
        "Queue the deletion of registrations older than their event's retention period (run daily from cron)."
    )

    def handle(self, *args, **options):
        result = purge_expired_registrations.enqueue()
        self.stdout.write(f"Queued the purge of expired registrations ({result.id}).")
