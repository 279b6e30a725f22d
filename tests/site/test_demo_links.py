"""`make demo PORT=8201` writes every link for 127.0.0.1:8201: settings take BASE_URL from the
environment the Makefile sets, and Wagtail's page URLs come from the default Site record."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from wagtail.models import Page, Site

from integration_site.demo_site import serve_default_site_at

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.django_db
def test_the_demo_site_serves_pages_at_the_demo_address():
    serve_default_site_at("http://127.0.0.1:8201")
    site = Site.objects.get(is_default_site=True)
    assert site.root_url == "http://127.0.0.1:8201"
    page = Page.objects.get(pk=site.root_page_id)
    assert page.full_url.startswith("http://127.0.0.1:8201/")


def test_make_demo_passes_the_port_to_every_step():
    dry_run = subprocess.run(
        ["make", "-n", "demo", "PORT=8201"], cwd=REPO, capture_output=True, text=True, check=True
    ).stdout
    steps = [line for line in dry_run.splitlines() if "manage.py" in line]
    assert steps and all("BASE_URL=http://127.0.0.1:8201" in step for step in steps)
    assert any("load_demo --url http://127.0.0.1:8201" in step for step in steps)
    assert any("runserver 127.0.0.1:8201" in step for step in steps)


def test_links_in_mail_and_the_admin_follow_base_url():
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "integration_site.settings.dev"}
    env["BASE_URL"] = "http://127.0.0.1:8201"
    show = "from django.conf import settings as s; print(s.WAGTAILADMIN_BASE_URL, s.WAGTAILAPI_BASE_URL)"
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-v", "0", "-c", show],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.stdout.split() == ["http://127.0.0.1:8201", "http://127.0.0.1:8201"]
