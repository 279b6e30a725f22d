"""A library document's replaced file, and a deleted document's file, leave the disk once the
change has committed, never before."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.documents.forms import get_document_form

from library.models import Audience, DocumentKind, LibraryDocument

pytestmark = pytest.mark.django_db


def stored(fieldfile):
    return fieldfile.storage.exists(fieldfile.name)


def test_a_replaced_document_file_is_removed_after_commit(
    make_user, add_document, django_capture_on_commit_callbacks
):
    document = add_document("Ghid", paragraphs=["Prima versiune"])
    old_file = LibraryDocument.objects.get(pk=document.pk).file
    form_class = get_document_form(LibraryDocument)
    form = form_class(
        data={"title": "Ghid", "kind": DocumentKind.INFORMATIONAL, "audience": Audience.PUBLIC},
        files={"file": SimpleUploadedFile("ghid-2.txt", b"A doua versiune")},
        instance=document,
        user=make_user(superuser=True),
    )
    assert form.is_valid(), form.errors
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        saved = form.save()
    assert stored(old_file), "removed before the commit"
    for callback in callbacks:
        callback()
    assert not stored(old_file) and stored(saved.file)


def test_a_deleted_documents_file_is_removed_after_commit(add_document, django_capture_on_commit_callbacks):
    document = add_document("Ghid")
    file = document.file
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        document.delete()
    assert stored(file)
    for callback in callbacks:
        callback()
    assert not stored(file)
