"""The UI is translated into every configured language, and what is compiled is what is written."""

from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.test import Client
from django.utils import translation

LOCALE_DIR = Path(settings.BASE_DIR) / "locale"
TRANSLATED_LANGUAGES = [code for code, _name in settings.LANGUAGES if code != "en"]


@pytest.mark.parametrize("language", TRANSLATED_LANGUAGES)
def test_every_ui_string_is_translated(language):
    catalogue = polib.pofile(str(LOCALE_DIR / language / "LC_MESSAGES" / "django.po"))
    missing = [entry.msgid for entry in catalogue.untranslated_entries()]
    fuzzy = [entry.msgid for entry in catalogue.fuzzy_entries()]
    assert not missing, f"{len(missing)} untranslated in {language}: {missing[:10]}"
    assert not fuzzy, f"{len(fuzzy)} fuzzy in {language}: {fuzzy[:10]}"


@pytest.mark.parametrize("language", TRANSLATED_LANGUAGES)
def test_compiled_catalogue_matches_its_source(language):
    folder = LOCALE_DIR / language / "LC_MESSAGES"
    written = {
        (entry.msgctxt, entry.msgid): entry.msgstr or entry.msgstr_plural
        for entry in polib.pofile(str(folder / "django.po")).translated_entries()
    }
    compiled = {
        (entry.msgctxt, entry.msgid): entry.msgstr or entry.msgstr_plural
        for entry in polib.mofile(str(folder / "django.mo"))
        if entry.msgid
    }
    assert compiled == written, "run `make messages` to recompile the catalogues"


@pytest.mark.django_db
@pytest.mark.parametrize(
    "language, expected",
    [("ro", "Salt la conținutul principal"), ("ar", 'dir="rtl"')],
)
def test_pages_show_the_translated_interface(language, expected):
    response = Client().get(f"/{language}/search/")
    assert expected in response.content.decode()


@pytest.mark.parametrize("language", TRANSLATED_LANGUAGES)
def test_a_sample_string_is_translated_at_run_time(language):
    with translation.override(language):
        assert translation.gettext("Skip to main content") != "Skip to main content"
