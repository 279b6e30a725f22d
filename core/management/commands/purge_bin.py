from django.core.management.base import BaseCommand

from core.bin import purge_expired


class Command(BaseCommand):
    help = "Remove for good what has been in the bin longer than BIN_RETENTION_DAYS."

    def handle(self, *args, **options):
        self.stdout.write(f"{purge_expired()} item(s) removed from the bin.")
