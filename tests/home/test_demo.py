"""The demo site (each test loads it once: it takes a while)."""

import io

import pytest
from django.conf import settings
from wagtail.models import Locale, Page, Site
from wagtail_localize.segments.extract import extract_segments

from home import demo
from home.models import ContactDetails, HomePage, NewsPage, OrientationTopicPage

LANGUAGES = [code for code, _name in settings.LANGUAGES]
PATHS = [
    "",
    "residence-permit/",
    "news/",
    "news/open-day/",
    "news/feed/",
    "about/",
    "privacy/",
    "diploma-recognition/",
]


@pytest.fixture
def demo_site(db):
    demo.load(io.StringIO())
    return Site.objects.get(is_default_site=True)


def untranslated_slugs(language_code):
    locale = Locale.objects.get(language_code=language_code)
    return [
        page.slug
        for page in Page.objects.filter(locale__language_code="ro", depth__gte=2)
        if page.get_translation_or_none(locale) is None
    ]


def test_demo_site_is_complete_in_every_language_but_one_polish_page(client, demo_site):
    home = demo_site.root_page.specific
    assert isinstance(home, HomePage) and home.locale.language_code == "ro"
    assert not Page.objects.filter(title__startswith="Welcome to your new Wagtail site").exists()
    assert {page.locale.language_code for page in home.get_translations(inclusive=True)} == set(LANGUAGES)
    for code in LANGUAGES:
        guides = OrientationTopicPage.objects.live().filter(locale__language_code=code).count()
        assert guides == (7 if code == "pl" else 8), code
        assert NewsPage.objects.live().filter(locale__language_code=code).count() == 3
        assert ContactDetails.objects.filter(locale__language_code=code).count() == 1
        assert untranslated_slugs(code) == (["diploma-recognition"] if code == "pl" else [])
        for path in PATHS:
            assert client.get(f"/{code}/{path}").status_code == 200, (code, path)

    guide = OrientationTopicPage.objects.get(slug="residence-permit", locale__language_code="ro")
    segments = extract_segments(guide)
    strings = [segment.render_text() for segment in segments if hasattr(segment, "render_text")]
    assert "Pașaportul valabil" in strings, "list items are offered for translation"

    arabic_emergencies = client.get("/ar/emergencies-112/").content.decode()
    assert "هل يمكنني الاتصال بالرقم 112" in arabic_emergencies
    assert 'href="https://portaligi.mai.gov.ro/"' in client.get("/fr/residence-permit/").content.decode()


def test_demo_can_be_loaded_again_without_changing_anything(demo_site):
    def snapshot():
        return (
            list(Page.objects.values_list("pk", "title", "live")),
            list(ContactDetails.objects.values_list("pk", "organisation")),
        )

    before = snapshot()
    demo.load(io.StringIO())
    assert snapshot() == before
