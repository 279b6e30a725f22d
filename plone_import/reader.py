"""Reading a Plone export item by item, whatever its layout:

- collective.exportimport: a folder (or a ZIP of it, or the content file alone) with the content
  as one JSON array (`Plone.json`, or numbered files `1.json`, `2.json`... when exported as
  separate files) and the other exports as `export_<name>.json`. Blobs are base-64 strings or
  paths into a copy of the blob storage (`blobstorage/` beside the files, or `--blob-home`).
- plone.exportimport (Plone 6.1+): a folder or ZIP with `content/__metadata__.json`,
  `content/<uid>/data.json` (blobs beside it) and `translations.json`, `relations.json`,
  `principals.json`, `redirects.json` at the top.

The content array is streamed with ijson, so memory stays flat however large the export; a
damaged or truncated file raises ExportError, which the importer meets in its first pass, before
it writes anything."""

import base64
import binascii
import json
import os
import zipfile
from pathlib import Path, PurePosixPath

import ijson
from django.utils.translation import gettext as _

from .normalise import normalise_item

COLLECTIVE_SIDE_FILES = {
    "translations": "export_translations.json",
    "default_pages": "export_defaultpages.json",
    "local_roles": "export_localroles.json",
    "ordering": "export_ordering.json",
    "relations": "export_relations.json",
    "redirects": "export_redirects.json",
    "principals": "export_members.json",
}
EXPORTIMPORT_SIDE_FILES = {
    "translations": "translations.json",
    "relations": "relations.json",
    "redirects": "redirects.json",
    "principals": "principals.json",
}
METADATA = "content/__metadata__.json"


class ExportError(Exception):
    """The export cannot be read; the message says why, in the user's language."""


class Source:
    """Files of an export, in a folder or a ZIP (optionally inside one top-level folder)."""

    def __init__(self, path):
        self.path = Path(path)
        self.archive = None
        self.prefix = ""
        if self.path.is_file() and zipfile.is_zipfile(self.path):
            self.archive = zipfile.ZipFile(self.path)
            names = [name for name in self.archive.namelist() if not name.startswith("__MACOSX")]
            tops = {name.split("/", 1)[0] for name in names}
            if len(tops) == 1 and all("/" in name for name in names):
                self.prefix = tops.pop() + "/"
            self.names = {name[len(self.prefix) :] for name in names if not name.endswith("/")}
        elif self.path.is_dir():
            self.names = None
        else:
            raise ExportError(
                _("“%(name)s” is neither a folder nor a ZIP file of a Plone export.")
                % {"name": self.path.name}
            )

    def exists(self, name):
        if self.archive is not None:
            return name in self.names
        return (self.path / name).is_file()

    def open(self, name):
        if self.archive is not None:
            return self.archive.open(self.prefix + name)
        return open(self.path / name, "rb")

    def top_level_json(self):
        if self.archive is not None:
            return sorted(name for name in self.names if "/" not in name and name.endswith(".json"))
        return sorted(
            entry.name for entry in self.path.iterdir() if entry.suffix == ".json" and entry.is_file()
        )

    def numbered_json(self, folder):
        if self.archive is not None:
            found = [name for name in self.names if name.startswith(folder + "/") and name.count("/") == 1]
        else:
            found = [f"{folder}/{entry.name}" for entry in (self.path / folder).glob("*.json")]
        numbered = [name for name in found if PurePosixPath(name).stem.isdecimal()]
        return sorted(numbered, key=lambda name: int(PurePosixPath(name).stem))

    def subfolders(self):
        if self.archive is not None:
            return sorted({name.split("/", 1)[0] for name in self.names if "/" in name})
        return sorted(entry.name for entry in self.path.iterdir() if entry.is_dir())

    def close(self):
        if self.archive is not None:
            self.archive.close()


def damaged(name, error):
    return ExportError(
        _("The file “%(name)s” is damaged or incomplete, so nothing was imported (%(detail)s).")
        % {"name": name, "detail": str(error)[:200]}
    )


def load_json(source, name, default):
    if not source.exists(name):
        return default
    with source.open(name) as handle:
        try:
            return json.load(handle)
        except (ValueError, UnicodeDecodeError) as error:
            raise damaged(name, error) from None


class Export:
    """One Plone export. `items()` yields normalised items one at a time; the side exports are
    small and loaded whole (translations, default pages, local roles, redirects, members)."""

    format = None

    def __init__(self, source, blob_home=None):
        self.source = source
        self.blob_home = Path(blob_home) if blob_home else None

    @property
    def name(self):
        return self.source.path.name

    def close(self):
        self.source.close()

    def stream(self, name, prefix="item"):
        with self.source.open(name) as handle:
            try:
                yield from ijson.items(handle, prefix, use_float=True)
            except (ijson.JSONError, ijson.IncompleteJSONError, UnicodeDecodeError) as error:
                raise damaged(name, error) from None

    def read_blob(self, item, value):
        """The bytes of a file or image field, or ExportError with the reason."""
        if value.get("encoding") == "base64" and "data" in value:
            try:
                return base64.b64decode(value["data"], validate=True)
            except (binascii.Error, ValueError):
                raise ExportError(_("The file data is not valid base-64.")) from None
        if isinstance(value.get("data"), str):
            return value["data"].encode("utf-8")
        blob_path = value.get("blob_path")
        if not blob_path:
            raise ExportError(_("The file was exported as a download link, without its data."))
        return self.read_blob_path(blob_path)


