"""The Wagtail admin's document views with the library form, for every role."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from accounts import roles
from library.models import Audience, LibraryDocument

from .conftest import VISITORS, client_for

SEES = {
    roles.COORDINATORS: {"Ghidul nou-veniților", "Procesul-verbal confidențial"},
    roles.EDITORS: {"Ghidul nou-veniților"},
    "superuser": {"Ghidul nou-veniților", "Procesul-verbal confidențial"},
}


@pytest.mark.django_db
@pytest.mark.parametrize("name", VISITORS)
def test_admin_document_listing_for_every_role(name, visitor, client, public_and_members_documents):
    client = client_for(client, visitor(name))
    response = client.get("/admin/documents/")
    if name not in SEES:
        assert response.status_code in (302, 403)
        return
    assert response.status_code == 200
    for document in public_and_members_documents:
        assert (document.title in response.text) == (document.title in SEES[name])


@pytest.mark.django_db
@pytest.mark.parametrize("name", VISITORS)
def test_admin_edit_view_of_a_members_only_document(name, visitor, client, public_and_members_documents):
    _public, members = public_and_members_documents
    client = client_for(client, visitor(name))
    response = client.get(f"/admin/documents/edit/{members.pk}/")
    if name in (roles.COORDINATORS, "superuser"):
        assert response.status_code == 200
        assert 'name="topics"' in response.text and 'name="title_en"' in response.text
    else:
        assert response.status_code in (302, 403)
        assert "confidențial" not in response.text


@pytest.mark.django_db
def test_a_coordinator_adds_a_document_with_its_metadata(
    client, make_user, django_capture_on_commit_callbacks
):
    client = client_for(client, make_user(roles.COORDINATORS))
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/admin/documents/add/",
            {
                "title": "Procedura de sesizare",
                "kind": "procedure",
                "audience": Audience.MEMBERS,
                "issuer": "Echipa locală",
                "topics": ["social-services"],
                "languages": ["ro"],
                "title_en": "Reporting procedure",
                "file": SimpleUploadedFile("procedura.txt", "Pașii de urmat.".encode()),
            },
        )
    assert response.status_code == 302
    document = LibraryDocument.objects.get(title="Procedura de sesizare")
    assert document.audience == Audience.MEMBERS and document.collection.name.endswith("members only")
    assert document.translations.get(language="en").title == "Reporting procedure"
    assert document.text.content == "Pașii de urmat."


@pytest.mark.django_db
def test_the_admin_shows_why_a_file_is_refused(client, make_user):
    client = client_for(client, make_user(roles.EDITORS))
    response = client.post(
        "/admin/documents/add/",
        {
            "title": "Program",
            "kind": "form",
            "audience": Audience.PUBLIC,
            "file": SimpleUploadedFile("program.exe", b"MZ"),
        },
        HTTP_ACCEPT_LANGUAGE="ro",
    )
    assert response.status_code == 200
    assert LibraryDocument.objects.count() == 0
    assert "nu sunt acceptate aici" in response.text or "are not accepted here" in response.text


@pytest.mark.django_db
def test_wagtail_document_api_uploads_go_through_the_library_checks(
    client, make_user, django_capture_on_commit_callbacks
):
    from .conftest import bearer_for

    headers = bearer_for(make_user(roles.COORDINATORS))
    refused = client.post(
        "/api/v3/documents/",
        {"title": "Gol", "kind": "form", "audience": "public", "file": SimpleUploadedFile("gol.pdf", b"")},
        **headers,
    )
    assert 400 <= refused.status_code < 500
    assert LibraryDocument.objects.count() == 0
    with django_capture_on_commit_callbacks(execute=True):
        created = client.post(
            "/api/v3/documents/",
            {
                "title": "Ghid",
                "kind": "informational",
                "audience": "members",
                "file": SimpleUploadedFile("ghid.txt", b"Ghid pentru membri"),
            },
            **headers,
        )
    assert created.status_code == 201, created.content
    document = LibraryDocument.objects.get()
    assert document.audience == Audience.MEMBERS and document.collection.name.endswith("members only")
    assert document.text.content == "Ghid pentru membri"


@pytest.mark.django_db
def test_the_edit_form_tells_why_a_files_text_could_not_be_read(
    client, make_user, django_capture_on_commit_callbacks
):
    from django.core.files.base import ContentFile

    from library.services import file_document

    with django_capture_on_commit_callbacks(execute=True):
        broken = file_document(
            title="Scan",
            file=ContentFile(b"%PDF-1.4 broken", name="scan.pdf"),
            kind="report",
            audience=Audience.PUBLIC,
        )
    client = client_for(client, make_user(superuser=True))
    response = client.get(f"/admin/documents/edit/{broken.pk}/", HTTP_ACCEPT_LANGUAGE="en")
    assert "Text extraction failed" in response.text or "Extragerea textului a eșuat" in response.text
