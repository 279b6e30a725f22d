"""Old addresses: every imported item's Plone path, Plone's own redirects and Plone Links become
permanent redirects (wagtail.contrib.redirects) to the new page, document or image."""

from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.contrib.redirects.models import Redirect
from wagtail.images import get_image_model
from wagtail.models import Page

from library.models import LibraryDocument

from .objects import Skip


class RedirectWriter:
    def __init__(self, importer):
        self.importer = importer

    def run(self):
        for entry in self.importer.index.entries.values():
            if entry.type == "Link":
                self.importer.guarded(entry, lambda entry=entry: self.write_link(entry))
            elif entry.type == "Collection":
                self.importer.report.count("noted", entry.type, entry.language)
                self.importer.report.note(
                    _("Collection %(path)s was not imported: make a listing by hand if needed.")
                    % {"path": entry.path}
                )
        for uid in self.importer.changed:
            entry = self.importer.index.entries[uid]
            if entry.type not in ("Link", "LRF", "LIF"):
                self.add_redirect(entry.path, uid)
        for old, new in (self.importer.export.redirects() or {}).items():
            new_uid = self.importer.index.by_path.get(self.site_path(new))
            if new_uid is None:
                self.importer.report.redirects["plone_unresolved"] += 1
                continue
            self.add_redirect(self.site_path(old), new_uid, counter="plone")

    def site_path(self, path):
        root = self.importer.index.site_root_path
        return path[len(root) :] if root and path.startswith(root + "/") else path

    def redirect_values(self, uid):
        kind, object_id = self.importer.objects.kind(uid)
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
                self.importer.report.redirects[f"{counter}_created"] += 1
            elif any(getattr(redirect, name) != value for name, value in values.items()):
                for name, value in values.items():
                    setattr(redirect, name, value)
                redirect.save()
                self.importer.report.redirects[f"{counter}_updated"] += 1
        return redirect

    def write_link(self, entry):
        target = self.importer.link_target(entry, 0)
        if target is None or target.kind == "pending":
            raise Skip(_("The link's target is not in the export or was not imported."))
        if target.kind == "url":
            values = {"redirect_page_id": None, "redirect_link": target.url[:255]}
        elif target.kind == "page":
            values = {"redirect_page_id": target.id, "redirect_link": ""}
        else:
            values = self.redirect_values_for(target)
        existed = entry.uid in self.importer.objects.rows
        redirect = self.save_redirect(entry.path, values, "links")
        self.importer.objects.record(entry.uid, entry, "redirect", redirect, self.importer.run)
        return "updated" if existed else "created"

    def redirect_values_for(self, target):
        model = LibraryDocument if target.kind == "document" else get_image_model()
        obj = model.objects.get(pk=target.id)
        return {
            "redirect_page_id": None,
            "redirect_link": obj.url if target.kind == "document" else obj.file.url,
        }
