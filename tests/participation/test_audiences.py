"""Audiences: a person asks, the desk confirms a slot within its capacity, the outcome is kept."""

from datetime import timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from participation.errors import ParticipationError
from participation.models import AudienceRequest, AudienceSlot, AudienceStatus
from participation.services import audiences

pytestmark = pytest.mark.django_db


@pytest.fixture
def slot(staff):
    starts = timezone.now() + timedelta(days=1)
    return audiences.publish_slot(
        user=staff,
        official="Mayor",
        starts_at=starts,
        ends_at=starts + timedelta(hours=2),
        place="Room 12",
        capacity=1,
    )


def ask(name="Ana"):
    return audiences.request_audience(
        data={"official": "Mayor", "name": name, "email": f"{name.lower()}@example.org", "topic": "The park"},
        language="ro",
    )


def test_a_person_asks_on_the_public_page_and_the_desk_confirms_with_an_email(
    client, staff, slot, django_capture_on_commit_callbacks
):
    client.post(
        reverse("participation:audiences"),
        {"official": "Mayor", "name": "Ana", "email": "ana@example.org", "topic": "The park"},
    )
    audience = AudienceRequest.objects.get()
    with django_capture_on_commit_callbacks(execute=True):
        audiences.confirm_audience(audience, slot=slot, user=staff)
    assert "Room 12" in mail.outbox[-1].body and mail.outbox[-1].to == ["ana@example.org"]
    audiences.record_audience_outcome(audience, user=staff, outcome="The park will be cleaned in May.")
    audience.refresh_from_db()
    assert audience.status == AudienceStatus.HELD


def test_a_slot_is_never_confirmed_beyond_its_capacity(staff, slot):
    audiences.confirm_audience(ask("Ana"), slot=slot, user=staff)
    second = ask("Radu")
    with pytest.raises(ParticipationError) as error:
        audiences.confirm_audience(second, slot=slot, user=staff)
    assert error.value.code == "slot_full"
    second.refresh_from_db()
    assert second.status == AudienceStatus.REQUESTED and second.slot is None


def test_reminders_go_out_once_the_day_before(staff, slot, django_capture_on_commit_callbacks):
    audiences.confirm_audience(ask(), slot=slot, user=staff)
    with django_capture_on_commit_callbacks(execute=True):
        assert audiences.send_audience_reminders() == 1
        assert audiences.send_audience_reminders() == 0


def test_a_past_slot_cannot_be_confirmed(staff):
    past = AudienceSlot.objects.create(
        official="Mayor",
        place="Room",
        starts_at=timezone.now() - timedelta(hours=3),
        ends_at=timezone.now() - timedelta(hours=1),
    )
    with pytest.raises(ParticipationError):
        audiences.confirm_audience(ask(), slot=past, user=staff)
