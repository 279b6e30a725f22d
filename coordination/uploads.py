"""Checks on an uploaded minutes file: allowed type by extension AND by content, size, emptiness."""

import zipfile

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"


def _looks_like_pdf(upload):
    upload.seek(0)
    return upload.read(5) == b"%PDF-"


def _looks_like_docx(upload):
    upload.seek(0)
    try:
        with zipfile.ZipFile(upload) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError):
        return False
    return "word/document.xml" in names and "[Content_Types].xml" in names


def _looks_like_odt(upload):
    upload.seek(0)
    try:
        with zipfile.ZipFile(upload) as archive:
            return archive.read("mimetype").strip() == ODT_MIMETYPE
    except (zipfile.BadZipFile, KeyError, OSError, ValueError):
        return False


CONTENT_CHECKS = {"pdf": _looks_like_pdf, "docx": _looks_like_docx, "odt": _looks_like_odt}


def max_upload_bytes():
    return settings.COORDINATION_MINUTES_MAX_UPLOAD_MB * 1024 * 1024


def validate_minutes_file(upload):
    """Raise ValidationError with a message for the person uploading; return the extension."""
    if upload is None or not upload.size:
        raise ValidationError(_("The file is empty. Choose the minutes file again."), code="empty")
    if upload.size > max_upload_bytes():
        raise ValidationError(
            _("The file is too big: the limit is %(limit)d MB.")
            % {"limit": settings.COORDINATION_MINUTES_MAX_UPLOAD_MB},
            code="too_big",
        )
    extension = upload.name.rsplit(".", 1)[-1].lower() if "." in upload.name else ""
    check = CONTENT_CHECKS.get(extension)
    if check is None:
        raise ValidationError(_("Minutes must be a PDF, DOCX or ODT file."), code="wrong_type")
    try:
        matches = check(upload)
    finally:
        upload.seek(0)
    if not matches:
        raise ValidationError(
            _("The file's content is not a %(type)s document, although its name says so.")
            % {"type": extension.upper()},
            code="wrong_content",
        )
    return extension
