import datetime

import pytest

from accounts import roles
from library.models import Audience, DocumentKind
from library.services import supersede

from .conftest import bearer_for, client_for

URL = "/api/library/documents/"


@pytest.fixture
def api_library(add_document):
    law = add_document(
        "Ordonanța 44/2004",
        kind=DocumentKind.LAW,
        topics=["residence"],
        languages=["ro"],
        issuer="Guvernul României",
        publication_date=datetime.date(2004, 1, 29),
        translations={"en": {"title": "Ordinance 44/2004", "summary": "On integration"}},
    )
    report = add_document(
        "Raport Dragacz",
        kind=DocumentKind.REPORT,
        languages=["pl"],
        publication_date=datetime.date(2025, 3, 1),
        paragraphs=["Spotkanie w Dragaczu"],
    )
    minutes = add_document("Minute interne", kind=DocumentKind.MINUTES, audience=Audience.MEMBERS)
    return law, report, minutes


@pytest.mark.django_db
def test_list_returns_documents_with_metadata_and_facets(client, api_library):
    law, report, _minutes = api_library
    data = client.get(URL, {"sort": "title"}).json()
    assert data["count"] == 2 and data["page"] == 1 and data["pages"] == 1
    first = data["results"][0]
    assert first["id"] == law.pk
    assert first["kind"] == "law" and first["topics"] == ["residence"] and first["languages"] == ["ro"]
    assert first["issuer"] == "Guvernul României" and first["publication_date"] == "2004-01-29"
    assert first["in_force"] is True
    assert first["download_url"].endswith(law.url)
    assert {"kind", "topic", "language", "issuer", "year"} <= set(data["facets"])
    assert "audience" not in data["facets"]


@pytest.mark.django_db
def test_titles_follow_the_accept_language(client, api_library):
    data = client.get(URL, {"kind": "law"}, HTTP_ACCEPT_LANGUAGE="en").json()
    assert data["results"][0]["title"] == "Ordinance 44/2004"
    assert data["results"][0]["original_title"] == "Ordonanța 44/2004"


@pytest.mark.django_db
@pytest.mark.parametrize(
    "params, expected",
    [
        ({"kind": "report"}, ["Raport Dragacz"]),
        ({"topic": "residence"}, ["Ordonanța 44/2004"]),
        ({"language": "pl"}, ["Raport Dragacz"]),
        ({"year": 2004}, ["Ordonanța 44/2004"]),
        ({"q": "dragaczu"}, ["Raport Dragacz"]),
        ({"in_force": "true", "sort": "title"}, ["Ordonanța 44/2004", "Raport Dragacz"]),
    ],
)
def test_list_filters_like_the_page(client, api_library, params, expected):
    assert [item["original_title"] for item in client.get(URL, params).json()["results"]] == expected


@pytest.mark.django_db
def test_in_force_filter_leaves_out_superseded_versions(client, api_library):
    law, report, _minutes = api_library
    supersede(law, report)
    data = client.get(URL, {"in_force": "false"}).json()
    assert [item["id"] for item in data["results"]] == [law.pk]
    assert data["results"][0]["superseded_by"] == report.pk


@pytest.mark.django_db
def test_pagination(client, api_library):
    data = client.get(URL, {"page_size": 1, "page": 2, "sort": "title"}).json()
    assert data["pages"] == 2 and [item["original_title"] for item in data["results"]] == ["Raport Dragacz"]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "params",
    [
        {"kind": "poem"},
        {"page": 0},
        {"page_size": 1000},
        {"year": "abc"},
        {"q": "x" * 201},
        {"sort": "random"},
    ],
)
def test_bad_parameters_get_a_422_with_a_message(client, api_library, params):
    response = client.get(URL, params)
    assert response.status_code == 422
    assert response.json()["detail"]


@pytest.mark.django_db
def test_audience_filter_is_ignored_for_non_members(client, api_library):
    assert client.get(URL, {"audience": "members"}).json()["count"] == 2


@pytest.mark.django_db
def test_members_filter_by_audience_with_a_token(client, make_user, api_library):
    _law, _report, minutes = api_library
    headers = bearer_for(make_user(roles.COORDINATORS))
    data = client.get(URL, {"audience": "members"}, HTTP_ACCEPT_LANGUAGE="en", **headers).json()
    assert [item["id"] for item in data["results"]] == [minutes.pk]
    assert data["facets"]["audience"] == [
        {"value": "members", "label": "Integration-team members only", "count": 1}
    ]


@pytest.mark.django_db
def test_a_revoked_token_sees_public_documents_only(client, make_user, api_library):
    headers = bearer_for(make_user(roles.TEAM_MEMBERS))
    from wagtail.models import APIToken

    APIToken.objects.get().revoke()
    assert client.get(URL, **headers).json()["count"] == 2


@pytest.mark.django_db
def test_detail_lists_older_versions(client, api_library):
    law, report, _minutes = api_library
    supersede(law, report)
    data = client.get(f"{URL}{report.pk}/").json()
    assert data["supersedes"] == [law.pk]


@pytest.mark.django_db
def test_list_query_count_does_not_grow_with_documents(
    client, make_user, add_document, django_assert_max_num_queries
):
    client = client_for(client, make_user(roles.TEAM_MEMBERS))

    def add(count, start):
        for number in range(start, start + count):
            add_document(
                f"Raport {number}",
                topics=["work"],
                languages=["ro", "pl"],
                translations={"ro": {"title": f"Raport {number}", "summary": ""}},
            )

    add(2, 0)
    with django_assert_max_num_queries(25) as few:
        client.get(URL, {"q": "raport"})
    add(10, 2)
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert client.get(URL, {"q": "raport"}).json()["count"] == 12


@pytest.mark.django_db
def test_the_openapi_document_describes_the_library_api(client):
    schema = client.get("/api/openapi.json").json()
    assert "/api/library/documents/" in schema["paths"]
    assert "LibraryDocumentOut" in schema["components"]["schemas"]
