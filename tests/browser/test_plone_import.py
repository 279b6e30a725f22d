"""A centre leaving Plone: after importing the bundled sample, three addresses of the old Plone
site open the new pages, each in its own language (Arabic right to left)."""

import pytest
from django.core.management import call_command

from tests.conftest import restore_wagtail_defaults
from tests.plone_import.conftest import COLLECTIVE_SAMPLE, make_home

BROWSER_DB = pytest.mark.django_db(transaction=True)


@pytest.fixture
def imported_site(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    restore_wagtail_defaults()
    make_home()
    call_command("import_plone", str(COLLECTIVE_SAMPLE), "--no-progress")


@BROWSER_DB
def test_old_plone_addresses_land_on_the_new_pages_in_their_language(tab, imported_site):
    tab.goto("/ro/stiri/news-3")
    assert tab.url.endswith("/ro/news/news-3/")
    assert tab.locator("html").get_attribute("lang") == "ro"
    assert tab.get_by_role("heading", level=1).inner_text() == "Știre 4"

    tab.goto("/en/about/index-page")
    assert tab.url.endswith("/en/about/")
    assert tab.locator("html").get_attribute("lang") == "en"
    assert tab.get_by_role("heading", level=1).inner_text() == "About the centre"

    tab.goto("/ar/old-news")  # one of Plone's own redirects
    assert tab.url.endswith("/ar/news/news-1/")
    assert tab.locator("html").get_attribute("lang") == "ar"
    assert tab.locator("html").get_attribute("dir") == "rtl"
    assert tab.get_by_role("heading", level=1).inner_text() == "خبر 2"
