"""Deleting a meeting (with its agenda and minutes) keeps it in the bin; an administrator restores
it whole, file included; nothing else can."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry

from accounts import roles
from coordination import services
from coordination.models import AgendaItem, Meeting, Minutes
from core import bin
from core.files import private_files_storage
from core.models import BinEntry

from .conftest import pdf_upload
from .factories import MeetingFactory


@pytest.fixture
def meeting_with_minutes(coordinator, meeting):
    AgendaItem.objects.create(meeting=meeting, position=1, title="Bugetul")
    services.upload_minutes(meeting, upload=pdf_upload(), user=coordinator)
    return meeting


def test_deleting_a_meeting_keeps_it_and_its_minutes_in_one_bin_entry(meeting_with_minutes):
    meeting_with_minutes.delete()
    assert not Meeting.objects.exists() and not Minutes.objects.exists()
    entry = BinEntry.objects.get()
    assert entry.content_type.model == "meeting"
    models_kept = {record["model"] for record in entry.objects_data}
    assert {"coordination.meeting", "coordination.minutes", "coordination.agendaitem"} <= models_kept
    assert ModelLogEntry.objects.filter(action=bin.DISCARD, object_id=str(entry.pk)).exists()


def test_an_administrator_restores_the_meeting_with_its_agenda_and_file(
    client, make_user, meeting_with_minutes
):
    meeting_pk = meeting_with_minutes.pk
    content = Minutes.objects.get(meeting=meeting_with_minutes).file.read()
    meeting_with_minutes.delete()
    entry = BinEntry.objects.get()
    client.force_login(make_user(superuser=True))
    response = client.post(reverse("core_bin_restore", args=[entry.pk]))
    assert response.status_code == 302
    restored = Meeting.objects.get(pk=meeting_pk)
    assert restored.agenda_items.get().title == "Bugetul"
    assert restored.minutes.file.read() == content
    entry.refresh_from_db()
    assert entry.restored_at is not None
    assert ModelLogEntry.objects.filter(action=bin.RESTORE, object_id=str(entry.pk)).exists()


@pytest.mark.parametrize("role", [None, *roles.ROLES])
def test_nobody_else_sees_the_bin_or_restores(client, make_user, meeting_with_minutes, role):
    meeting_with_minutes.delete()
    entry = BinEntry.objects.get()
    if role:
        client.force_login(make_user(role))
    assert client.get(reverse("core_bin")).status_code in (302, 403)
    assert client.post(reverse("core_bin_restore", args=[entry.pk])).status_code in (302, 403)
    assert not Meeting.objects.exists()


def test_a_restore_whose_parent_is_gone_is_refused_and_writes_nothing(coordinator, make_user, meeting):
    body = meeting.body
    meeting.delete()
    entry = BinEntry.objects.get()
    body.delete()
    with pytest.raises(bin.RestoreError):
        bin.restore(entry, user=make_user(superuser=True))
    assert not Meeting.objects.exists()
    entry.refresh_from_db()
    assert entry.restored_at is None


def test_the_bin_is_emptied_after_its_retention(meeting_with_minutes):
    meeting_with_minutes.delete()
    entry = BinEntry.objects.get()
    kept = [f"{bin.bin_folder(entry.pk)}/{stored}" for *_file, stored in entry.files]
    assert kept and all(private_files_storage.exists(name) for name in kept)
    assert bin.purge_expired() == 0
    assert bin.purge_expired(now=entry.purge_after + timedelta(seconds=1)) == 1
    assert not BinEntry.objects.exists()
    assert not any(private_files_storage.exists(name) for name in kept)


def test_deleting_a_meeting_that_has_none_of_this_still_keeps_it(db):
    meeting = MeetingFactory()
    meeting.delete()
    assert BinEntry.objects.get().purge_after > timezone.now() + timedelta(days=29)
