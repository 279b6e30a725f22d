from django.core.management.base import BaseCommand

from participation.tasks import alert_due_cases_task


class Command(BaseCommand):
    help = "Queue the alerts about information requests and petitions nearly due or overdue (run daily)."

    def handle(self, *args, **options):
        result = alert_due_cases_task.enqueue()
        self.stdout.write(f"Queued alerts about due cases ({result.id}).")
