"""What each Plone UID became here, and the two ways an item can leave a pass early."""

from collections import defaultdict

from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from wagtail.contrib.redirects.models import Redirect
from wagtail.images import get_image_model
from wagtail.models import Page

from library.models import LibraryDocument

from .models import PloneObject


class Deferred(Exception):
    """The item's parent has not been imported yet; it is taken again in the next round."""


class Skip(Exception):
    """The item is not imported, for the reason given."""


class ObjectMap:
    """Plone UID -> (kind, object id), loaded once and kept in step with PloneObject. `written`
    collects what this run wrote, by model, for the indexes."""

    def __init__(self):
        self.kinds = {}
        self.rows = {}
        self.written = defaultdict(set)
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
        row = self.rows.get(uid)
        # A row seen earlier in this run may have gone with a failed item's rolled-back write.
        if row is None or not PloneObject.objects.filter(pk=row.pk).update(
            updated_at=timezone.now(), **values
        ):
            row = PloneObject.objects.create(uid=uid, **values)
        else:
            for name, value in values.items():
                setattr(row, name, value)
        self.rows[uid] = row
        self.kinds[uid] = (kind, obj.pk)
        self.written[obj._meta.label].add(obj.pk)
