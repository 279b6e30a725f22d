"""Search and reference indexes during an import: Wagtail updates both on every save (a queued
task each, several per imported page); the import holds that back and queues one update per
model and few hundred objects once it is done."""

from contextlib import contextmanager

from django.apps import apps
from django.db.models.signals import post_save
from django_tasks import task
from modelsearch import index as search_index
from modelsearch.signal_handlers import post_save_signal_handler
from wagtail.models import Page, ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update

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
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        for model in models:
            post_save.connect(post_save_signal_handler, sender=model)


def schedule_index_update(pks_by_model):
    """`pks_by_model`: {model label: primary keys} of what the import wrote."""
    for label, pks in sorted(pks_by_model.items()):
        pks = sorted(pks)
        for start in range(0, len(pks), CHUNK):
            update_indexes.enqueue(label, pks[start : start + CHUNK])


@task()
def update_indexes(model_label, pks):
    model = apps.get_model(model_label)
    objects = model.objects.filter(pk__in=pks)
    if issubclass(model, Page):
        objects = objects.specific()
    track_references = ReferenceIndex.model_is_indexable(model)
    for obj in objects:
        if search_index.class_is_indexed(type(obj)):
            search_index.insert_or_update_object(obj)
        if track_references:
            ReferenceIndex.create_or_update_for_object(obj)
