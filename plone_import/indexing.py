"""Search and reference indexes during an import: Wagtail updates both on every save (a queued
task each, several per imported page); the import holds that back and queues one update per
model and few hundred objects once it is done. Likewise the shared page cache, which each saved
library document or view restriction would purge: the import purges it once at the end."""

from collections import defaultdict
from contextlib import contextmanager

from django.apps import apps
from django.conf import settings
from django.db.models.signals import post_save
from django_tasks import task
from modelsearch import index as search_index
from modelsearch.backends import get_search_backends
from modelsearch.signal_handlers import post_save_signal_handler
from wagtail.models import Page, ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update

from integration_site.page_cache import purge_after_commit

CHUNK = 500


@contextmanager
def deferred_indexing():
    """While the import runs, saves leave the indexes alone (for the whole process: the import
    runs in the command or the task worker)."""
    models = [
        model for model in search_index.get_indexed_models() if getattr(model, "search_auto_update", True)
    ]
    for model in models:
        post_save.disconnect(post_save_signal_handler, sender=model)
    # The receivers integration_site.page_cache.connect_purges() connected, by their dispatch_uid.
    purges = [
        (model, f"page_cache_purge_save_{model}")
        for model in settings.PAGE_CACHE_PURGED_BY
        if post_save.disconnect(sender=model, dispatch_uid=f"page_cache_purge_save_{model}")
    ]
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        for model in models:
            post_save.connect(post_save_signal_handler, sender=model)
        for model, dispatch_uid in purges:
            post_save.connect(purge_after_commit, sender=model, dispatch_uid=dispatch_uid)


def schedule_index_update(pks_by_model):
    """`pks_by_model`: {model label: primary keys} of what the import wrote."""
    for label, pks in sorted(pks_by_model.items()):
        pks = sorted(pks)
        for start in range(0, len(pks), CHUNK):
            update_indexes.enqueue(label, pks[start : start + CHUNK])


@task()
def update_indexes(model_label, pks):
    """One bulk write per model into the search index (adding objects one by one makes the
    database backend recompute its title statistics over the whole index each time)."""
    model = apps.get_model(model_label)
    objects = model.objects.filter(pk__in=pks)
    if issubclass(model, Page):
        objects = objects.specific()
    objects = list(objects)
    indexed = defaultdict(list)
    for obj in objects:
        instance = obj.get_indexed_instance() if search_index.class_is_indexed(type(obj)) else None
        if instance is not None:
            indexed[type(instance)].append(instance)
    for backend in get_search_backends(with_auto_update=True):
        for indexed_model, instances in indexed.items():
            backend.add_bulk(indexed_model, instances)
    if ReferenceIndex.model_is_indexable(model):
        for obj in objects:
            ReferenceIndex.create_or_update_for_object(obj)
