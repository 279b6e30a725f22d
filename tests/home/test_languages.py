import re

import pytest
from django.conf import settings
from wagtail.models import Locale

from home.models import ContactDetails

from .conftest import translate

POLISH_NOTICE = "Ta strona nie jest jeszcze dostępna w twoim języku."


def switcher_links(html):
    nav = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S).group(0)
    return {code: url for url, code in re.findall(r'<a href="([^"]+)" lang="([\w-]+)"', nav)}


def test_untranslated_page_shows_the_default_language_with_a_notice_in_the_visitors(client, topic_page):
    translate(topic_page.get_parent().specific, "pl", title="Strona główna")
    response = client.get("/pl/permis/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Permisul de ședere" in html
    assert POLISH_NOTICE in html
    assert '<html lang="pl" dir="ltr">' in html
    assert '<main id="main" lang="ro" dir="ltr">' in html


def test_a_language_without_any_translation_falls_back_to_the_default_home_page(client, home_page):
    response = client.get("/uk/")
    assert response.status_code == 200
    assert "Acasă" in response.content.decode()
    assert 'class="fallback-notice"' in response.content.decode()


def test_a_path_that_exists_in_no_language_is_still_a_404(client, home_page):
    assert client.get("/pl/nu-exista/").status_code == 404
    assert client.get("/ro/nu-exista/").status_code == 404


def test_switcher_leads_to_the_same_page_in_each_language(client, topic_page):
    translate(topic_page, "en", title="Residence permit", slug="residence-permit")
    links = switcher_links(client.get("/ro/permis/").content.decode())
    assert links["ro"] == "/ro/permis/"
    assert links["en"] == "/en/residence-permit/"
    assert links["pl"] == "/pl/permis/"
    assert set(links) == {code for code, _name in settings.LANGUAGES}


def test_default_language_path_under_another_prefix_shows_the_translation(client, topic_page):
    translate(topic_page, "en", title="Residence permit", slug="residence-permit")
    html = client.get("/en/permis/").content.decode()
    assert "Residence permit" in html
    assert "fallback-notice" not in html


def test_arabic_pages_are_right_to_left(client, topic_page):
    translate(topic_page, "ar", title="تصريح الإقامة")
    html = client.get("/ar/permis/").content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    assert '<main id="main" lang="ar" dir="rtl">' in html
    assert "تصريح الإقامة" in html


def test_arabic_visitor_of_an_untranslated_page_gets_ltr_content_inside_an_rtl_layout(client, topic_page):
    html = client.get("/ar/permis/").content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    assert '<main id="main" lang="ro" dir="ltr">' in html


@pytest.fixture
def contact_details(db):
    romanian = ContactDetails.objects.create(
        locale=Locale.objects.get(language_code="ro"),
        organisation="Centrul de integrare",
        phone="+40 264 123 456",
        emergency_numbers=[{"type": "number", "value": {"label": "Urgențe", "number": "112"}}],
    )
    english = romanian.copy_for_translation(Locale.objects.get(language_code="en"))
    english.organisation = "Integration centre"
    english.emergency_numbers = [{"type": "number", "value": {"label": "Emergencies", "number": "112"}}]
    english.save()
    return romanian


def test_footer_shows_contact_details_in_the_visitors_language(client, home_page, contact_details):
    footer = client.get("/en/").content.decode().split('<footer class="site-footer">')[1]
    assert "Integration centre" in footer
    assert "Emergencies: <strong" in footer


def test_footer_falls_back_to_the_default_languages_contact_details(client, home_page, contact_details):
    footer = client.get("/fr/").content.decode().split('<footer class="site-footer">')[1]
    assert "Centrul de integrare" in footer
    assert '<div class="footer-contact" lang="ro">' in footer


def test_only_one_set_of_contact_details_per_language(contact_details):
    from django.db import IntegrityError, transaction

    with pytest.raises(IntegrityError), transaction.atomic():
        ContactDetails.objects.create(locale=contact_details.locale, organisation="Another")


def test_main_menu_lists_pages_marked_for_menus_in_the_visitors_language(client, standard_page, news_index):
    standard_page.show_in_menus = True
    standard_page.save_revision().publish()
    translate(standard_page, "en", title="About the centre")
    nav = client.get("/en/").content.decode().split('<nav class="site-nav"')[1].split("</nav>")[0]
    assert "About the centre" in nav
    assert "Noutăți" not in nav, "pages not marked for menus stay out"
    romanian_nav = client.get("/ro/despre/").content.decode().split('<nav class="site-nav"')[1]
    assert 'href="/ro/despre/" aria-current="page"' in romanian_nav


@pytest.mark.parametrize(
    "title, slug",
    [("Дозвіл на проживання", "dozvil-na-prozhivannya"), ("Permisul de ședere", "permisul-de-sedere")],
)
def test_slugs_are_transliterated_to_ascii(client, home_page, title, slug):
    from home.models import StandardPage

    from .conftest import add

    page = add(home_page, StandardPage(title=title, slug=title.lower().replace(" ", "-")))
    assert page.slug == slug
    assert client.get(f"/ro/{slug}/").status_code == 200
