"""What follows a saved document, wherever it was saved from (the admin's upload views, the API,
the importers): a new or replaced file has its text extracted in the background, which reindexes
it; any other change is reindexed after the commit."""

from django.db import transaction
from django.db.models.signals import post_save

from .extraction import schedule_extraction
from .models import LibraryDocument
from .search import index_document


def after_document_saved(sender, instance, raw=False, **kwargs):
    if raw:
        return
    if getattr(instance, "file_changed", False):
        schedule_extraction(instance)
    else:
        transaction.on_commit(lambda: index_document(instance))


def connect():
    post_save.connect(
        after_document_saved, sender=LibraryDocument, dispatch_uid="library.after_document_saved"
    )
