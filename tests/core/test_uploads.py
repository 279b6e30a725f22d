"""The one upload check: the type by the file's content as well as its name, emptiness and size,
each refusal one message in the person's language."""

import io
import zipfile

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation

from core.uploads import check_upload

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 20
JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 20


def docx():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<document/>")
    return buffer.getvalue()


def refusal(name, content, **limits):
    with pytest.raises(ValidationError) as refused:
        check_upload(SimpleUploadedFile(name, content), **{"allowed": ("pdf", "docx", "png"), **limits})
    return refused.value


@pytest.mark.parametrize(
    "name, content", [("scan.png", PNG), ("minutes.pdf", b"%PDF-1.7 ..."), ("minutes.docx", docx())]
)
def test_a_file_whose_content_is_its_type_passes(name, content):
    assert (
        check_upload(SimpleUploadedFile(name, content), allowed=("pdf", "docx", "png")) == name.split(".")[1]
    )


@pytest.mark.parametrize(
    "name, content, code",
    [
        ("photo.png", JPEG, "wrong_content"),
        ("minutes.pdf", b"<html>", "wrong_content"),
        ("minutes.docx", b"PK\x03\x04 not a zip", "wrong_content"),
        ("minutes.PDF.exe", b"MZ", "wrong_type"),
        ("no-extension", b"%PDF-", "wrong_type"),
        ("empty.pdf", b"", "empty"),
    ],
)
def test_a_file_is_refused_with_the_reason(name, content, code):
    assert refusal(name, content).code == code


def test_a_file_over_the_limit_is_refused_with_both_sizes():
    with translation.override("en"):
        error = refusal("big.pdf", b"%PDF-" + b"0" * 2048, max_bytes=1024)

    assert error.code == "too_big"
    assert "2.0\xa0KB" in error.messages[0] and "1.0\xa0KB" in error.messages[0]


def test_no_file_at_all_is_refused_in_the_persons_language():
    with translation.override("ro"), pytest.raises(ValidationError) as refused:
        check_upload(None, allowed=("pdf",))

    assert refused.value.messages == ["Nici un fișier nu a fost trimis."]
