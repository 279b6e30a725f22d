"""Removing stored files that nothing points at any more (a replaced or deleted document's file, a
replaced minutes file). One function, so that a restore bin, if one comes, delays it here."""

from django.db import transaction
from wagtail.tasks import delete_file_from_storage_task


def discard_file(storage, name):
    """Delete `name` from `storage` in a background task once the change that dropped it has
    committed; if it rolls back, the file stays where the database still points."""
    if name:
        deconstructed = storage.deconstruct()
        transaction.on_commit(lambda: delete_file_from_storage_task.enqueue(deconstructed, name))
