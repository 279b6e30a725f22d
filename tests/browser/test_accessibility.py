"""axe-core (bundled with axe-playwright-python, nothing downloaded) finds no serious or critical
accessibility violation on the main public pages, in a left-to-right and a right-to-left
language, at phone width."""

from io import StringIO

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.core.management import call_command

from tests.conftest import restore_wagtail_defaults

SERIOUS = {"serious", "critical"}


@pytest.fixture
def demo_site(transactional_db):
    restore_wagtail_defaults()
    call_command("load_demo", stdout=StringIO())


def serious_violations(tab):
    results = Axe().run(tab)
    return [
        f"{violation['id']}: {violation['help']} ({len(violation['nodes'])} nodes)"
        for violation in results.response["violations"]
        if violation["impact"] in SERIOUS
    ]


@pytest.mark.parametrize("language", ["ro", "ar"])
def test_public_pages_have_no_serious_accessibility_violations(demo_site, tab, language):
    paths = [
        f"/{language}/",
        f"/{language}/search/?q=a",
        f"/{language}/accounts/login/",
        f"/{language}/accounts/signup/",
    ]
    tab.goto(f"/{language}/")
    paths += [
        href
        for href in tab.eval_on_selector_all(
            "main a[href^='/']", "els => els.map(e => e.getAttribute('href'))"
        )
        if href.startswith(f"/{language}/")
    ][:12]
    problems = {}
    for path in dict.fromkeys(paths):
        tab.goto(path)
        found = serious_violations(tab)
        if found:
            problems[path] = found
    assert not problems, problems
