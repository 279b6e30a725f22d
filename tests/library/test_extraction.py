import pytest
from django.core.files.base import ContentFile

from library.models import Audience, DocumentKind, ExtractionStatus
from library.services import file_document

BODY = [
    "Străinii beneficiază de cursuri gratuite de limba română.",
    "Ustawa o cudzoziemcach: zezwolenie na pobyt.",
]


@pytest.mark.django_db
@pytest.mark.parametrize("extension", ["pdf", "docx", "odt", "txt"])
def test_text_of_each_format_is_extracted_after_upload(extension, add_document):
    document = add_document("Ghid de integrare", extension=extension, paragraphs=BODY)
    assert document.text.status == ExtractionStatus.DONE
    assert "cursuri gratuite de limba română" in document.text.content
    assert "cudzoziemcach" in document.text.content


def file_raw(name, data, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        document = file_document(
            title=name, file=ContentFile(data, name=name), kind=DocumentKind.REPORT, audience=Audience.PUBLIC
        )
    document.refresh_from_db()
    return document


@pytest.mark.django_db
def test_a_broken_pdf_is_stored_with_a_failed_status_and_the_error(django_capture_on_commit_callbacks):
    document = file_raw(
        "broken.pdf", b"%PDF-1.4 this is not really a PDF", django_capture_on_commit_callbacks
    )
    assert document.pk is not None
    assert document.text.status == ExtractionStatus.FAILED
    assert document.text.error
    assert document.text.content == ""


@pytest.mark.django_db
def test_a_broken_docx_fails_gracefully(django_capture_on_commit_callbacks):
    document = file_raw("broken.docx", b"PK\x03\x04 truncated", django_capture_on_commit_callbacks)
    assert document.text.status == ExtractionStatus.FAILED


@pytest.mark.django_db
def test_a_type_without_extractor_is_marked_unsupported(django_capture_on_commit_callbacks):
    document = file_raw("table.csv", b"name,value\nCluj,1\n", django_capture_on_commit_callbacks)
    assert document.text.status == ExtractionStatus.UNSUPPORTED


@pytest.mark.django_db
def test_extraction_waits_for_the_upload_to_commit(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        document = file_document(
            title="Plan",
            file=ContentFile(b"Plan local", name="plan.txt"),
            kind=DocumentKind.REPORT,
            audience=Audience.PUBLIC,
        )
    assert [callback.__qualname__ for callback in callbacks].count(
        "schedule_extraction.<locals>.<lambda>"
    ) == 1
    assert document.text.status == ExtractionStatus.PENDING


@pytest.mark.django_db
def test_latin2_text_files_are_decoded(django_capture_on_commit_callbacks):
    document = file_raw("pl.txt", "Zażółć gęślą jaźń".encode("cp1250"), django_capture_on_commit_callbacks)
    assert document.text.content == "Zażółć gęślą jaźń"
