"""Old addresses: every imported item's Plone path, Plone's own redirects and Plone Links become
permanent redirects (wagtail.contrib.redirects) to the new page, document or image."""

from collections import defaultdict

from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.contrib.redirects.models import Redirect
from wagtail.images import get_image_model
from wagtail.models import Page

from library.models import LibraryDocument

from .objects import Skip

CHUNK = 500


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
        wanted = []
        for uid in self.importer.changed:
            entry = self.importer.index.entries[uid]
            if entry.type not in ("Link", "LRF", "LIF"):
                wanted.append((entry.path, uid, "paths"))
        for old, new in (self.importer.export.redirects() or {}).items():
            new_uid = self.importer.index.by_path.get(self.site_path(new))
            if new_uid is None:
                self.importer.report.redirects["plone_unresolved"] += 1
                continue
            wanted.append((self.site_path(old), new_uid, "plone"))
        for start in range(0, len(wanted), CHUNK):
            self.write_many(wanted[start : start + CHUNK])

    def site_path(self, path):
        root = self.importer.index.site_root_path
        return path[len(root) :] if root and path.startswith(root + "/") else path

    def targets(self, uids):
        """{uid: (redirect values, the page's own address or None)} for the imported objects (a
        folder and its default page share one page)."""
        ids = {"page": defaultdict(list), "document": defaultdict(list), "image": defaultdict(list)}
        for uid in uids:
            kind, object_id = self.importer.objects.kind(uid)
            if kind in ids:
                ids[kind][object_id].append(uid)
        found = {}
        for page in Page.objects.filter(pk__in=list(ids["page"])).select_related("locale"):
            for uid in ids["page"][page.pk]:
                found[uid] = ({"redirect_page_id": page.pk, "redirect_link": ""}, page.get_url())
        for document in LibraryDocument.objects.filter(pk__in=list(ids["document"])):
            for uid in ids["document"][document.pk]:
                found[uid] = ({"redirect_page_id": None, "redirect_link": document.url}, None)
        for image in get_image_model().objects.filter(pk__in=list(ids["image"])):
            for uid in ids["image"][image.pk]:
                found[uid] = ({"redirect_page_id": None, "redirect_link": image.file.url}, None)
        return found

    def write_many(self, wanted):
        """Redirects for [(old path, uid, counter)], in a few queries."""
        targets = self.targets({uid for _path, uid, _counter in wanted})
        chosen = {}
        for old_path, uid, counter in wanted:
            if not old_path or uid not in targets:
                continue
            values, own_url = targets[uid]
            normalised = Redirect.normalise_path(old_path)
            if own_url is not None and Redirect.normalise_path(own_url) == normalised:
                continue  # the page kept its address: a redirect would send a draft's 404 round in a loop
            chosen[normalised[:255]] = (values, counter)
        existing = {
            redirect.old_path: redirect
            for redirect in Redirect.objects.filter(site=None, old_path__in=list(chosen))
        }
        created, changed = [], []
        for old_path, (values, counter) in chosen.items():
            redirect = existing.get(old_path)
            if redirect is None:
                created.append(Redirect(old_path=old_path, site=None, is_permanent=True, **values))
                self.importer.report.redirects[f"{counter}_created"] += 1
            elif any(getattr(redirect, name) != value for name, value in values.items()):
                for name, value in values.items():
                    setattr(redirect, name, value)
                changed.append(redirect)
                self.importer.report.redirects[f"{counter}_updated"] += 1
        Redirect.objects.bulk_create(created)
        Redirect.objects.bulk_update(changed, ["redirect_page", "redirect_link"])

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
