"""The library's upload check, in one place for the admin form, Wagtail's document API and the
importer: the platform's check (core.uploads) with the library's types and size limit, plus
duplicate detection."""

import hashlib
from dataclasses import dataclass, field

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from core import uploads as core_uploads

#: Extensions we always accept because we extract their text; settings may add more.
EXTRACTABLE_EXTENSIONS = ("pdf", "docx", "odt", "txt")


def allowed_extensions():
    configured = getattr(settings, "WAGTAILDOCS_EXTENSIONS", None) or ()
    return sorted({*EXTRACTABLE_EXTENSIONS, *(ext.lower() for ext in configured)})


def max_upload_size():
    return getattr(settings, "WAGTAILDOCS_MAX_UPLOAD_SIZE", None)


def sha256_of(handle):
    digest = hashlib.sha256()
    handle.seek(0)
    for chunk in iter(lambda: handle.read(1024 * 1024), b""):
        digest.update(chunk)
    handle.seek(0)
    return digest.hexdigest()


@dataclass
class UploadCheck:
    errors: list = field(default_factory=list)
    warnings: list = field(default_factory=list)
    sha256: str = ""
    duplicates: list = field(default_factory=list)

    @property
    def ok(self):
        return not self.errors


def check_upload(uploaded, *, exclude_document=None):
    """Check a file before it enters the library: the platform's upload check (type by content,
    emptiness, size) against the library's types and limit. Same content already in the library
    is a warning (with the documents that hold it), not an error. Messages are in the active
    language."""
    from .models import LibraryDocument

    result = UploadCheck()
    try:
        core_uploads.check_upload(uploaded, allowed=allowed_extensions(), max_bytes=max_upload_size())
    except ValidationError as error:
        result.errors.extend(error.messages)
        return result
    result.sha256 = sha256_of(uploaded)
    duplicates = LibraryDocument.objects.filter(sha256=result.sha256)
    if exclude_document is not None and exclude_document.pk:
        duplicates = duplicates.exclude(pk=exclude_document.pk)
    result.duplicates = list(duplicates.only("id", "title")[:5])
    if result.duplicates:
        result.warnings.append(
            _("The same file is already in the library: %(titles)s.")
            % {"titles": ", ".join(f"“{document.title}”" for document in result.duplicates)}
        )
    return result
