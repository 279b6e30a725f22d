"""Site search over published pages, in the visitor's language only; runs on SQLite and on
PostgreSQL (whichever DATABASE_URL names)."""

import pytest
from django.core.files.base import ContentFile
from django.utils import translation
from wagtail.documents import get_document_model
from wagtail.search.backends import get_search_backend

from home.models import StandardPage
from library.models import Audience, DocumentKind
from library.services import file_document
from tests.conftest import postgresql_only

from .conftest import add, steps_body, translate


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


def test_the_beginning_of_a_word_finds_it(client, pages):
    assert result_titles(client, "ro", "permis") == ["Permisul de ședere"]
    assert result_titles(client, "pl", "zezw") == ["Zezwolenie na pobyt"]


@postgresql_only
def test_inflected_forms_and_missing_diacritics_find_the_page(client, pages):
    assert result_titles(client, "ro", "permis de ședere") == ["Permisul de ședere"]
    assert result_titles(client, "ro", "permisului de sedere") == ["Permisul de ședere"]
    assert result_titles(client, "ro", "dosare") == ["Permisul de ședere"]
    assert result_titles(client, "pl", "urzedzie") == ["Zezwolenie na pobyt"]


def test_pages_in_the_visitors_language_come_before_those_not_translated_yet(client, pages):
    home = pages.get_parent()
    add(home, StandardPage(title="Programarea online", slug="programare", intro="Programări"))
    courses = add(home, StandardPage(title="Cursuri online", slug="cursuri", intro="Cursuri"))
    translate(courses, "pl", title="Kursy online", intro="Kursy")
    assert result_titles(client, "pl", "online") == ["Kursy online", "Programarea online"]


def test_suggestions_complete_the_word_being_typed(client, pages):
    response = client.get("/ro/search/suggest/", {"q": "Perm"})
    assert response.status_code == 200
    assert response.json() == {"results": [{"title": "Permisul de ședere", "url": "/ro/permis/"}]}
    assert (
        client.get("/pl/search/suggest/", {"q": "zezwo"}).json()["results"][0]["title"]
        == "Zezwolenie na pobyt"
    )


@pytest.mark.parametrize("query", ["", "   ", "x" * 5000, "' OR 1=1 --", "%00", "&|!:*"])
def test_odd_suggestion_queries_never_fail(client, pages, query):
    response = client.get("/ro/search/suggest/", {"q": query})
    assert response.status_code == 200
    assert "results" in response.json()


def test_the_search_form_suggests_as_you_type(client, pages):
    html = client.get("/ro/search/").content.decode()
    assert 'list="search-suggestions"' in html
    assert 'data-suggest-url="/ro/search/suggest/"' in html


@postgresql_only
def test_documents_are_found_whatever_the_admin_language(settings, tmp_path, db):
    settings.MEDIA_ROOT = tmp_path
    document = file_document(
        title="Ghidul nou-venitului",
        file=ContentFile(b"Informatii", name="ghid.txt"),
        kind=DocumentKind.INFORMATIONAL,
        audience=Audience.PUBLIC,
        languages=["ro"],
    )
    for language in ("ro", "pl", "ar"):
        with translation.override(language):
            assert list(get_search_backend().search("ghidul", get_document_model())) == [document]
