from django.core.management.base import BaseCommand

from casework.tasks import daily


class Command(BaseCommand):
    help = (
        "Daily work of the centres' counter: appointment reminders, releasing unconfirmed bookings, the "
        "retention purge, the report reminder on the 1st and the list of late reports after the 5th."
    )

    def handle(self, *args, **options):
        self.stdout.write(str(daily.call()))
