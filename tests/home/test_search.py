"""Site search over published pages, in the visitor's language only; runs on SQLite and on
PostgreSQL (whichever DATABASE_URL names)."""

import pytest

from home.models import StandardPage

from .conftest import steps_body, translate


@pytest.fixture
def pages(topic_page):
    translate(
        topic_page,
        "pl",
        title="Zezwolenie na pobyt",
        intro="Jak uzyskać prawo pobytu",
        body=steps_body("Umów wizytę w urzędzie imigracyjnym"),
    )
    draft = StandardPage(title="Programați ciorna", slug="ciorna", live=False)
    topic_page.get_parent().add_child(instance=draft)
    return topic_page


def result_titles(client, language, query):
    response = client.get(f"/{language}/search/", {"q": query})
    assert response.status_code == 200
    return [result.title for result in response.context["results"]]


def test_search_finds_words_of_the_title(client, pages):
    assert result_titles(client, "ro", "permisul") == ["Permisul de ședere"]


def test_search_finds_words_of_the_body(client, pages):
    assert result_titles(client, "ro", "dosarul") == ["Permisul de ședere"]
    assert result_titles(client, "pl", "urzędzie") == ["Zezwolenie na pobyt"]


def test_results_are_in_the_visitors_language_only(client, pages):
    assert result_titles(client, "pl", "dosarul") == []
    assert result_titles(client, "ro", "urzędzie") == []


def test_drafts_are_not_found(client, pages):
    assert "Programați ciorna" not in result_titles(client, "ro", "programați")


def test_results_show_the_page_introduction(client, pages):
    html = client.get("/pl/search/", {"q": "pobyt"}).content.decode()
    assert "Jak uzyskać prawo pobytu" in html
    assert 'href="/pl/permis/"' in html


@pytest.mark.parametrize("query", ["", "   ", "x" * 5000, "' OR 1=1 --", "<script>", "%00"])
def test_odd_queries_never_fail(client, pages, query):
    response = client.get("/ro/search/", {"q": query, "page": "abc"})
    assert response.status_code == 200
    assert "<script>" not in response.content.decode().split("<main", 1)[1]
