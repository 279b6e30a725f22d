"""The four languages added to the first six (seed 001 names them): their pages, direction,
catalogues, and adding a further one without a migration."""

import datetime
import io

import pytest
from django.conf import settings
from django.core.management import call_command
from django.utils import formats, translation
from django.utils.translation import gettext

from accounts.models import Profile

from .conftest import translate

ADDED = {"ne": "ltr", "ur": "rtl", "ps": "rtl", "bn": "ltr"}


def test_ten_languages_are_configured():
    assert [code for code, _name in settings.LANGUAGES] == [
        *("ro", "en", "pl", "uk", "fr", "ar"),
        *ADDED,
    ]


@pytest.mark.parametrize("code, direction", ADDED.items())
def test_a_translated_page_is_shown_in_its_language_and_direction(client, topic_page, code, direction):
    translate(topic_page, code, title=f"title-{code}")
    html = client.get(f"/{code}/permis/").content.decode()
    assert f'<html lang="{code}" dir="{direction}">' in html
    assert f'<main id="main" lang="{code}" dir="{direction}">' in html
    assert f"title-{code}" in html


@pytest.mark.parametrize("code, direction", ADDED.items())
def test_an_untranslated_page_falls_back_to_romanian_with_a_notice_in_the_visitors_language(
    client, topic_page, code, direction
):
    html = client.get(f"/{code}/permis/").content.decode()
    english = "This page is not yet available in your language. It is shown in %(language)s."
    with translation.override(code):
        notice = gettext(english) % {"language": "Română"}
    assert notice != english % {"language": "Română"}
    assert notice in html
    assert f'<html lang="{code}" dir="{direction}">' in html
    assert '<main id="main" lang="ro" dir="ltr">' in html


@pytest.mark.parametrize("code", ADDED)
def test_the_interface_is_translated(code):
    with translation.override(code):
        assert gettext("Register") != "Register"
        assert gettext("Sign in") != "Sign in"


def test_pashto_unknown_to_django_is_right_to_left_with_its_own_name():
    assert translation.get_language_info("ps")["name_local"] == "پښتو"
    with translation.override("ps"):
        assert translation.get_language_bidi()


@pytest.mark.django_db
def test_adding_a_language_needs_no_migration(settings):
    settings.LANGUAGES = [*settings.LANGUAGES, ("sw", "Kiswahili")]
    assert ("sw", "Kiswahili") in Profile._meta.get_field("preferred_language").choices
    output = io.StringIO()
    call_command("makemigrations", "--check", "--dry-run", stdout=output)
    assert "No changes detected" in output.getvalue()


@pytest.mark.parametrize(
    "code, expected",
    [
        ("ro", "2 decembrie 2026"),
        ("ne", "2 डिसेम्बर 2026"),
        ("ur", "2 دسمبر 2026"),
        ("ps", "2 دسمبر 2026"),
        ("bn", "2 ডিসেম্বর 2026"),
    ],
)
def test_dates_read_day_month_year_with_month_names_as_the_language_writes_them(code, expected):
    with translation.override(code):
        assert formats.date_format(datetime.date(2026, 12, 2)) == expected
        assert formats.date_format(datetime.datetime(2026, 5, 3, 14, 5), "DATETIME_FORMAT").endswith("14:05")
