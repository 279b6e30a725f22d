"""Members-only documents reach members (and superusers) only: listing, search, both APIs,
detail pages and downloads, for every role."""

import pytest

from .conftest import MEMBERS, VISITORS, bearer_for, client_for


def is_not_found(response):
    """404, or the project's LocaleMiddleware turning an unprefixed 404 (as /api/ answers are)
    into a redirect to the same path under the default language, which is a 404 page too."""
    if response.status_code == 302:
        return response.url == f"/ro{response.request['PATH_INFO']}"
    return response.status_code == 404


def body(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


@pytest.mark.django_db
@pytest.mark.parametrize("name", VISITORS)
def test_library_page_lists_members_only_documents_to_members_alone(
    name, visitor, client, library_page, public_and_members_documents
):
    client = client_for(client, visitor(name))
    response = client.get(library_page.get_url())
    assert response.status_code == 200
    assert "Ghidul nou-veniților" in response.text
    assert ("Procesul-verbal confidențial" in response.text) == (name in MEMBERS)


@pytest.mark.django_db
@pytest.mark.parametrize("name", VISITORS)
def test_search_finds_members_only_documents_for_members_alone(
    name, visitor, client, library_page, public_and_members_documents
):
    client = client_for(client, visitor(name))
    response = client.get(library_page.get_url(), {"q": "înregistrarea"})
    assert "Ghidul nou-veniților" in response.text
    assert ("Procesul-verbal confidențial" in response.text) == (name in MEMBERS)


@pytest.mark.django_db
@pytest.mark.parametrize("name", VISITORS)
def test_detail_page_of_a_members_only_document_is_a_404_for_others(
    name, visitor, client, library_page, public_and_members_documents
):
    public, members = public_and_members_documents
    client = client_for(client, visitor(name))
    base = library_page.get_url()
    assert client.get(f"{base}document/{public.pk}/").status_code == 200
    response = client.get(f"{base}document/{members.pk}/")
    assert response.status_code == (200 if name in MEMBERS else 404)
    assert ("confidențial" in response.text) == (name in MEMBERS)


@pytest.mark.django_db
@pytest.mark.parametrize("name", VISITORS)
def test_download_of_a_members_only_file_needs_a_member(name, visitor, client, public_and_members_documents):
    public, members = public_and_members_documents
    client = client_for(client, visitor(name))
    assert client.get(public.url).status_code == 200
    response = client.get(members.url)
    if name in MEMBERS:
        assert response.status_code == 200
        assert "Înregistrarea cazurilor".encode() in body(response)
    else:
        assert response.status_code in (302, 403)
        assert "Înregistrarea cazurilor".encode() not in body(response)


@pytest.mark.django_db
@pytest.mark.parametrize("name", VISITORS)
@pytest.mark.parametrize("auth", ["session", "token"])
def test_library_api_shows_members_only_documents_to_members_alone(
    name, auth, visitor, client, public_and_members_documents
):
    public, members = public_and_members_documents
    user = visitor(name)
    headers = bearer_for(user) if auth == "token" else {}
    if auth == "session":
        client = client_for(client, user)
    listing = client.get("/api/library/documents/", **headers).json()
    ids = {item["id"] for item in listing["results"]}
    assert public.pk in ids
    assert (members.pk in ids) == (name in MEMBERS)
    searched = client.get("/api/library/documents/", {"q": "înregistrarea"}, **headers).json()
    assert (members.pk in {item["id"] for item in searched["results"]}) == (name in MEMBERS)
    detail = client.get(f"/api/library/documents/{members.pk}/", **headers)
    assert detail.status_code == 200 if name in MEMBERS else is_not_found(detail)


@pytest.mark.django_db
@pytest.mark.parametrize("name", VISITORS)
def test_wagtail_document_api_hides_members_only_documents_from_non_members(
    name, visitor, client, public_and_members_documents
):
    public, members = public_and_members_documents
    headers = bearer_for(visitor(name))
    listing = client.get("/api/v3/documents/", **headers).json()
    ids = {item["id"] for item in listing["items"]}
    assert public.pk in ids
    assert (members.pk in ids) == (name in MEMBERS)
    detail = client.get(f"/api/v3/documents/{members.pk}/", **headers)
    assert detail.status_code == 200 if name in MEMBERS else is_not_found(detail)


@pytest.mark.django_db
@pytest.mark.parametrize("name", VISITORS)
def test_wagtail_document_api_ignores_the_session_so_members_only_documents_stay_hidden(
    name, visitor, client, public_and_members_documents
):
    _public, members = public_and_members_documents
    client = client_for(client, visitor(name))
    assert is_not_found(client.get(f"/api/v3/documents/{members.pk}/"))


@pytest.mark.django_db
def test_a_guessed_id_answers_like_a_missing_one(client, library_page, public_and_members_documents):
    _public, members = public_and_members_documents
    missing = members.pk + 1000
    base = library_page.get_url()
    assert (
        client.get(f"{base}document/{members.pk}/").status_code
        == client.get(f"{base}document/{missing}/").status_code
        == 404
    )
    hidden = client.get(f"/api/library/documents/{members.pk}/")
    absent = client.get(f"/api/library/documents/{missing}/")
    assert is_not_found(hidden) and is_not_found(absent)
    assert hidden.content == absent.content.replace(str(missing).encode(), str(members.pk).encode())
