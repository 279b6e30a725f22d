from django.core.management.base import BaseCommand

from events.tasks import send_due_reminders


class Command(BaseCommand):
    help = "Queue the reminders for events starting soon (run it from cron, e.g. every 15 minutes)."

    def handle(self, *args, **options):
        result = send_due_reminders.enqueue()
        self.stdout.write(f"Queued event reminders ({result.id}).")
