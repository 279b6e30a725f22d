"""The content bundle an offline app downloads: every page anyone may read in one language (the
site's fallback rule applied), the coming events and the centre's contact details, compressed,
with an ETag that stays the same until something changed."""

import gzip
import json
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Locale, PageViewRestriction

from events.models import EventIndexPage, EventKind, EventMode, EventPage
from home.models import ContactDetails, StandardPage

from .conftest import add, translate

URL = "/api/home/bundle/{}"


def download(client, language, **headers):
    response = client.get(URL.format(language), **headers)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/gzip"
    return response, json.loads(gzip.decompress(response.content))


def titles(bundle):
    return {page["title"]: page for page in bundle["pages"]}


@pytest.fixture
def event(home_page):
    index = add(home_page, EventIndexPage(title="Evenimente", slug="evenimente"))
    start = timezone.now().replace(microsecond=0) + timedelta(days=3)
    return add(
        index,
        EventPage(
            title="Club de conversație",
            slug="club",
            kind=EventKind.SOCIAL_CLUB,
            start=start,
            end=start + timedelta(hours=2),
            mode=EventMode.IN_PERSON,
            place="Biblioteca",
            languages=["ro", "ar"],
        ),
    )


@pytest.fixture
def contact(home_page):
    return ContactDetails.objects.create(
        locale=Locale.get_default(),
        organisation="Centrul de integrare",
        phone="0264 000 000",
        emergency_numbers=[{"type": "number", "value": {"label": "Urgențe", "number": "112"}}],
    )


def test_an_untranslated_page_comes_marked_in_the_default_language(client, topic_page, standard_page):
    translate(standard_page, "ar", title="عن المركز")
    _response, bundle = download(client, "ar")
    pages = titles(bundle)
    assert bundle["locale"] == "ar"
    assert pages["Permisul de ședere"]["fallback"] is True
    assert pages["Permisul de ședere"]["content_language"] == "ro"
    assert pages["Permisul de ședere"]["content"]["topic"] == "residence"
    assert pages["عن المركز"]["fallback"] is False
    assert pages["عن المركز"]["content_language"] == "ar"
    assert "Despre centru" not in pages, "the translation replaces the page it translates"


def test_each_language_gets_its_own_bundle(client, standard_page):
    translate(standard_page, "ar", title="عن المركز")
    _response, romanian = download(client, "ro")
    assert "Despre centru" in titles(romanian)
    assert "عن المركز" not in titles(romanian)
    assert all(page["fallback"] is False for page in romanian["pages"])


def test_the_bundle_holds_the_coming_events_and_the_contact_details(client, event, contact):
    _response, bundle = download(client, "ar")
    assert [item["title"] for item in bundle["events"]] == ["Club de conversație"]
    assert bundle["events"][0]["fallback"] is True
    assert "Club de conversație" not in titles(bundle), "events are in their own section"
    assert bundle["contact"]["organisation"] == "Centrul de integrare"
    assert bundle["contact"]["emergency_numbers"] == [{"service": "Urgențe", "number": "112"}]
    assert "generated_at" in bundle


def test_no_draft_or_restricted_page_is_in_the_bundle(client, home_page, standard_page):
    draft = StandardPage(title="Ciornă", slug="ciorna", live=False)
    home_page.add_child(instance=draft)
    draft.save_revision()
    restricted = add(home_page, StandardPage(title="Doar cu parolă", slug="parola"))
    PageViewRestriction.objects.create(page=restricted, restriction_type="password", password="secret")
    _response, bundle = download(client, "ro")
    assert "Despre centru" in titles(bundle)
    assert not {"Ciornă", "Doar cu parolă"} & set(titles(bundle))


def test_a_client_asking_for_json_gets_it_uncompressed(client, standard_page):
    response = client.get(URL.format("ro"), HTTP_ACCEPT="application/json")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert "Despre centru" in titles(response.json())


def test_an_unknown_language_is_a_clear_422(client, home_page):
    response = client.get(URL.format("xx"))
    assert response.status_code == 422
    assert "detail" in response.json()


def test_the_etag_stays_until_content_changes(
    client, standard_page, shared_page_cache, django_capture_on_commit_callbacks
):
    first, _bundle = download(client, "ro")
    etag = first["ETag"]
    again = client.get(URL.format("ro"), HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304
    assert again["ETag"] == etag

    with django_capture_on_commit_callbacks(execute=True):
        standard_page.title = "Despre noi"
        standard_page.save_revision().publish()
    changed, bundle = download(client, "ro", HTTP_IF_NONE_MATCH=etag)
    assert changed["ETag"] != etag
    assert "Despre noi" in titles(bundle)


def test_a_rebuild_with_the_same_content_keeps_the_etag(client, standard_page, shared_page_cache, settings):
    first, bundle = download(client, "ro")
    settings.PAGE_CACHE_SECONDS = 0
    again, rebuilt = download(client, "ro")
    assert again["ETag"] == first["ETag"]
    assert rebuilt["generated_at"] == bundle["generated_at"]


def test_building_the_bundle_takes_as_many_queries_for_many_pages(client, home_page, event, contact):
    def queries_for_a_bundle():
        with CaptureQueriesContext(connection) as queries:
            download(client, "ar")
        return len(queries)

    for number in range(2):
        page = add(home_page, StandardPage(title=f"Pagina {number}", slug=f"pagina-{number}"))
        translate(page, "ar", title=f"الصفحة {number}")
    few = queries_for_a_bundle()
    for number in range(2, 12):
        page = add(home_page, StandardPage(title=f"Pagina {number}", slug=f"pagina-{number}"))
        if number % 2:
            translate(page, "ar", title=f"الصفحة {number}")
    assert queries_for_a_bundle() == few
