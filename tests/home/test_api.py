"""Wagtail's v3 content API (/api/v3/pages/) serves the pages per locale and type, the
translations of a page and each page's fields, StreamField body included."""

import pytest

from .conftest import translate


@pytest.fixture
def translated_topic(topic_page, news_index, make_news):
    make_news(1)
    translate(topic_page, "en", title="Residence permit", intro="How to stay")
    translate(topic_page, "ar", title="تصريح الإقامة")
    return topic_page


def titles(response):
    assert response.status_code == 200, response.content
    return {item["title"] for item in response.json()["items"]}


def test_pages_can_be_listed_per_locale(client, translated_topic):
    english = titles(client.get("/api/v3/pages/", {"locale": "en"}))
    assert "Residence permit" in english
    assert "Permisul de ședere" not in english
    assert "Permisul de ședere" in titles(client.get("/api/v3/pages/", {"locale": "ro"}))


def test_a_language_list_shows_pages_not_yet_translated_in_the_default_language(client, translated_topic):
    """As on the site: nothing is hidden because it is not translated yet."""
    response = client.get("/api/v3/pages/", {"locale": "ar", "type": "home.NewsPage"})
    assert titles(response) == {"Știre 1"}
    assert [item["meta"]["locale"] for item in response.json()["items"]] == ["ro"]
    topics = client.get("/api/v3/pages/", {"locale": "ar", "type": "home.OrientationTopicPage"})
    assert titles(topics) == {"تصريح الإقامة"}
    assert [item["meta"]["locale"] for item in topics.json()["items"]] == ["ar"]
    assert titles(client.get("/api/v3/pages/", {"locale": "ro", "type": "home.NewsPage"})) == {"Știre 1"}


def test_pages_can_be_listed_per_type(client, translated_topic):
    response = client.get("/api/v3/pages/", {"type": "home.OrientationTopicPage", "locale": "ro"})
    assert titles(response) == {"Permisul de ședere"}
    assert {item["meta"]["type"] for item in response.json()["items"]} == {"home.OrientationTopicPage"}
    news = titles(client.get("/api/v3/pages/", {"type": "home.NewsPage"}))
    assert news == {"Știre 1"}


def test_the_translations_of_a_page_are_listed(client, translated_topic):
    response = client.get("/api/v3/pages/", {"translation_of": translated_topic.pk})
    assert titles(response) == {"Residence permit", "تصريح الإقامة"}
    assert {item["meta"]["locale"] for item in response.json()["items"]} == {"en", "ar"}


def test_page_detail_has_the_streamfield_body_and_review_fields(client, translated_topic):
    response = client.get(f"/api/v3/pages/{translated_topic.pk}/")
    assert response.status_code == 200
    page = response.json()
    assert page["topic"] == "residence"
    assert page["intro"] == "Cum obțineți dreptul de ședere"
    assert page["body"][0]["type"] == "steps"
    assert [step["title"] for step in page["body"][0]["value"]["steps"]] == [
        "Programați-vă online",
        "Depuneți dosarul",
    ]
    assert page["is_stale"] is False
    assert page["meta"]["locale"] == "ro"


def test_unknown_locale_or_type_is_a_client_error(client, translated_topic):
    # follow=True: Django's LocaleMiddleware first redirects any 404 to a /ro/ path.
    assert client.get("/api/v3/pages/", {"locale": "xx"}, follow=True).status_code == 404
    assert client.get("/api/v3/pages/", {"type": "home.Nothing"}).status_code == 422


def test_drafts_are_not_served_to_anonymous_clients(client, home_page):
    from home.models import StandardPage

    draft = StandardPage(title="Ciornă", slug="ciorna", live=False)
    home_page.add_child(instance=draft)
    assert "Ciornă" not in titles(client.get("/api/v3/pages/"))
    assert client.get(f"/api/v3/pages/{draft.pk}/", follow=True).status_code == 404
