"""An app syncing the library asks for what changed since its last answer and learns which
documents it must remove, without ever learning of members-only ones."""

import pytest

from accounts import roles
from library.models import Audience
from library.services import set_document_metadata

from .conftest import bearer_for

URL = "/api/library/documents/"


@pytest.mark.django_db
def test_an_app_syncs_only_changed_documents_and_learns_what_was_withdrawn(client, add_document):
    changed, translated, _unchanged, restricted, deleted = (
        add_document(title) for title in ("Ghid", "Broșură", "Formular", "Raport", "Pliant")
    )
    first = client.get(URL).json()
    assert first["count"] == 5 and first["deleted"] == []

    changed.issuer = "Primăria Cluj-Napoca"
    changed.save()
    set_document_metadata(translated, translations={"ar": {"title": "كتيب"}})
    restricted.audience = Audience.MEMBERS
    restricted.save()
    deleted_id = deleted.pk
    deleted.delete()

    since = client.get(URL, {"updated_since": first["synced_at"], "sort": "title"}).json()
    assert [item["title"] for item in since["results"]] == ["Broșură", "Ghid"]
    assert since["deleted"] == sorted([restricted.pk, deleted_id])
    assert since["synced_at"] >= first["synced_at"]

    later = client.get(URL, {"updated_since": since["synced_at"]}).json()
    assert (later["results"], later["deleted"]) == ([], [])


@pytest.mark.django_db
def test_a_member_sees_a_document_made_members_only_as_changed_not_withdrawn(client, add_document, make_user):
    document = add_document("Raport")
    headers = bearer_for(make_user(roles.TEAM_MEMBERS))
    synced_at = client.get(URL, **headers).json()["synced_at"]
    document.audience = Audience.MEMBERS
    document.save()
    answer = client.get(URL, {"updated_since": synced_at}, **headers).json()
    assert [item["id"] for item in answer["results"]] == [document.pk]
    assert answer["deleted"] == []


@pytest.mark.django_db
def test_a_new_members_only_document_is_not_named_to_the_public(client, add_document):
    synced_at = client.get(URL).json()["synced_at"]
    add_document("Minute interne", audience=Audience.MEMBERS)
    answer = client.get(URL, {"updated_since": synced_at}).json()
    assert (answer["results"], answer["deleted"]) == ([], [])


@pytest.mark.django_db
def test_a_bad_updated_since_is_a_clear_422(client):
    response = client.get(URL, {"updated_since": "yesterday"})
    assert response.status_code == 422
    assert "detail" in response.json()
