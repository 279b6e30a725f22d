import datetime
import re

import pytest
from wagtail.models import Locale

from library.models import Audience, DocumentKind
from library.services import supersede

from .conftest import client_for


def result_titles(response):
    return re.findall(r'<h3><a href="[^"]+">([^<]+)</a></h3>', response.text)


@pytest.fixture
def small_library(add_document):
    add_document(
        "Lege veche",
        kind=DocumentKind.LAW,
        issuer="Guvernul României",
        publication_date=datetime.date(2004, 1, 29),
        topics=["residence"],
        languages=["ro"],
    )
    add_document(
        "Raport Dragacz",
        kind=DocumentKind.REPORT,
        issuer="Gmina Dragacz",
        publication_date=datetime.date(2025, 3, 1),
        topics=["education", "residence"],
        languages=["pl"],
    )
    add_document(
        "Articol de presă",
        kind=DocumentKind.MEDIA,
        issuer="Monitorul de Cluj",
        publication_date=datetime.date(2024, 11, 10),
        topics=["social-services"],
        languages=["ro", "en"],
    )
    add_document(
        "Minute interne",
        kind=DocumentKind.MINUTES,
        audience=Audience.MEMBERS,
        publication_date=datetime.date(2025, 1, 5),
        languages=["ro"],
    )


@pytest.mark.django_db
def test_library_page_lists_newest_first_by_default(client, library_page, small_library):
    response = client.get(library_page.get_url())
    assert result_titles(response) == ["Raport Dragacz", "Articol de presă", "Lege veche"]


@pytest.mark.django_db
def test_library_page_sorts_by_title(client, library_page, small_library):
    response = client.get(library_page.get_url(), {"sort": "title"})
    assert result_titles(response) == ["Articol de presă", "Lege veche", "Raport Dragacz"]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "params, expected",
    [
        ({"kind": "law"}, ["Lege veche"]),
        ({"topic": "residence"}, ["Raport Dragacz", "Lege veche"]),
        ({"language": "pl"}, ["Raport Dragacz"]),
        ({"issuer": "Monitorul de Cluj"}, ["Articol de presă"]),
        ({"year": "2004"}, ["Lege veche"]),
        ({"kind": "not-a-kind", "year": "abc"}, ["Raport Dragacz", "Articol de presă", "Lege veche"]),
    ],
)
def test_library_page_filters(client, library_page, small_library, params, expected):
    assert result_titles(client.get(library_page.get_url(), params)) == expected


@pytest.mark.django_db
def test_facets_show_counts_of_what_the_visitor_may_see(client, library_page, small_library):
    text = client.get(library_page.get_url()).text
    assert "Law or regulation (1)" in text or "Lege sau reglementare (1)" in text
    assert ">2025 (1)<" in text
    assert "Gmina Dragacz (1)" in text
    assert 'name="audience"' not in text


@pytest.mark.django_db
def test_members_get_an_audience_facet_and_filter(client, make_user, library_page, small_library):
    from accounts import roles

    client = client_for(client, make_user(roles.TEAM_MEMBERS))
    text = client.get(library_page.get_url()).text
    assert 'name="audience"' in text
    assert ">2025 (2)<" in text
    assert result_titles(client.get(library_page.get_url(), {"audience": "members"})) == ["Minute interne"]


@pytest.mark.django_db
def test_non_members_cannot_reach_members_documents_through_the_audience_filter(
    client, library_page, small_library
):
    assert result_titles(client.get(library_page.get_url(), {"audience": "members"})) == []


@pytest.mark.django_db
def test_pagination_keeps_the_filters(client, settings, library_page, small_library):
    settings.LIBRARY_PAGE_SIZE = 1
    first = client.get(library_page.get_url(), {"topic": "residence"})
    assert result_titles(first) == ["Raport Dragacz"]
    assert "topic=residence&amp;page=2" in first.text
    second = client.get(library_page.get_url(), {"topic": "residence", "page": 2})
    assert result_titles(second) == ["Lege veche"]
    assert result_titles(client.get(library_page.get_url(), {"page": "999"})) == ["Lege veche"]


@pytest.mark.django_db
def test_detail_shows_metadata_versions_and_download(client, library_page, add_document):
    old = add_document("Plan local 2021", issuer="Primăria Cluj-Napoca", topics=["work"])
    new = add_document("Plan local 2024", issuer="Primăria Cluj-Napoca")
    supersede(old, new)
    old_page = client.get(f"{library_page.get_url()}document/{old.pk}/").text
    assert "Primăria Cluj-Napoca" in old_page
    assert f'document/{new.pk}/">Plan local 2024' in old_page
    assert old.url in old_page
    new_page = client.get(f"{library_page.get_url()}document/{new.pk}/").text
    assert f'document/{old.pk}/">Plan local 2021' in new_page


@pytest.mark.django_db
def test_a_members_only_newer_version_is_not_shown_to_others(client, library_page, add_document):
    old = add_document("Procedură publică")
    new = add_document("Procedură internă", audience=Audience.MEMBERS)
    supersede(old, new)
    text = client.get(f"{library_page.get_url()}document/{old.pk}/").text
    assert "Procedură internă" not in text


@pytest.mark.django_db
def test_titles_are_shown_in_the_visitors_language(client, library_page, add_document):
    add_document("Ghidul nou-venitului", translations={"en": {"title": "Newcomer's guide", "summary": ""}})
    english = Locale.objects.get_or_create(language_code="en")[0]
    english_page = library_page.copy_for_translation(english, copy_parents=True)
    english_page.save_revision().publish()
    assert "Newcomer&#x27;s guide" in client.get(english_page.get_url()).text
    assert "Ghidul nou-venitului" in client.get(library_page.get_url()).text


def many_documents(add_document, count, start=0):
    for number in range(start, start + count):
        add_document(
            f"Document {number}",
            kind=DocumentKind.REPORT,
            topics=["work", "health"],
            languages=["ro", "en"],
            issuer=f"Instituția {number % 3}",
            publication_date=datetime.date(2020 + number % 5, 1, 1),
            translations={"en": {"title": f"Document {number} (en)", "summary": ""}},
        )


@pytest.mark.django_db
@pytest.mark.parametrize("query", [{}, {"q": "document"}])
def test_page_query_count_does_not_grow_with_documents(
    client, make_user, library_page, add_document, django_assert_max_num_queries, query
):
    from accounts import roles

    client = client_for(client, make_user(roles.COORDINATORS))
    many_documents(add_document, 3)
    client.get(library_page.get_url(), query)
    with django_assert_max_num_queries(40) as few:
        client.get(library_page.get_url(), query)
    many_documents(add_document, 12, start=3)
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get(library_page.get_url(), query)
    assert len(result_titles(response)) == 15
