from django.core.management.base import BaseCommand

from coordination.tasks import send_overdue_action_items


class Command(BaseCommand):
    help = "Queue the e-mail reminding owners of their overdue action items (run daily from cron)."

    def handle(self, *args, **options):
        result = send_overdue_action_items.enqueue()
        self.stdout.write(f"Queued overdue action item reminders ({result.id}).")