class CollectiveExport(Export):
    format = "collective.exportimport"

    def __init__(self, source, content_files, blob_home=None):
        super().__init__(source, blob_home)
        self.content_files = content_files

    def items(self):
        for name in self.content_files:
            if name.count("/"):  # one item per numbered file
                for raw in self.stream(name, prefix=""):
                    yield normalise_item(raw, self.format)
            else:
                for raw in self.stream(name):
                    yield normalise_item(raw, self.format)

    def side(self, kind):
        default = {} if kind in ("redirects", "principals") else []
        return load_json(self.source, COLLECTIVE_SIDE_FILES[kind], default)

    def translations(self):
        return [group for group in self.side("translations") if isinstance(group, dict)]

    def default_pages(self):
        return {
            entry["uuid"]: entry.get("default_page_uuid")
            for entry in self.side("default_pages")
            if isinstance(entry, dict) and entry.get("uuid")
        }

    def local_roles(self):
        return {
            entry["uuid"]: {"local_roles": entry.get("localroles") or {}, "block": bool(entry.get("block"))}
            for entry in self.side("local_roles")
            if isinstance(entry, dict) and entry.get("uuid")
        }

    def ordering(self):
        return {
            entry["uuid"]: entry.get("order")
            for entry in self.side("ordering")
            if isinstance(entry, dict) and entry.get("uuid")
        }

    def redirects(self):
        return self.side("redirects")

    def relations(self):
        return [entry for entry in self.side("relations") if isinstance(entry, dict)]

    def principals(self):
        return self.side("principals")

    def read_blob_path(self, blob_path):
        candidates = []
        if os.path.isabs(blob_path):
            candidates.append(Path(blob_path))
        if self.blob_home:
            candidates.append(self.blob_home / blob_path)
        inside = f"blobstorage/{blob_path}"
        if self.source.exists(inside):
            with self.source.open(inside) as handle:
                return handle.read()
        for candidate in candidates:
            if candidate.is_file():
                return candidate.read_bytes()
        raise ExportError(
            _(
                "The blob “%(path)s” is not in the export's blobstorage folder (give the old blob storage "
                "with --blob-home)."
            )
            % {"path": blob_path}
        )


class ExportImportExport(Export):
    format = "plone.exportimport"

    def __init__(self, source, blob_home=None):
        super().__init__(source, blob_home)
        self.metadata = load_json(source, METADATA, None)
        if not isinstance(self.metadata, dict) or "_data_files_" not in self.metadata:
            raise ExportError(_("content/__metadata__.json does not list the content files."))

    def items(self):
        for name in self.metadata["_data_files_"]:
            path = f"content/{name}"
            if not self.source.exists(path):
                raise ExportError(
                    _("The content file “%(name)s” listed in the metadata is missing.") % {"name": path}
                )
            yield normalise_item(load_json(self.source, path, None), self.format)

    def translations(self):
        groups = []
        for entry in load_json(self.source, "translations.json", []):
            if isinstance(entry, dict) and "translations" in entry:
                groups.append({"__canonical__": entry.get("canonical"), **entry["translations"]})
        return groups

    def default_pages(self):
        return {
            uid: info.get("default_page_uuid")
            for uid, info in (self.metadata.get("default_page") or {}).items()
        }

    def local_roles(self):
        return {
            uid: {"local_roles": info.get("local_roles") or {}, "block": bool(info.get("block"))}
            for uid, info in (self.metadata.get("local_roles") or {}).items()
        }

    def ordering(self):
        return self.metadata.get("ordering") or {}

    def redirects(self):
        return load_json(self.source, "redirects.json", {})

    def relations(self):
        return [entry for entry in load_json(self.source, "relations.json", []) if isinstance(entry, dict)]

    def principals(self):
        return load_json(self.source, "principals.json", {})

    def read_blob_path(self, blob_path):
        path = f"content/{blob_path}"
        if not self.source.exists(path):
            raise ExportError(_("The file “%(path)s” is missing from the export.") % {"path": path})
        with self.source.open(path) as handle:
            return handle.read()


def open_export(path, blob_home=None):
    """Recognise the export at `path` (folder, ZIP or content JSON file) and return its reader."""
    path = Path(path)
    if not path.exists():
        raise ExportError(_("“%(path)s” does not exist.") % {"path": path})
    if path.is_file() and path.suffix.lower() == ".json":
        return CollectiveExport(Source(path.parent), [path.name], blob_home)
    source = Source(path)
    if source.exists(METADATA):
        return ExportImportExport(source, blob_home)
    side_names = set(COLLECTIVE_SIDE_FILES.values()) | {"errors.json"}
    content = [name for name in source.top_level_json() if name not in side_names]
    if not content:
        for folder in source.subfolders():
            content = source.numbered_json(folder)
            if content:
                break
    if not content:
        source.close()
        raise ExportError(
            _(
                "No Plone export found: expected content/__metadata__.json (plone.exportimport) or a "
                "content file such as Plone.json (collective.exportimport)."
            )
        )
    return CollectiveExport(source, content, blob_home)
