"""Nothing hidden: an event published in Romanian is listed at once in every language (the page
list, the API and the calendar feeds), shown in Romanian with a marker until its translation is
published, which then replaces it."""

import pytest
from icalendar import Calendar
from wagtail.models import Locale

ARABIC_INDEX = "/ar/evenimente-test/"


@pytest.fixture
def arabic_index(event_index):
    index = event_index.copy_for_translation(Locale.objects.get(language_code="ar"), copy_parents=True)
    index.title = "الفعاليات"
    index.save_revision().publish()
    return index


def translate_event(event, title):
    translation = event.copy_for_translation(Locale.objects.get(language_code="ar"))
    translation.title = title
    translation.save_revision().publish()
    return translation


def cards(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def test_an_event_not_translated_is_listed_in_romanian_with_a_marker(make_event, arabic_index, client):
    event = make_event(title="Atelier de gătit", slug="atelier")
    html = cards(client, ARABIC_INDEX)
    assert '<li class="card" lang="ro" dir="ltr">' in html
    assert '<span class="untranslated-marker" lang="ar" dir="rtl">' in html
    assert "Atelier de gătit" in html
    assert f'href="/ar/evenimente-test/{event.slug}/' in html
    assert client.get(f"/ar/evenimente-test/{event.slug}/").status_code == 200


def test_the_published_translation_replaces_the_romanian_event(make_event, arabic_index, client):
    event = make_event(title="Atelier de gătit", slug="atelier")
    translate_event(event, "ورشة طبخ")
    html = cards(client, ARABIC_INDEX)
    assert "ورشة طبخ" in html
    assert "Atelier de gătit" not in html and "untranslated-marker" not in html
    assert html.count('<li class="card"') == 1


def test_a_draft_translation_does_not_replace_the_romanian_event(make_event, arabic_index, client):
    event = make_event(title="Atelier de gătit", slug="atelier")
    draft = event.copy_for_translation(Locale.objects.get(language_code="ar"))
    draft.title = "ورشة طبخ"
    draft.save_revision()
    html = cards(client, ARABIC_INDEX)
    assert "Atelier de gătit" in html and "ورشة طبخ" not in html


def test_the_default_language_list_has_no_marker(make_event, arabic_index, client):
    make_event(title="Atelier de gătit")
    html = cards(client, "/ro/evenimente-test/")
    assert "Atelier de gătit" in html and "untranslated-marker" not in html


def test_the_api_lists_every_event_in_the_requested_language_or_the_default(make_event, arabic_index, client):
    translated = make_event(title="Club de conversație")
    make_event(title="Atelier de gătit")
    translate_event(translated, "نادي المحادثة")
    items = client.get("/api/events/", HTTP_ACCEPT_LANGUAGE="ar").json()["items"]
    assert sorted((item["title"], item["content_language"]) for item in items) == [
        ("Atelier de gătit", "ro"),
        ("نادي المحادثة", "ar"),
    ]
    romanian = client.get("/api/events/", HTTP_ACCEPT_LANGUAGE="ro").json()
    assert romanian["count"] == 2
    assert {item["content_language"] for item in romanian["items"]} == {"ro"}


def test_the_calendar_feed_carries_events_not_translated_in_their_language(make_event, arabic_index, client):
    make_event(title="Atelier de gătit")
    feed = Calendar.from_ical(client.get("/ar/events/feeds/all.ics").content)
    [vevent] = feed.walk("VEVENT")
    assert str(vevent["SUMMARY"]) == "Atelier de gătit"
    assert vevent["SUMMARY"].params["LANGUAGE"] == "ro"
    assert "/ar/evenimente-test/" in str(vevent["URL"])
