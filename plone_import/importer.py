"""The import itself, pass by pass (see services.py for the entry points).

Passes: (1) index the export (refuses a damaged file before writing); (2) files and images;
(3) pages, parents before children; (4) the text of pages that linked to pages created after
them; (5) links and old addresses as redirects. Each item is written in its own savepoint (committed
a hundred at a time) and keyed on its Plone UID, so a second run updates what changed and creates nothing twice."""

import time
from contextlib import ExitStack
from html import escape

from django.core.exceptions import ValidationError
from django.db import DatabaseError, transaction
from django.utils import translation
from django.utils.translation import gettext as _
from wagtail.images import get_image_model

from integration_site.page_cache import purge_after_commit
from library.models import LibraryDocument

from . import accounts, assets
from .index import ASSET_TYPES, PAGE_TYPES, ExportIndex
from .indexing import deferred_indexing, schedule_index_update
from .mapping import Mapping
from .objects import Deferred, ObjectMap, Skip
from .pages import PageWriter
from .reader import ExportError
from .redirects import RedirectWriter
from .report import Report
from .richtext import RESOLVEUID, Links, Target, convert
from .translations import schedule_linking, translation_groups

#: Items written between two commits. Each item still has its own savepoint, so a failed item
#: leaves nothing behind; a commit per item was the slowest part of large imports on PostgreSQL.
COMMIT_EVERY = 100
WRITE_ERRORS = (ExportError, ValidationError, DatabaseError, OSError, ValueError, TypeError)
MAX_DEFERRAL_ROUNDS = 20


class CommitEvery:
    """A transaction committed every `size` ticks."""

    def __init__(self, size):
        self.size = size
        self.count = 0

    def __enter__(self):
        self.stack = ExitStack()
        self.stack.enter_context(transaction.atomic())
        return self

    def tick(self):
        self.count += 1
        if self.count % self.size == 0:
            self.stack.close()
            self.__enter__()

    def __exit__(self, *exc_info):
        return self.stack.__exit__(*exc_info)


