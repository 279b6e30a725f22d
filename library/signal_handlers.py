"""What follows a saved document, wherever it was saved from (the admin's upload views, the API,
the importers): it is kept in its audience's collection, and a new or replaced file has its text
extracted in the background, which reindexes it; any other change is reindexed after the commit."""

from django.db import transaction
from django.db.models.signals import post_save, pre_save

from core import audit

from .audiences import MADE_MEMBERS_ONLY, audience_collection
from .extraction import schedule_extraction
from .models import Audience, LibraryDocument
from .search import index_document


def after_document_saved(sender, instance, raw=False, **kwargs):
    if raw:
        return
    if getattr(instance, "file_changed", False):
        schedule_extraction(instance)
    else:
        transaction.on_commit(lambda: index_document(instance))


def was_public(sender, instance):
    return (
        instance.pk is not None and sender.objects.filter(pk=instance.pk, audience=Audience.PUBLIC).exists()
    )


def file_under_its_audience(sender, instance, raw=False, update_fields=None, **kwargs):
    """Before a document is written, it moves to its audience's collection: the members-only
    collection is the one Wagtail's serve view and API restrict, so a document's audience is only
    real through its collection."""
    if raw:
        return
    collection = audience_collection(instance.audience)
    if instance.collection_id == collection.pk:
        return
    if instance.audience == Audience.MEMBERS and was_public(sender, instance):
        audit.record(MADE_MEMBERS_ONLY, instance)
    instance.collection = collection
    if update_fields is not None and "collection" not in update_fields:
        sender.objects.filter(pk=instance.pk).update(collection=collection)


def connect():
    pre_save.connect(
        file_under_its_audience, sender=LibraryDocument, dispatch_uid="library.file_under_its_audience"
    )
    post_save.connect(
        after_document_saved, sender=LibraryDocument, dispatch_uid="library.after_document_saved"
    )
