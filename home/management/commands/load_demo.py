from importlib import import_module
from importlib.util import find_spec

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction

from accounts.demo import DEMO_PASSWORD, DEMO_USERS
from integration_site.demo_site import serve_default_site_at


class Command(BaseCommand):
    help = (
        "Build (or bring up to date) the demo site: pages in every configured language, demo "
        "accounts for each role and each app's demo content. Safe to run again."
    )

    def add_arguments(self, parser):
        parser.add_argument("--url", default="http://127.0.0.1:8000", help="Where the demo is served.")

    def handle(self, *args, url, **options):
        for app in settings.PROJECT_APPS:
            if find_spec(f"{app}.demo") is None:
                continue
            with transaction.atomic():
                import_module(f"{app}.demo").load(self.stdout)
        serve_default_site_at(url)
        self.stdout.write(self.style.SUCCESS("\nDemo ready."))
        self.stdout.write(f"  Site:  {url}/")
        self.stdout.write(f"  Admin: {url}/admin/")
        self.stdout.write(f"  API:   {url}/api/docs")
        self.stdout.write(f"  Mail:  {url}/dev/mail/  (the demo sends no e-mail: read it here)")
        self.stdout.write(f"  Demo logins (password for all: {DEMO_PASSWORD}):")
        for email, role, _superuser in DEMO_USERS:
            self.stdout.write(f"    {email:<28} {role}")
