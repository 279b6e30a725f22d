"""A deleted library document (by the admin, an API token or anything else) goes to the bin and
comes back whole: row, translations and file."""

import pytest

from core import bin
from core.models import BinEntry
from library.models import LibraryDocument


@pytest.mark.django_db
def test_a_deleted_document_comes_back_with_its_file(add_document, make_user):
    document = add_document("Ghidul angajatorului", paragraphs=["Contractul de muncă."])
    pk, name, content = document.pk, document.file.name, document.file.read()
    document.delete()
    assert not LibraryDocument.objects.filter(pk=pk).exists()
    entry = BinEntry.objects.get()
    bin.restore(entry, user=make_user(superuser=True))
    restored = LibraryDocument.objects.get(pk=pk)
    assert restored.file.name == name
    assert restored.file.read() == content
    assert restored.title == "Ghidul angajatorului"


@pytest.mark.django_db
def test_a_document_deleted_through_the_content_api_is_kept(client, make_user, add_document):
    from wagtail.models import APIToken

    from accounts import roles

    document = add_document("Formular")
    token = APIToken.create_token(user=make_user(roles.COORDINATORS), name="app")[1]
    client.delete(f"/api/v3/documents/{document.pk}/", HTTP_AUTHORIZATION=f"Bearer {token}")
    kept = LibraryDocument.objects.filter(pk=document.pk).exists()
    binned = BinEntry.objects.filter(object_id=str(document.pk)).exists()
    assert kept or binned
