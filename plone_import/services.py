"""Importing a Plone export: `import_export()` is the one entry point (command, admin task).

Passes: (1) index the export (refuses a damaged file before writing); (2) files and images;
(3) pages, parents before children; (4) the text of pages that linked to pages created after
them; (5) links and old addresses as redirects. Each item is written in its own transaction and
keyed on its Plone UID, so a second run updates what changed and creates nothing twice."""

import time

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import DatabaseError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.contrib.redirects.models import Redirect
from wagtail.images import get_image_model
from wagtail.models import Page

from core import audit
from core.permissions import require
from library.models import LibraryDocument

from . import accounts, assets
from .index import ASSET_TYPES, PAGE_TYPES, ExportIndex
from .mapping import Mapping
from .models import ImportRun, PloneObject, RunStatus
from .pages import PageWriter
from .reader import ExportError, open_export
from .report import Report
from .richtext import RESOLVEUID, Links, Target, convert

RUN_IMPORT = "plone_import.run_import"
AUDIT_START = "plone_import.start"
AUDIT_FINISH = "plone_import.finish"
WRITE_ERRORS = (ExportError, ValidationError, DatabaseError, OSError, ValueError, TypeError)
MAX_DEFERRAL_ROUNDS = 20


class Deferred(Exception):
    """The item's parent has not been imported yet; it is taken again in the next round."""


class Skip(Exception):
    """The item is not imported, for the reason given."""


class ObjectMap:
    """Plone UID -> (kind, object id), loaded once and kept in step with PloneObject."""

    def __init__(self):
        self.page_types = set()
        self.kinds = {}
        self.rows = {}
        image_model = get_image_model()
        self.content_types = {
            "document": ContentType.objects.get_for_model(LibraryDocument),
            "image": ContentType.objects.get_for_model(image_model),
            "redirect": ContentType.objects.get_for_model(Redirect),
            "page": ContentType.objects.get_for_model(Page),
        }
        by_id = {content_type.pk: kind for kind, content_type in self.content_types.items()}
        for row in PloneObject.objects.all().only(
            "uid", "content_type_id", "object_id", "checksum", "has_unresolved_links"
        ):
            self.rows[row.uid] = row
            self.kinds[row.uid] = (by_id.get(row.content_type_id, "page"), row.object_id)

    def kind(self, uid):
        return self.kinds.get(uid, (None, None))

    def record(self, uid, entry, kind, obj, run, *, unresolved=False, checksum=None):
        values = {
            "plone_type": entry.type,
            "language": entry.language or "",
            "path": entry.path,
            "content_type": self.content_types[kind],
            "object_id": obj.pk,
            "checksum": checksum or entry.checksum,
            "has_unresolved_links": unresolved,
            "last_run": run,
        }
        row, _created = PloneObject.objects.update_or_create(uid=uid, defaults=values)
        self.rows[uid] = row
        self.kinds[uid] = (kind, obj.pk)


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
            self.pages = PageWriter(self)
            if self.with_accounts:
                self.plone_groups = accounts.import_accounts(self.export.principals(), self.report)
            self.stream("assets", lambda entry: entry.type in ASSET_TYPES, self.import_asset)
            self.import_pages()
            self.relink()
            self.import_links_and_redirects()
        self.report.seconds = time.monotonic() - started
        return self.report

    def stream(self, phase, wanted, handler):
        """Run `handler(item, entry)` on the wanted items in export order; returns the UIDs deferred."""
        deferred, seen = set(), 0
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
        return deferred

    def import_pages(self):
        wanted = {uid for uid, entry in self.index.entries.items() if entry.type in PAGE_TYPES}
        for _round in range(MAX_DEFERRAL_ROUNDS):
            wanted = self.stream("pages", lambda entry: entry.uid in wanted, self.import_page)
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
                    self.export, item, value, entry.title, existing, members_only=members_only
                )
                self.objects.record(entry.uid, entry, "image", obj, self.run)
            return "created" if created else "updated"

        self.guarded(entry, write)

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

    def convert(self, item, entry):
        conversion = convert(item["html"], self.links_for(item, entry))
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

    # Redirects -----------------------------------------------------------------------------------
    def import_links_and_redirects(self):
        for entry in self.index.entries.values():
            if entry.type == "Link":
                self.guarded(entry, lambda entry=entry: self.write_link(entry))
            elif entry.type == "Collection":
                self.report.count("noted", entry.type, entry.language)
                self.report.note(
                    _("Collection %(path)s was not imported: make a listing by hand if needed.")
                    % {"path": entry.path}
                )
        for uid in self.changed:
            entry = self.index.entries[uid]
            if entry.type not in ("Link", "LRF", "LIF"):
                self.add_redirect(entry.path, uid)
        for old, new in (self.export.redirects() or {}).items():
            new_uid = self.index.by_path.get(self.site_path(new))
            if new_uid is None:
                self.report.redirects["plone_unresolved"] += 1
                continue
            self.add_redirect(self.site_path(old), new_uid, counter="plone")

    def site_path(self, path):
        root = self.index.site_root_path
        return path[len(root) :] if root and path.startswith(root + "/") else path

    def redirect_values(self, uid):
        kind, object_id = self.objects.kind(uid)
        if kind == "page":
            return {"redirect_page_id": object_id, "redirect_link": ""}
        if kind == "document":
            document = LibraryDocument.objects.filter(pk=object_id).first()
            return {"redirect_page_id": None, "redirect_link": document.url} if document else None
        if kind == "image":
            image = get_image_model().objects.filter(pk=object_id).first()
            return {"redirect_page_id": None, "redirect_link": image.file.url} if image else None
        return None

    def add_redirect(self, old_path, uid, counter="paths"):
        values = self.redirect_values(uid)
        if not old_path or values is None:
            return None
        if values["redirect_page_id"] and self.same_address(old_path, values["redirect_page_id"]):
            return None  # the page kept its address: a redirect would send a draft's 404 round in a loop
        return self.save_redirect(old_path, values, counter)

    def same_address(self, old_path, page_id):
        page = Page.objects.filter(pk=page_id).first()
        url = page.get_url() if page is not None else None
        return url is not None and Redirect.normalise_path(url) == Redirect.normalise_path(old_path)

    def save_redirect(self, old_path, values, counter):
        old_path = Redirect.normalise_path(old_path)[:255]
        with transaction.atomic():
            redirect = Redirect.objects.filter(old_path=old_path, site=None).first()
            if redirect is None:
                redirect = Redirect.objects.create(old_path=old_path, site=None, is_permanent=True, **values)
                self.report.redirects[f"{counter}_created"] += 1
            elif any(getattr(redirect, name) != value for name, value in values.items()):
                for name, value in values.items():
                    setattr(redirect, name, value)
                redirect.save()
                self.report.redirects[f"{counter}_updated"] += 1
        return redirect

    def write_link(self, entry):
        target = self.link_target(entry, 0)
        if target is None or target.kind == "pending":
            raise Skip(_("The link's target is not in the export or was not imported."))
        if target.kind == "url":
            values = {"redirect_page_id": None, "redirect_link": target.url[:255]}
        elif target.kind == "page":
            values = {"redirect_page_id": target.id, "redirect_link": ""}
        else:
            values = self.redirect_values_for(target)
        existed = entry.uid in self.objects.rows
        redirect = self.save_redirect(entry.path, values, "links")
        self.objects.record(entry.uid, entry, "redirect", redirect, self.run)
        return "updated" if existed else "created"

    def redirect_values_for(self, target):
        model = LibraryDocument if target.kind == "document" else get_image_model()
        obj = model.objects.get(pk=target.id)
        return {
            "redirect_page_id": None,
            "redirect_link": obj.url if target.kind == "document" else obj.file.url,
        }


