"""The one check every upload passes, whatever it is for (library documents, minutes, case files):
a type the caller accepts, recognised by the file's content as well as its name, not empty, and
within the caller's size limit. A refusal is a ValidationError with one message in the active
language; nothing about the file is trusted before it passes."""

import os
import zipfile

from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"


def _starts_with(*signatures):
    return lambda upload, head: head.startswith(signatures)


def _zip_holding(member):
    def check(upload, head):
        if not head.startswith(b"PK\x03\x04"):
            return False
        try:
            with zipfile.ZipFile(upload) as archive:
                return member in archive.namelist()
        except (zipfile.BadZipFile, OSError, ValueError):
            return False

    return check


def _plain_text(upload, head):
    return b"\x00" not in head


#: How each type is recognised from the file's first bytes (and, for office documents, the zip
#: member that only that format holds). A type the caller accepts but this table does not know
#: is taken by its name.
CONTENT_CHECKS = {
    "pdf": _starts_with(b"%PDF-"),
    "docx": _zip_holding("word/document.xml"),
    "xlsx": _zip_holding("xl/workbook.xml"),
    "pptx": _zip_holding("ppt/presentation.xml"),
    "odt": _zip_holding("content.xml"),
    "ods": _zip_holding("content.xml"),
    "odp": _zip_holding("content.xml"),
    "rtf": _starts_with(b"{\\rtf"),
    "txt": _plain_text,
    "jpg": _starts_with(b"\xff\xd8\xff"),
    "jpeg": _starts_with(b"\xff\xd8\xff"),
    "png": _starts_with(b"\x89PNG\r\n\x1a\n"),
}
#: Enough to see every signature above and whether a text file is binary.
HEAD_BYTES = 1024


def extension_of(upload):
    name = os.path.basename(getattr(upload, "name", "") or "")
    return os.path.splitext(name)[1][1:].lower()


def check_upload(upload, *, allowed, max_bytes=None):
    """Refuse `upload` unless its extension is in `allowed`, its content is of that type, it is
    not empty and not over `max_bytes`. Return the extension (lower case)."""
    if upload is None:
        raise ValidationError(_("No file was submitted."), code="missing")
    name = os.path.basename(upload.name or "")
    extension = extension_of(upload)
    if extension not in allowed:
        raise ValidationError(
            _("Files of type “%(extension)s” are not accepted here. Allowed types: %(allowed)s.")
            % {"extension": extension or _("none"), "allowed": ", ".join(sorted(allowed))},
            code="wrong_type",
        )
    if not upload.size:
        raise ValidationError(_("The file “%(name)s” is empty.") % {"name": name}, code="empty")
    if max_bytes is not None and upload.size > max_bytes:
        raise ValidationError(
            _("The file is too big (%(size)s); the largest allowed is %(limit)s.")
            % {"size": filesizeformat(upload.size), "limit": filesizeformat(max_bytes)},
            code="too_big",
        )
    check = CONTENT_CHECKS.get(extension)
    try:
        upload.seek(0)
        matches = check is None or check(upload, upload.read(HEAD_BYTES))
    finally:
        upload.seek(0)
    if not matches:
        raise ValidationError(
            _("The file “%(name)s” is not a real %(extension)s file.")
            % {"name": name, "extension": extension.upper()},
            code="wrong_content",
        )
    return extension
