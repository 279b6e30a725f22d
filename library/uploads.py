"""Upload checks, in one place for the admin form, Wagtail's document API and the importer."""

import hashlib
import os
import zipfile
from dataclasses import dataclass, field

from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

#: Extensions we always accept because we extract their text; settings may add more.
EXTRACTABLE_EXTENSIONS = ("pdf", "docx", "odt", "txt")
#: Files whose first bytes must match what their extension claims.
SIGNATURES = {
    "pdf": (b"%PDF-",),
    "docx": (b"PK\x03\x04",),
    "xlsx": (b"PK\x03\x04",),
    "pptx": (b"PK\x03\x04",),
    "odt": (b"PK\x03\x04",),
    "ods": (b"PK\x03\x04",),
    "odp": (b"PK\x03\x04",),
    "rtf": (b"{\\rtf",),
}


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
    """Check a file before it enters the library: an allowed type whose content matches its
    extension, not empty, within the size limit. Same content already in the library is a
    warning (with the documents that hold it), not an error. Messages are in the active language."""
    from .models import LibraryDocument

    result = UploadCheck()
    name = os.path.basename(getattr(uploaded, "name", "") or "")
    extension = os.path.splitext(name)[1][1:].lower()
    allowed = allowed_extensions()
    if extension not in allowed:
        result.errors.append(
            _("Files of type “%(extension)s” cannot be added to the library. Allowed types: %(allowed)s.")
            % {"extension": extension or _("none"), "allowed": ", ".join(allowed)}
        )
        return result
    size = uploaded.size
    if not size:
        result.errors.append(_("The file “%(name)s” is empty.") % {"name": name})
        return result
    limit = max_upload_size()
    if limit is not None and size > limit:
        result.errors.append(
            _("The file is too big (%(size)s); the largest allowed is %(limit)s.")
            % {"size": filesizeformat(size), "limit": filesizeformat(limit)}
        )
        return result
    if not content_matches_extension(uploaded, extension):
        result.errors.append(
            _("The file “%(name)s” is not a real %(extension)s file.")
            % {"name": name, "extension": extension.upper()}
        )
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


def content_matches_extension(uploaded, extension):
    uploaded.seek(0)
    head = uploaded.read(8)
    uploaded.seek(0)
    signatures = SIGNATURES.get(extension)
    if signatures and not head.startswith(signatures):
        return False
    if extension in ("docx", "odt"):
        return is_zip_holding(uploaded, "word/document.xml" if extension == "docx" else "content.xml")
    if extension == "txt":
        return b"\x00" not in head
    return True


def is_zip_holding(uploaded, member):
    try:
        with zipfile.ZipFile(uploaded) as archive:
            return member in archive.namelist()
    except zipfile.BadZipFile:
        return False
    finally:
        uploaded.seek(0)