class Importer:
    def __init__(
        self, export, *, mapping=None, dry_run=False, with_accounts=False, user=None, run=None, progress=None
    ):
        self.export = export
        self.mapping = mapping or Mapping()
        self.dry_run = dry_run
        self.with_accounts = with_accounts
        self.user = user
        self.run = run
        self.progress = progress or (lambda phase, done, total: None)
        self.report = Report(source=export.name, export_format=export.format, dry_run=dry_run)
        self.done = set()
        self.refused = set()
        self.needs_links = set()
        self.changed = set()
        self.plone_groups = {}
        self.image_collections = {}

    # The passes --------------------------------------------------------------------------------
    def run_all(self):
        started = time.monotonic()
        self.index = ExportIndex(self.export, self.report).build()
        self.total = len(self.index.entries)
        self.objects = ObjectMap()
        if self.dry_run:
            from .planning import plan

            plan(self)
        else:
            with deferred_indexing():
                self.write_all()
            schedule_index_update(self.objects.written)
            schedule_linking(translation_groups(self))
        self.report.seconds = time.monotonic() - started
        return self.report

    def write_all(self):
        self.pages = PageWriter(self)
        if self.with_accounts:
            self.plone_groups = accounts.import_accounts(self.export.principals(), self.report)
        self.stream("assets", lambda entry: entry.type in ASSET_TYPES, self.import_asset)
        self.import_pages()
        self.relink()
        with transaction.atomic():
            RedirectWriter(self).run()
        for page in self.pages.places.pages():
            self.objects.written[page._meta.label].add(page.pk)
        # Pages were written without Wagtail's publish signals: the shared caches forget every
        # page once, after the commit.
        purge_after_commit()

    def stream(self, phase, wanted, handler):
        """Run `handler(item, entry)` on the wanted items in export order; returns the UIDs deferred."""
        deferred, seen = set(), 0
        with CommitEvery(COMMIT_EVERY) as batch:
            for item in self.export.items():
                entry = self.index.entries.get(item.get("UID"))
                if entry is None or not wanted(entry):
                    continue
                seen += 1
                self.progress(phase, seen, self.total)
                try:
                    handler(item, entry)
                except Deferred:
                    deferred.add(entry.uid)
                batch.tick()
        return deferred

    def import_pages(self):
        wanted = {uid for uid, entry in self.index.entries.items() if entry.type in PAGE_TYPES}
        for _round in range(MAX_DEFERRAL_ROUNDS):
            wanted = self.stream("pages", lambda entry, wanted=wanted: entry.uid in wanted, self.import_page)
            if not wanted:
                return
        for uid in wanted:
            self.report.skip(
                self.index.entries[uid], _("Its parent could not be placed (a loop in the export?).")
            )

    # One item ------------------------------------------------------------------------------------
    def refusal(self, entry):
        """Why an item cannot be imported at all, or None."""
        if entry.language not in self.platform_languages():
            self.report.unknown_languages[entry.language] += 1
            return _("The language “%(language)s” is not one of the platform's languages.") % {
                "language": entry.language
            }
        parent = self.index.entries.get(entry.parent_uid)
        if parent is not None and parent.uid in self.refused:
            return _("Its parent (%(path)s) was not imported.") % {"path": parent.path}
        return None

    def platform_languages(self):
        if not hasattr(self, "_languages"):
            from django.conf import settings

            self._languages = {code for code, _name in settings.LANGUAGES}
        return self._languages

    def unchanged(self, entry):
        row = self.objects.rows.get(entry.uid)
        return row is not None and row.checksum == entry.checksum

    def guarded(self, entry, write):
        """Run `write()` (which returns "created" or "updated") in its own transaction."""
        reason = self.refusal(entry)
        if reason:
            self.refused.add(entry.uid)
            self.report.skip(entry, reason)
            return
        if self.unchanged(entry):
            self.done.add(entry.uid)
            self.report.count("unchanged", entry.type, entry.language)
            return
        try:
            with transaction.atomic():
                action = write()
        except Deferred:
            raise
        except Skip as skip:
            self.refused.add(entry.uid)
            self.report.skip(entry, skip)
            return
        except WRITE_ERRORS as error:
            self.refused.add(entry.uid)
            message = "; ".join(error.messages) if isinstance(error, ValidationError) else str(error)
            self.report.fail(entry, message)
            return
        self.done.add(entry.uid)
        self.changed.add(entry.uid)
        self.report.count(action, entry.type, entry.language)

    def import_asset(self, item, entry):
        def write():
            members_only = self.index.is_members_only(entry) or bool(self.index.readers(entry))
            kind, object_id = self.objects.kind(entry.uid)
            if entry.type == "File":
                existing = (
                    LibraryDocument.objects.filter(pk=object_id).first() if kind == "document" else None
                )
                obj, created = assets.write_document(
                    self.export,
                    item,
                    entry,
                    existing,
                    kind=self.mapping.kind_for(entry, item["subjects"]),
                    members_only=members_only,
                    user=self.user,
                )
                self.objects.record(entry.uid, entry, "document", obj, self.run)
            else:
                value = item.get("image")
                if not isinstance(value, dict):
                    raise Skip(_("The Image has no image data."))
                existing = get_image_model().objects.filter(pk=object_id).first() if kind == "image" else None
                obj, created = assets.write_image(
                    self.export,
                    item,
                    value,
                    entry.title,
                    existing,
                    collection=self.image_collection(members_only),
                )
                self.objects.record(entry.uid, entry, "image", obj, self.run)
            return "created" if created else "updated"

        self.guarded(entry, write)

    def image_collection(self, members_only):
        """Looked up once; one created just now is not kept, as its item's write may be undone."""
        if members_only in self.image_collections:
            return self.image_collections[members_only]
        collection, created = assets.image_collection(members_only)
        if not created:
            self.image_collections[members_only] = collection
        return collection

    def import_page(self, item, entry):
        parent = self.index.entries.get(entry.parent_uid)
        if parent is not None and parent.uid not in self.done and parent.uid not in self.refused:
            if parent.type in PAGE_TYPES or parent.uid in self.index.default_page_of.values():
                raise Deferred
        self.guarded(entry, lambda: self.pages.write(item, entry))

    # Links ---------------------------------------------------------------------------------------
    def links_for(self, item, entry):
        return Links(
            item_url=item.get("@id") or "",
            item_is_folderish=entry.folderish,
            site_root_path=self.index.site_root_path,
            by_uid=self.target,
            by_path=self.target_by_path,
        )

    def target_by_path(self, path):
        uid = self.index.by_path.get(path)
        return self.target(uid) if uid else None

    def target(self, uid, depth=0):
        entry = self.index.entries.get(uid)
        kind, object_id = self.objects.kind(uid)
        if entry is not None and entry.type == "Link" and depth < 5:
            return self.link_target(entry, depth)
        if kind in ("page", "document", "image"):
            return Target(kind, object_id)
        if entry is None or uid in self.refused or entry.type == "Collection":
            return None
        return Target("pending")

    def link_target(self, entry, depth):
        url = (entry.remote_url or "").strip()
        match = RESOLVEUID.search(url)
        if match:
            return self.target(match.group(1).replace("-", "").lower(), depth + 1)
        return Target("url", url=url) if url else None

    def related_html(self, entry):
        """The item's related items as a list of links under a heading in the item's language,
        converted with the text; items that were not imported are left out."""
        links = [
            f'<li><a href="resolveuid/{uid}">{escape(self.index.entries[uid].title)}</a></li>'
            for uid in self.index.related.get(entry.uid, [])
            if self.index.entries[uid].type != "Image" and self.target(uid) is not None
        ]
        if not links:
            return ""
        with translation.override(entry.language):
            heading = _("Related")
        return f"<h2>{escape(heading)}</h2><ul>{''.join(links)}</ul>"

    def convert(self, item, entry):
        conversion = convert(item["html"] + self.related_html(entry), self.links_for(item, entry))
        if conversion.pending:
            self.needs_links.add(entry.uid)  # reported when converted again, in the links pass
        else:
            self.report.links(entry, conversion)
        return conversion

    def relink(self):
        """Convert again the text of pages that linked to pages created after them."""
        if not self.needs_links:
            return
        uids, self.needs_links = self.needs_links, set()
        self.stream("links", lambda entry: entry.uid in uids, self.pages.relink)
