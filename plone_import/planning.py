"""The dry run: what an import would do, item by item, without writing anything. Every item is
read (blobs decoded, rich text converted) so that the report names the same problems a real
run would meet, except those only the database can reveal."""

from django.utils.translation import gettext as _

from library.uploads import allowed_extensions

from .assets import blob_name
from .index import ASSET_TYPES, PAGE_TYPES
from .reader import ExportError
from .richtext import Target, convert

TARGET_KINDS = {"File": "document", "Image": "image"}


def plan(importer):
    index, report = importer.index, importer.report
    extensions = set(allowed_extensions())

    def would_be(uid):
        entry = index.entries.get(uid)
        if entry is None or entry.type == "Collection" or entry.language not in importer.platform_languages():
            return None
        if entry.type == "Link":
            return Target("url", url=entry.remote_url or "")
        return Target(TARGET_KINDS.get(entry.type, "page"), 0)

    def by_path(path):
        uid = index.by_path.get(path)
        return would_be(uid) if uid else None

    for item in importer.export.items():
        entry = index.entries.get(item.get("UID"))
        if entry is None:
            continue
        importer.progress("plan", report.actions.total(), importer.total)
        reason = importer.refusal(entry)
        if reason:
            importer.refused.add(entry.uid)
            report.skip(entry, reason)
            continue
        if entry.type == "Collection":
            report.count("noted", entry.type, entry.language)
            continue
        try:
            check(importer.export, item, entry, extensions)
        except ExportError as error:
            importer.refused.add(entry.uid)
            report.fail(entry, error)
            continue
        if entry.type in PAGE_TYPES and item["html"]:
            links = importer.links_for(item, entry)
            links.by_uid, links.by_path = would_be, by_path
            report.links(entry, convert(item["html"], links))
        row = importer.objects.rows.get(entry.uid)
        action = "created" if row is None else "unchanged" if row.checksum == entry.checksum else "updated"
        report.count(action, entry.type, entry.language)


def check(export, item, entry, extensions):
    if entry.type not in ASSET_TYPES:
        return
    value = item.get("file" if entry.type == "File" else "image")
    if not isinstance(value, dict):
        raise ExportError(_("The item has no file data."))
    name = blob_name(item, value)
    extension = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if entry.type == "File" and extension not in extensions:
        raise ExportError(
            _("Files of type “%(extension)s” cannot be added to the library.")
            % {"extension": extension or "?"}
        )
    export.read_blob(item, value)
