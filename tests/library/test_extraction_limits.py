"""Extraction is bounded: a zip bomb, a PDF of very many pages, a file that needs too much memory
or time is kept, marked "text not extracted" with the reason its editors see, and never held up
the upload's request. Limits are lowered in each test so the files stay small."""

import io
import time
import zipfile

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django_tasks import default_task_backend
from pypdf import PdfWriter
from wagtail.documents.forms import get_document_form

from library.demo.files import make_file
from library.extraction import extract_text
from library.models import (
    Audience,
    DocumentKind,
    ExtractionLimit,
    ExtractionStatus,
    LibraryDocument,
)
from library.services import file_document

pytestmark = pytest.mark.django_db


def zip_bomb_docx(megabytes):
    """A real DOCX whose document.xml is padded to unpack to `megabytes` MB more."""
    original = zipfile.ZipFile(io.BytesIO(make_file("docx", "Ghid", ["Salut"])))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in original.namelist():
            data = original.read(name)
            if name == "word/document.xml":
                data = data.replace(b"<w:body>", b"<w:body>" + b" " * (megabytes * 1024 * 1024), 1)
            archive.writestr(name, data)
    return buffer.getvalue()


def many_page_pdf(pages):
    writer = PdfWriter()
    for _number in range(pages):
        writer.add_blank_page(width=200, height=200)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def file_and_extract(name, data, capture):
    with capture(execute=True):
        document = file_document(
            title=name, file=ContentFile(data, name=name), kind=DocumentKind.REPORT, audience=Audience.PUBLIC
        )
    document.refresh_from_db()
    return document


def test_a_zip_bomb_docx_is_kept_without_text_and_says_why(settings, django_capture_on_commit_callbacks):
    settings.LIBRARY_EXTRACTION_MAX_UNCOMPRESSED_MB = 1
    data = zip_bomb_docx(3)
    assert len(data) < 60_000
    document = file_and_extract("bomb.docx", data, django_capture_on_commit_callbacks)
    assert LibraryDocument.objects.filter(pk=document.pk).exists()
    assert (document.text.status, document.text.limit) == (ExtractionStatus.OVER_LIMIT, ExtractionLimit.SIZE)
    assert document.text.content == ""


def test_a_docx_packed_far_tighter_than_text_ever_is_not_opened(settings, django_capture_on_commit_callbacks):
    settings.LIBRARY_EXTRACTION_MAX_COMPRESSION_RATIO = 50
    document = file_and_extract("tight.docx", zip_bomb_docx(2), django_capture_on_commit_callbacks)
    assert (document.text.status, document.text.limit) == (ExtractionStatus.OVER_LIMIT, ExtractionLimit.SIZE)


def test_a_pdf_of_too_many_pages_is_kept_without_text(settings, django_capture_on_commit_callbacks):
    settings.LIBRARY_EXTRACTION_MAX_PAGES = 20
    document = file_and_extract("long.pdf", many_page_pdf(21), django_capture_on_commit_callbacks)
    assert (document.text.status, document.text.limit) == (ExtractionStatus.OVER_LIMIT, ExtractionLimit.PAGES)


def test_a_pdf_at_the_page_limit_is_read(settings):
    settings.LIBRARY_EXTRACTION_MAX_PAGES = 20
    assert extract_text(many_page_pdf(20), "pdf") == ""


def test_a_file_needing_more_memory_than_allowed_is_stopped(settings, django_capture_on_commit_callbacks):
    settings.LIBRARY_EXTRACTION_MAX_MEMORY_MB = 100
    settings.LIBRARY_EXTRACTION_MAX_UNCOMPRESSED_MB = 1000
    settings.LIBRARY_EXTRACTION_MAX_COMPRESSION_RATIO = 100_000
    assert "Salut" in extract_text(zip_bomb_docx(1), "docx")
    document = file_and_extract("bomb.docx", zip_bomb_docx(40), django_capture_on_commit_callbacks)
    assert (document.text.status, document.text.limit) == (
        ExtractionStatus.OVER_LIMIT,
        ExtractionLimit.MEMORY,
    )


def test_extraction_that_takes_too_long_is_stopped(settings, django_capture_on_commit_callbacks):
    settings.LIBRARY_EXTRACTION_TIMEOUT_SECONDS = 1
    settings.LIBRARY_EXTRACTION_MAX_PAGES = 1_000_000
    started = time.monotonic()
    document = file_and_extract("long.pdf", many_page_pdf(20_000), django_capture_on_commit_callbacks)
    assert time.monotonic() - started < 15
    assert (document.text.status, document.text.limit) == (ExtractionStatus.OVER_LIMIT, ExtractionLimit.TIME)


def test_editors_see_why_the_text_was_not_extracted(settings, make_user, django_capture_on_commit_callbacks):
    settings.LIBRARY_EXTRACTION_MAX_PAGES = 5
    document = file_and_extract("long.pdf", many_page_pdf(6), django_capture_on_commit_callbacks)
    form_class = get_document_form(LibraryDocument)
    form = form_class(instance=document, user=make_user(superuser=True))
    assert "Text not extracted: The file has more than 5 pages." in str(form.fields["file"].help_text)


def test_the_upload_request_only_queues_the_extraction(
    settings, make_user, client, django_capture_on_commit_callbacks
):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    default_task_backend.clear()
    client.force_login(make_user(superuser=True))
    data = make_file("pdf", "Ghid", ["Informații utile."])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/admin/documents/add/",
            {
                "title": "Ghid",
                "kind": DocumentKind.INFORMATIONAL,
                "audience": Audience.PUBLIC,
                "file": SimpleUploadedFile("ghid.pdf", data, content_type="application/pdf"),
            },
        )
    assert response.status_code == 302
    document = LibraryDocument.objects.get()
    assert document.text.status == ExtractionStatus.PENDING
    queued = [result.task.name for result in default_task_backend.results]
    assert queued.count("extract_document_text") == 1
