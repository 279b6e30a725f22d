"""Anonymous visitors get pages, feeds and public API reads from a shared cache, per site and per
language; signed-in people and responses carrying a CSRF token never share it; publishing and
changing what pages show purges it (integration_site.page_cache)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import PageViewRestriction

from home.models import ContactDetails

from .conftest import publish, translate

TOPIC_URL = "/ro/permis/"


def get(client, url, **headers):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, **headers)
    response.queries = len(queries)
    return response


def test_an_anonymous_visitor_gets_the_page_from_the_cache(shared_page_cache, client, topic_page):
    first = get(client, TOPIC_URL)
    assert first.status_code == 200
    assert first["X-Cache"] == "MISS"
    assert "public" in first["Cache-Control"] and "max-age=0" in first["Cache-Control"]
    assert "csrftoken" not in first.cookies

    again = get(client, TOPIC_URL)
    assert again["X-Cache"] == "HIT"
    assert again.queries == 0
    assert again.content == first.content


def test_the_cache_is_kept_per_language_and_per_site(shared_page_cache, client, topic_page):
    translate(topic_page, "en", title="Residence permit", slug="permit")
    assert get(client, TOPIC_URL)["X-Cache"] == "MISS"
    english = get(client, "/en/permit/")
    assert english["X-Cache"] == "MISS"
    assert "Residence permit" in english.content.decode()
    assert get(client, TOPIC_URL, HTTP_HOST="other.example.org")["X-Cache"] == "MISS"
    assert get(client, TOPIC_URL)["X-Cache"] == "HIT"


def test_a_signed_in_person_never_gets_the_shared_page(shared_page_cache, client, make_user, topic_page):
    get(client, TOPIC_URL)
    assert get(client, TOPIC_URL)["X-Cache"] == "HIT"

    client.force_login(make_user())
    for _ in range(2):
        response = get(client, TOPIC_URL)
        assert "X-Cache" not in response
        assert reverse("account_logout") in response.content.decode()

    client.logout()
    assert reverse("account_logout") not in get(client, TOPIC_URL).content.decode()


def test_a_page_with_a_csrf_token_is_never_shared(shared_page_cache, client, topic_page):
    PageViewRestriction.objects.create(page=topic_page, restriction_type="password", password="secret")
    for _ in range(2):
        response = get(client, TOPIC_URL)
        assert "X-Cache" not in response
        assert "csrfmiddlewaretoken" in response.content.decode()


def test_a_visitor_with_a_message_waiting_sees_it(shared_page_cache, client, topic_page):
    get(client, TOPIC_URL)
    response = client.post(
        "/ro/participation/feedback/",
        {"page": topic_page.pk, "helpful": "yes", "next": TOPIC_URL},
        follow=True,
    )
    assert "X-Cache" not in response
    assert "message-success" in response.content.decode()
    assert get(client, TOPIC_URL)["X-Cache"] == "HIT"


def test_publishing_purges_the_cache(
    shared_page_cache, client, topic_page, django_capture_on_commit_callbacks
):
    get(client, TOPIC_URL)
    topic_page.title = "Permisul de ședere, pe scurt"
    topic_page.save(update_fields=["title"])
    # Saved without publishing: visitors keep the published version, from the cache.
    assert "pe scurt" not in get(client, TOPIC_URL).content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        publish(topic_page)
    response = get(client, TOPIC_URL)
    assert response["X-Cache"] == "MISS"
    assert "Permisul de ședere, pe scurt" in response.content.decode()


def test_unpublishing_purges_the_cache(
    shared_page_cache, client, topic_page, django_capture_on_commit_callbacks
):
    get(client, TOPIC_URL)
    with django_capture_on_commit_callbacks(execute=True):
        topic_page.unpublish()
    assert get(client, TOPIC_URL).status_code == 404


def test_changing_the_footer_purges_every_page(
    shared_page_cache, client, topic_page, django_capture_on_commit_callbacks
):
    get(client, TOPIC_URL)
    with django_capture_on_commit_callbacks(execute=True):
        ContactDetails.objects.create(organisation="Centrul de integrare Iași", locale=topic_page.locale)
    assert "Centrul de integrare Iași" in get(client, TOPIC_URL).content.decode()


def test_the_pages_api_is_shared_with_anonymous_apps_only(shared_page_cache, client, topic_page):
    url = "/api/v3/pages/?locale=ro"
    assert get(client, url)["X-Cache"] == "MISS"
    hit = get(client, url)
    assert hit["X-Cache"] == "HIT" and hit.queries == 0
    assert "Permisul de ședere" in [item["title"] for item in hit.json()["items"]]
    assert "X-Cache" not in get(client, url, HTTP_AUTHORIZATION="Bearer not-a-token")


@pytest.mark.parametrize("url", ["/api/v3/pages/?locale=ro", "/api/v3/pages/{pk}/"])
def test_the_pages_api_answers_a_conditional_get_with_304(shared_page_cache, client, topic_page, url):
    url = url.format(pk=topic_page.pk)
    first = client.get(url)
    assert first.status_code == 200 and first["ETag"] and first["Last-Modified"]

    assert client.get(url, HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304
    assert client.get(url, HTTP_IF_MODIFIED_SINCE=first["Last-Modified"]).status_code == 304
    assert client.get(url, HTTP_IF_NONE_MATCH='"another-version"').status_code == 200


def test_a_published_change_is_a_new_version_for_conditional_gets(
    shared_page_cache, client, topic_page, django_capture_on_commit_callbacks
):
    url = f"/api/v3/pages/{topic_page.pk}/"
    first = client.get(url)
    topic_page.title = "Permisul de ședere, pe scurt"
    with django_capture_on_commit_callbacks(execute=True):
        publish(topic_page)

    changed = client.get(url, HTTP_IF_NONE_MATCH=first["ETag"])
    assert changed.status_code == 200 and changed.json()["title"] == "Permisul de ședere, pe scurt"
    assert changed["ETag"] != first["ETag"]


def test_restricting_a_page_purges_it(
    shared_page_cache, client, topic_page, django_capture_on_commit_callbacks
):
    get(client, TOPIC_URL)
    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.create(page=topic_page, restriction_type="password", password="secret")
    response = get(client, TOPIC_URL)
    assert "X-Cache" not in response
    assert "csrfmiddlewaretoken" in response.content.decode()


def test_a_page_not_yet_cached_reads_the_menu_and_footer_once_per_language(
    shared_page_cache, client, topic_page, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        ContactDetails.objects.create(organisation="Centrul de integrare Iași", locale=topic_page.locale)
        topic_page.show_in_menus = True
        publish(topic_page)
    cold = get(client, TOPIC_URL)
    assert cold["X-Cache"] == "MISS"
    with CaptureQueriesContext(connection) as queries:
        # Another address of the page: not in the cache yet, the menu and footer are.
        miss = client.get(TOPIC_URL + "?utm_source=newsletter")
    assert miss["X-Cache"] == "MISS"
    assert "Centrul de integrare Iași" in miss.content.decode()
    sql = [query["sql"] for query in queries.captured_queries]
    assert not [query for query in sql if "home_contactdetails" in query]
    # The page's own view restrictions are checked; the menu's pages are not looked up again.
    assert len([query for query in sql if 'FROM "wagtailcore_pageviewrestriction"' in query]) == 1
    assert len(queries) <= cold.queries - 4


def test_a_published_page_shows_in_the_menu_of_every_page(
    shared_page_cache, client, topic_page, django_capture_on_commit_callbacks
):
    get(client, TOPIC_URL)
    with django_capture_on_commit_callbacks(execute=True):
        topic_page.show_in_menus = True
        publish(topic_page)
    assert f'href="{TOPIC_URL}" aria-current="page"' in get(client, TOPIC_URL).content.decode()
    assert f'href="{TOPIC_URL}"' in get(client, "/ro/").content.decode()


def test_an_untranslated_page_is_found_in_the_default_language_once_per_language(
    shared_page_cache, client, topic_page
):
    cold = get(client, "/en/permis/")
    assert cold.status_code == 200 and cold["X-Cache"] == "MISS"
    again = get(client, "/en/permis/?utm_source=newsletter")
    assert again.status_code == 200 and again["X-Cache"] == "MISS"
    assert "Permisul de ședere" in again.content.decode()
    assert again.queries <= cold.queries - 5
    assert get(client, "/en/nowhere/").status_code == 404
    assert get(client, "/en/nowhere/").status_code == 404
