"""Library metadata has sane limits: a summary, a translated title or summary over the limit is
refused with a clear message and nothing is written."""

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.documents.forms import get_document_form

from library.models import MAX_SUMMARY_LENGTH, Audience, DocumentKind, LibraryDocument
from library.services import file_document, set_document_metadata

pytestmark = pytest.mark.django_db


def form_for(user, **data):
    fields = {"title": "Ghid", "kind": DocumentKind.INFORMATIONAL, "audience": Audience.PUBLIC, **data}
    form_class = get_document_form(LibraryDocument)
    files = {"file": SimpleUploadedFile("ghid.txt", b"Ghid pentru nou-veniti")}
    return form_class(data=fields, files=files, instance=LibraryDocument(), user=user)


@pytest.mark.parametrize("field", ["summary", "summary_en", "issuer", "title_fr"])
def test_the_document_form_refuses_overlong_metadata(make_user, field):
    form = form_for(make_user(superuser=True), **{field: "x" * (MAX_SUMMARY_LENGTH + 1)})
    assert not form.is_valid()
    assert "at most" in form.errors[field][0]
    assert not LibraryDocument.objects.exists()


def test_a_summary_at_the_limit_is_accepted(make_user):
    assert form_for(make_user(superuser=True), summary="x" * MAX_SUMMARY_LENGTH).is_valid()


def test_services_refuse_overlong_metadata(add_document):
    with pytest.raises(ValidationError):
        file_document(
            title="Ghid",
            file=ContentFile(b"text", name="g.txt"),
            kind=DocumentKind.REPORT,
            audience=Audience.PUBLIC,
            summary="x" * (MAX_SUMMARY_LENGTH + 1),
        )
    document = add_document("Ghid")
    with pytest.raises(ValidationError):
        set_document_metadata(document, translations={"en": {"title": "x" * 256, "summary": ""}})
    with pytest.raises(ValidationError):
        set_document_metadata(
            document, translations={"en": {"title": "Guide", "summary": "x" * (MAX_SUMMARY_LENGTH + 1)}}
        )
    assert LibraryDocument.objects.count() == 1 and not document.translations.exists()
