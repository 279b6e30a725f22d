"""Importing a folder of files with a CSV manifest of their metadata (see the import_library
command for the columns). Each row goes through the same upload checks as the admin form; a row
that fails is reported with its number and reason, the others are imported. Re-running is safe:
a file whose content is already in the library is skipped."""

import csv
import datetime
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files import File
from django.utils.translation import gettext as _

from home.topics import Topic

from .models import Audience, DocumentKind, LibraryDocument
from .services import add_checked_document, supersede
from .uploads import sha256_of

REQUIRED_COLUMNS = ("file", "title", "kind")
LIST_SEPARATOR = ";"


@dataclass
class ImportReport:
    imported: list = field(default_factory=list)
    skipped: list = field(default_factory=list)
    failed: list = field(default_factory=list)

    def fail(self, row_number, reason):
        self.failed.append((row_number, reason))


class RowError(Exception):
    pass


def split_list(value):
    return [
        item.strip()
        for item in (value or "").replace(",", LIST_SEPARATOR).split(LIST_SEPARATOR)
        if item.strip()
    ]


def choice(value, allowed, what):
    if value not in allowed:
        raise RowError(
            _("“%(value)s” is not a valid %(what)s (expected one of: %(allowed)s).")
            % {"value": value, "what": what, "allowed": ", ".join(allowed)}
        )
    return value


def row_fields(row):
    """The document's metadata from a manifest row, or RowError with the reason."""
    missing = [column for column in REQUIRED_COLUMNS if not (row.get(column) or "").strip()]
    if missing:
        raise RowError(_("Missing value in column(s): %(columns)s.") % {"columns": ", ".join(missing)})
    languages = dict(settings.LANGUAGES)
    published = (row.get("publication_date") or "").strip()
    try:
        publication_date = datetime.date.fromisoformat(published) if published else None
    except ValueError:
        raise RowError(_("“%(value)s” is not a date like 2024-03-31.") % {"value": published}) from None
    return {
        "title": row["title"].strip()[:255],
        "kind": choice(row["kind"].strip(), DocumentKind.values, _("kind")),
        "audience": choice((row.get("audience") or Audience.PUBLIC).strip(), Audience.values, _("audience")),
        "summary": (row.get("summary") or "").strip(),
        "issuer": (row.get("issuer") or "").strip()[:200],
        "publication_date": publication_date,
        "languages": [
            choice(code, list(languages), _("language")) for code in split_list(row.get("languages"))
        ],
        "topics": [choice(topic, Topic.values, _("topic")) for topic in split_list(row.get("topics"))],
        "translations": {
            code: {
                "title": (row.get(f"title_{code}") or "").strip()[:255],
                "summary": (row.get(f"summary_{code}") or "").strip(),
            }
            for code in languages
            if row.get(f"title_{code}") or row.get(f"summary_{code}")
        },
    }


def file_in_folder(folder, name):
    """The manifest's file, refusing paths that leave the folder."""
    path = (folder / name.strip()).resolve()
    if not path.is_relative_to(folder):
        raise RowError(_("The file “%(name)s” is outside the folder.") % {"name": name})
    if not path.is_file():
        raise RowError(_("The file “%(name)s” does not exist in the folder.") % {"name": name})
    return path


def import_row(folder, row, uploaded_by):
    """Import one row; returns (document, created)."""
    fields = row_fields(row)
    path = file_in_folder(folder, row["file"])
    with path.open("rb") as handle:
        existing = LibraryDocument.objects.filter(sha256=sha256_of(handle)).first()
        if existing is not None:
            return existing, False
        try:
            document, _warnings = add_checked_document(
                file=File(handle, name=path.name), uploaded_by=uploaded_by, **fields
            )
        except ValidationError as error:
            raise RowError(" ".join(error.messages)) from None
    return document, True


def import_library(folder, manifest, *, uploaded_by=None):
    folder = Path(folder).resolve()
    report = ImportReport()
    by_file, newer_versions = {}, {}
    with open(manifest, newline="", encoding="utf-8-sig") as handle:
        reader = csv.DictReader(handle)
        missing_columns = set(REQUIRED_COLUMNS) - set(reader.fieldnames or ())
        if missing_columns:
            report.fail(
                1,
                _("The manifest has no column(s): %(columns)s.")
                % {"columns": ", ".join(sorted(missing_columns))},
            )
            return report
        for row_number, row in enumerate(reader, start=2):
            try:
                document, created = import_row(folder, row, uploaded_by)
            except RowError as error:
                report.fail(row_number, str(error))
                continue
            (report.imported if created else report.skipped).append((row_number, document))
            by_file[row["file"].strip()] = document
            if (row.get("superseded_by") or "").strip():
                newer_versions[row_number] = (document, row["superseded_by"].strip())
    for row_number, (document, newer_file) in newer_versions.items():
        newer = by_file.get(newer_file)
        if newer is None:
            report.fail(
                row_number,
                _("“%(name)s” (superseded by) is not a file of this manifest.") % {"name": newer_file},
            )
            continue
        try:
            supersede(document, newer)
        except ValidationError as error:
            report.fail(row_number, " ".join(error.messages))
    return report
