"""A replaced draft-minutes file, or the file of a deleted meeting's minutes, leaves the disk once
the change has committed; nothing is removed when the change rolls back."""

import pytest
from django.db import transaction

from coordination import services
from coordination.models import Minutes

from .conftest import pdf_upload

pytestmark = pytest.mark.django_db


def stored(fieldfile):
    return fieldfile.storage.exists(fieldfile.name)


def test_a_replaced_minutes_file_is_removed_after_commit(
    coordinator, meeting, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        first = services.upload_minutes(meeting, upload=pdf_upload("v1.pdf"), user=coordinator).file
    assert stored(first)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        second = services.upload_minutes(meeting, upload=pdf_upload("v2.pdf"), user=coordinator).file
    assert stored(first), "removed before the commit"
    for callback in callbacks:
        callback()
    assert not stored(first) and stored(second)
    assert Minutes.objects.get().file.name == second.name


def test_nothing_is_removed_when_the_replacement_rolls_back(
    coordinator, meeting, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        first = services.upload_minutes(meeting, upload=pdf_upload("v1.pdf"), user=coordinator).file
    with django_capture_on_commit_callbacks(execute=True), pytest.raises(RuntimeError), transaction.atomic():
        services.upload_minutes(meeting, upload=pdf_upload("v2.pdf"), user=coordinator)
        raise RuntimeError("the request failed after the upload")
    assert stored(first) and Minutes.objects.get().file.name == first.name


def test_deleting_a_meeting_removes_its_minutes_file(
    coordinator, meeting, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        file = services.upload_minutes(meeting, upload=pdf_upload(), user=coordinator).file
    with django_capture_on_commit_callbacks(execute=True):
        meeting.delete()
    assert not stored(file)
