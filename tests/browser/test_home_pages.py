"""The public pages in a phone-sized Chromium: Romanian and Arabic (right to left), the language
switcher and the notice on a page not yet translated into Polish."""

import pytest
from wagtail.models import Locale, Page, Site

from home.models import HomePage, OrientationTopicPage
from tests.home.conftest import add, steps_body, translate

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def pages(live_server):
    # Transactional tests empty the database afterwards, Wagtail's root page included.
    root = Page.get_first_root_node() or Page.add_root(
        instance=Page(title="Root", slug="root", locale=Locale.get_default())
    )
    Site.objects.all().delete()
    for page in root.get_children():
        page.delete()
    home = add(root, HomePage(title="Bun venit la centru", slug="acasa", intro="<p>Informații utile</p>"))
    Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
    guide = add(
        home,
        OrientationTopicPage(
            title="Permisul de ședere",
            slug="permis",
            topic="residence",
            body=steps_body("Programați-vă online"),
        ),
    )
    add(home, OrientationTopicPage(title="Recunoașterea diplomelor", slug="diplome", topic="work"))
    translate(home, "ar", title="مرحبًا بكم في المركز", intro="<p>معلومات مفيدة</p>")
    translate(home, "en", title="Welcome to the centre")
    translate(home, "pl", title="Witamy w centrum")
    translate(guide, "en", title="Residence permit", slug="residence-permit")
    translate(guide, "ar", title="تصريح الإقامة")
    return home


def test_home_page_in_romanian_lists_the_guides(tab, pages):
    tab.goto("/ro/")
    assert tab.locator("html").get_attribute("lang") == "ro"
    assert tab.locator("html").get_attribute("dir") == "ltr"
    assert tab.locator("h1").inner_text() == "Bun venit la centru"
    assert tab.get_by_role("link", name="Permisul de ședere").is_visible()
    name_box = tab.locator(".site-name").bounding_box()
    assert name_box["x"] < 40, "the site name starts on the left"


def test_home_page_in_arabic_is_right_to_left_and_mirrored(tab, pages):
    tab.goto("/ar/")
    assert tab.locator("html").get_attribute("dir") == "rtl"
    assert tab.locator("main").get_attribute("dir") == "rtl"
    assert tab.locator("h1").inner_text() == "مرحبًا بكم في المركز"
    name_box = tab.locator(".site-name").bounding_box()
    viewport = tab.viewport_size["width"]
    assert name_box["x"] + name_box["width"] > viewport - 40, "the site name sits on the right"
    assert tab.get_by_role("link", name="تصريح الإقامة").is_visible()
    assert tab.evaluate("document.documentElement.scrollWidth") <= viewport, "no sideways scrolling"


def test_switcher_leads_to_the_same_page_in_another_language(tab, pages):
    tab.goto("/ro/permis/")
    tab.locator(".language-switcher").get_by_role("link", name="English").click()
    tab.wait_for_url("**/en/residence-permit/")
    assert tab.locator("h1").inner_text() == "Residence permit"
    tab.locator(".language-switcher").get_by_role("link", name="العربية").click()
    tab.wait_for_url("**/ar/permis/")
    assert tab.locator("h1").inner_text() == "تصريح الإقامة"


def test_untranslated_polish_page_shows_romanian_with_a_polish_notice(tab, pages):
    tab.goto("/pl/diplome/")
    notice = tab.locator(".fallback-notice")
    assert notice.is_visible()
    assert "nie jest jeszcze dostępna w twoim języku" in notice.inner_text()
    assert tab.locator("h1").inner_text() == "Recunoașterea diplomelor"
    assert tab.locator("main").get_attribute("lang") == "ro"
    assert tab.locator("html").get_attribute("lang") == "pl"