def import_export(
    path,
    *,
    mapping_path=None,
    dry_run=False,
    with_accounts=False,
    user=None,
    run=None,
    blob_home=None,
    progress=None,
):
    """Import the export at `path`; returns the Report. Raises ExportError when the export (or
    the mapping file) cannot be read; nothing is written then."""
    mapping = Mapping.load(mapping_path)
    export = open_export(path, blob_home=blob_home)
    try:
        importer = Importer(
            export,
            mapping=mapping,
            dry_run=dry_run,
            with_accounts=with_accounts,
            user=user,
            run=run,
            progress=progress,
        )
        return importer.run_all()
    finally:
        export.close()


def execute_run(run, path, *, mapping_path=None, blob_home=None, progress=None):
    """Carry out a recorded ImportRun and store its report (the admin's background task)."""
    ImportRun.objects.filter(pk=run.pk).update(status=RunStatus.RUNNING)
    try:
        report = import_export(
            path,
            mapping_path=mapping_path,
            dry_run=run.dry_run,
            with_accounts=run.import_accounts,
            user=run.requested_by,
            run=run,
            blob_home=blob_home,
            progress=progress,
        )
    except ExportError as error:
        run.status, run.error = RunStatus.FAILED, str(error)
    else:
        run.status, run.report = RunStatus.DONE, report.as_dict()
        run.export_format = report.export_format
    run.finished_at = timezone.now()
    run.save(update_fields=["status", "error", "report", "export_format", "finished_at"])
    audit.record(AUDIT_FINISH, run, user=run.requested_by, data={"status": run.status})
    return run


def start_uploaded_import(user, upload, *, dry_run=False, import_accounts=False):
    """Record an uploaded export and import it in the background. Administrators only: no role
    holds the permission, so only superusers pass."""
    from .tasks import run_uploaded_import

    require(user, RUN_IMPORT)
    run = ImportRun(
        source_name=upload.name[-255:], requested_by=user, dry_run=dry_run, import_accounts=import_accounts
    )
    run.upload.save(upload.name, upload, save=False)
    run.save()
    audit.record(AUDIT_START, run, user=user, data={"dry_run": dry_run, "accounts": import_accounts})
    transaction.on_commit(lambda: run_uploaded_import.enqueue(run.pk))
    return run
