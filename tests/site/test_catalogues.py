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


#: The site's catalogues, and those in locale/allauth that override django-allauth's.
CATALOGUE_FOLDERS = [LOCALE_DIR / language / "LC_MESSAGES" for language in TRANSLATED_LANGUAGES] + sorted(
    path.parent for path in (LOCALE_DIR / "allauth").glob("*/LC_MESSAGES/django.po")
)


@pytest.mark.parametrize("folder", CATALOGUE_FOLDERS, ids=lambda folder: str(folder.relative_to(LOCALE_DIR)))
def test_compiled_catalogue_matches_its_source(folder):
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


#: The grammatical number forms each language needs at least ("1 loc", "2 locuri", "20 de locuri").
PLURAL_FORMS_NEEDED = {"ro": 3, "pl": 3, "uk": 3, "fr": 2, "ar": 6}


def plural_forms(catalogue):
    header = catalogue.metadata.get("Plural-Forms", "")
    return int(header.split("nplurals=")[1].split(";")[0]) if "nplurals=" in header else 0


def catalogue_paths():
    """Every catalogue, the allauth overrides, and the translations waiting in locale/pending/."""
    return (
        sorted(LOCALE_DIR.glob("*/LC_MESSAGES/django.po"))
        + sorted((LOCALE_DIR / "allauth").glob("*/LC_MESSAGES/django.po"))
        + sorted((LOCALE_DIR / "pending").glob("*.po"))
    )


@pytest.mark.parametrize("path", catalogue_paths(), ids=lambda path: str(path.relative_to(LOCALE_DIR)))
def test_every_plural_entry_has_all_the_forms_of_its_language(path):
    catalogue = polib.pofile(str(path))
    language = catalogue.metadata.get("Language") or path.parts[-3]
    forms = plural_forms(catalogue)
    assert forms >= PLURAL_FORMS_NEEDED.get(language, 2), f"{path}: nplurals={forms}"
    incomplete = [
        entry.msgid
        for entry in catalogue
        if entry.msgid_plural
        and not entry.obsolete
        and (
            sorted(entry.msgstr_plural) != list(range(forms))
            or not all(form.strip() for form in entry.msgstr_plural.values())
        )
    ]
    assert not incomplete, f"{len(incomplete)} plural entries of {path} lack forms: {incomplete[:5]}"
