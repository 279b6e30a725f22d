"""Run daily from cron: enqueue due check-in reminders and quiet-match alerts (idempotent)."""

from django.core.management.base import BaseCommand

from mentoring.reminders import send_check_in_reminders_task


class Command(BaseCommand):
    help = "Enqueue check-in reminders and coordinator alerts for mentoring matches."

    def handle(self, *args, **options):
        result = send_check_in_reminders_task.enqueue()
        self.stdout.write(f"Check-in reminders enqueued (task {result.id}).")
