"""Nothing is deleted for good by mistake. Deleting a record of a model listed in BIN_MODELS (a
library document, a meeting, minutes), by any path (admin, API, page, shell), first copies it,
everything its deletion takes with it, and its files into a `BinEntry`. An administrator can
restore it for BIN_RETENTION_DAYS; then `purge_expired()` removes it for good.

Restoring writes the stored rows back as they were (raw saves: no model side effects), puts the
files back and re-links what the deletion had set to NULL."""

import json
from pathlib import PurePosixPath

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core import serializers
from django.db import IntegrityError, connections, models, router, transaction
from django.db.models.deletion import Collector
from django.db.models.signals import pre_delete
from django.utils import timezone

from . import audit
from .context import current_request
from .files import private_files_storage
from .models import BinEntry

DISCARD = "core.discard"
RESTORE = "core.restore"


class RestoreError(Exception):
    pass


def bin_folder(entry_pk):
    """Where an entry's files are kept: with the private files (PRIVATE_MEDIA_ROOT or the bucket),
    so that whichever app server restores it finds them."""
    return f"bin/{entry_pk}"


def kept_models():
    return tuple(apps.get_model(label) for label in settings.BIN_MODELS)


def _cascade(instance, using):
    collector = Collector(using=using, origin=instance)
    collector.collect([instance])
    collector.sort()
    ordered = []
    for instances in collector.data.values():
        ordered.extend(instances)
    for queryset in collector.fast_deletes:
        ordered.extend(queryset)
    # Search index rows are rebuilt on restore, not kept.
    ordered = [obj for obj in ordered if obj._meta.app_label != "wagtailsearch"]
    # Deletion order puts dependents first; writing back needs the reverse.
    ordered.reverse()
    nulled = []
    for (field, _value), groups in collector.field_updates.items():
        for group in groups:
            pks = [obj.pk for obj in group]
            if pks:
                nulled.append([field.model._meta.label, field.attname, pks, getattr(instance, "pk", None)])
    return ordered, nulled


def _file_fields(obj):
    return [field for field in obj._meta.concrete_fields if isinstance(field, models.FileField)]


def _copy_files(objects, folder):
    copied = []
    for obj in objects:
        for field in _file_fields(obj):
            fieldfile = getattr(obj, field.attname)
            if not fieldfile or not fieldfile.storage.exists(fieldfile.name):
                continue
            with fieldfile.storage.open(fieldfile.name, "rb") as source:
                saved = private_files_storage.save(f"{folder}/{len(copied)}", source)
            stored = PurePosixPath(saved).name
            copied.append([obj._meta.label, str(obj.pk), field.attname, fieldfile.name, stored])
    return copied


def _kept_root_of(instance, origin):
    """True when `instance` is what was deleted (not swept along by deleting a kept record,
    which keeps it in its own entry)."""
    origin_model = origin.model if isinstance(origin, models.QuerySet) else type(origin)
    if isinstance(instance, origin_model):
        return True
    return not issubclass(origin_model, kept_models())


def keep_before_delete(sender, instance, using, origin=None, **kwargs):
    if not isinstance(instance, kept_models()) or instance.pk is None:
        return
    if origin is not None and not _kept_root_of(instance, origin):
        return
    objects, nulled = _cascade(instance, using)
    request = current_request()
    user = getattr(request, "user", None) if request is not None else None
    entry = BinEntry.objects.using(using).create(
        content_type=ContentType.objects.db_manager(using).get_for_model(instance),
        object_id=str(instance.pk),
        label=f"{instance._meta.verbose_name}: {instance}"[:255],
        # JSON-encoded then decoded: the Python deserializer reads it back, dates included.
        objects_data=json.loads(serializers.serialize("json", objects)),
        nulled_links=nulled,
        deleted_by=user if user is not None and user.is_authenticated else None,
    )
    entry.files = _copy_files(objects, bin_folder(entry.pk))
    entry.save(update_fields=["files"])
    audit.record(DISCARD, entry, user=user if user is not None and user.is_authenticated else None)


def restore(entry, *, user):
    """Write the entry's records back. Refused (nothing written) when something it refers to has
    gone in the meantime or its place has been taken."""
    from .permissions import require

    require(user, "core.restore_binentry", entry)
    if entry.restored_at is not None:
        raise RestoreError("already")
    using = router.db_for_write(BinEntry)
    root = (entry.content_type.model_class(), entry.object_id)
    try:
        with transaction.atomic(using=using):
            tables = set()
            for deserialized in serializers.deserialize("python", entry.objects_data, using=using):
                obj = type(deserialized.object)
                if obj._base_manager.using(using).filter(pk=deserialized.object.pk).exists():
                    if (obj, str(deserialized.object.pk)) == root:
                        raise RestoreError("taken")
                    continue  # restored already, from another entry
                deserialized.save(using=using)
                tables.add(obj._meta.db_table)
            for label, attname, pks, value in entry.nulled_links:
                model = apps.get_model(label)
                model._base_manager.using(using).filter(pk__in=pks).update(**{attname: value})
            # Foreign keys are checked at commit; check now, so a missing parent refuses here.
            connections[using].check_constraints(table_names=sorted(tables))
            entry.restored_at = timezone.now()
            entry.save(update_fields=["restored_at"])
            audit.record(RESTORE, entry, user=user)
    except IntegrityError as error:
        raise RestoreError("missing") from error
    _put_files_back(entry)
    _reindex(entry)


def _put_files_back(entry):
    for label, _pk, attname, name, stored in entry.files:
        model = apps.get_model(label)
        storage = model._meta.get_field(attname).storage
        source = f"{bin_folder(entry.pk)}/{stored}"
        if private_files_storage.exists(source) and not storage.exists(name):
            with private_files_storage.open(source, "rb") as handle:
                storage.save(name, handle)
    _delete_kept_files(entry)


def _delete_kept_files(entry):
    for _label, _pk, _attname, _name, stored in entry.files:
        private_files_storage.delete(f"{bin_folder(entry.pk)}/{stored}")


def _reindex(entry):
    from wagtail.search import index

    for record in entry.objects_data:
        model = apps.get_model(record["model"])
        if issubclass(model, index.Indexed):
            obj = model._default_manager.filter(pk=record["pk"]).first()
            if obj is not None:
                index.insert_or_update_object(obj)


def purge_expired(now=None):
    """Remove for good what has been in the bin longer than its retention."""
    expired = BinEntry.objects.filter(purge_after__lte=now or timezone.now())
    count = 0
    for entry in expired:
        _delete_kept_files(entry)
        entry.delete()
        count += 1
    return count


def connect():
    for model in kept_models():
        pre_delete.connect(keep_before_delete, sender=model, dispatch_uid=f"core.bin.{model._meta.label}")
