"""Nothing hidden: guides, news, search results and the sitemap list, in every language, the pages
not translated yet in the default language with a marker, until their translation is published."""

import re

from django.conf import settings

from .conftest import translate

MARKER = '<span class="untranslated-marker" lang="ar" dir="rtl">'


def test_home_page_lists_guides_and_news_not_translated_yet(client, topic_page, make_news):
    make_news(1)
    translate(topic_page.get_parent().specific, "ar", title="الرئيسية")
    html = client.get("/ar/").content.decode()
    assert '<li class="card topic-card" lang="ro" dir="ltr">' in html
    assert '<li class="card news-card" lang="ro" dir="ltr">' in html
    assert html.count(MARKER) == 2
    assert 'href="/ar/permis/"' in html and 'href="/ar/noutati/stire-1/"' in html


def test_a_published_translation_replaces_the_guide_without_duplicates(client, topic_page):
    translate(topic_page, "ar", title="تصريح الإقامة")
    html = client.get("/ar/").content.decode()
    assert "تصريح الإقامة" in html
    assert "Permisul de ședere" not in html and MARKER not in html


def test_guides_keep_the_default_languages_order(client, topic_page):
    from home.models import OrientationTopicPage

    from .conftest import add

    add(topic_page.get_parent(), OrientationTopicPage(title="Munca", slug="munca", topic="work"))
    translate(topic_page.get_parent().specific, "ar", title="الرئيسية")
    add_arabic = translate(OrientationTopicPage.objects.get(slug="munca"), "ar", title="العمل")
    assert add_arabic.live
    html = client.get("/ar/").content.decode()
    assert html.index("Permisul de ședere") < html.index("العمل")


def test_news_list_shows_news_not_translated_then_their_translation(client, news_index, make_news):
    news = make_news(1)
    translate(news_index, "ar", title="الأخبار")
    html = client.get("/ar/noutati/").content.decode()
    assert "Știre 1" in html and MARKER in html
    translate(news, "ar", title="خبر 1")
    html = client.get("/ar/noutati/").content.decode()
    assert "خبر 1" in html and "Știre 1" not in html and MARKER not in html


def test_search_finds_pages_not_translated_yet_in_the_default_language(client, topic_page):
    response = client.get("/ar/search/", {"q": "permisul"})
    assert [result.title for result in response.context["results"]] == ["Permisul de ședere"]
    html = response.content.decode()
    assert '<li lang="ro" dir="ltr">' in html and MARKER in html
    translate(topic_page, "ar", title="تصريح الإقامة", intro="permisul")
    response = client.get("/ar/search/", {"q": "permisul"})
    assert [result.title for result in response.context["results"]] == ["تصريح الإقامة"]


def test_sitemap_lists_every_page_in_every_language(client, topic_page):
    translate(topic_page, "en", title="Residence permit", slug="residence-permit")
    locations = re.findall(r"<loc>([^<]+)</loc>", client.get("/sitemap.xml").content.decode())
    assert "http://testserver/ro/permis/" in locations
    assert "http://testserver/en/residence-permit/" in locations
    assert "http://testserver/ar/permis/" in locations and "http://testserver/ar/" in locations
    assert "http://testserver/en/permis/" not in locations
    assert len(locations) == len(set(locations)) == 2 * len(settings.LANGUAGES)
