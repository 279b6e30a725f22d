"""Audiences: publish hours, ask for an audience, confirm a slot (never over its capacity),
decline, record the outcome. Reminders go out with the daily due-case alerts."""

from django.db import transaction
from django.utils import timezone

from core.audit import record
from core.notify import notify

from ..access import require
from ..errors import ParticipationError
from ..models import AudienceRequest, AudienceSlot, AudienceStatus

HANDLE = "participation.handle_case"


def publish_slot(*, user, official, starts_at, ends_at, place, capacity=1, request=None):
    require(user, HANDLE)
    if ends_at <= starts_at:
        raise ParticipationError("slot_times")
    with transaction.atomic():
        slot = AudienceSlot.objects.create(
            official=official, starts_at=starts_at, ends_at=ends_at, place=place, capacity=capacity
        )
        record("participation.audience_slot", slot, user=user, request=request)
    return slot


def request_audience(*, data, language, request=None):
    values = {
        field: (data.get(field) or "").strip() for field in ("official", "name", "email", "phone", "topic")
    }
    if not (values["official"] and values["name"] and values["email"] and values["topic"]):
        raise ParticipationError("comment_required")
    with transaction.atomic():
        audience = AudienceRequest.objects.create(**values, language=language[:10])
        record("participation.audience_request", audience, request=request)
    return audience


def _tell(audience, template, **context):
    notify(
        to=audience.email,
        template_prefix=f"participation/email/audience_{template}",
        context={"official": audience.official, "topic": audience.topic[:200], **context},
        language=audience.language,
    )


def confirm_audience(audience, *, slot, user, request=None):
    require(user, HANDLE, audience)
    with transaction.atomic():
        slot = AudienceSlot.objects.select_for_update().get(pk=slot.pk)
        audience = AudienceRequest.objects.select_for_update().get(pk=audience.pk)
        if audience.status != AudienceStatus.REQUESTED:
            raise ParticipationError("not_open")
        if slot.starts_at <= timezone.now():
            raise ParticipationError("slot_past")
        taken = slot.requests.filter(status=AudienceStatus.CONFIRMED).count()
        if taken >= slot.capacity:
            raise ParticipationError("slot_full")
        audience.slot, audience.status, audience.handled_by = slot, AudienceStatus.CONFIRMED, user
        audience.save(update_fields=["slot", "status", "handled_by"])
        record("participation.audience_confirm", audience, user=user, request=request, data={"slot": slot.pk})
        _tell(
            audience,
            "confirmed",
            starts_at=timezone.localtime(slot.starts_at).strftime("%Y-%m-%d %H:%M"),
            place=slot.place,
        )
    return audience


def decline_audience(audience, *, user, reason, request=None):
    require(user, HANDLE, audience)
    reason = (reason or "").strip()
    if not reason:
        raise ParticipationError("reason_required")
    with transaction.atomic():
        audience = AudienceRequest.objects.select_for_update().get(pk=audience.pk)
        if audience.status != AudienceStatus.REQUESTED:
            raise ParticipationError("not_open")
        audience.status, audience.outcome, audience.handled_by = AudienceStatus.DECLINED, reason, user
        audience.save(update_fields=["status", "outcome", "handled_by"])
        record("participation.audience_decline", audience, user=user, request=request)
        _tell(audience, "declined", reason=reason)
    return audience


def record_audience_outcome(audience, *, user, outcome, request=None):
    require(user, HANDLE, audience)
    outcome = (outcome or "").strip()
    if not outcome:
        raise ParticipationError("reason_required")
    with transaction.atomic():
        audience = AudienceRequest.objects.select_for_update().get(pk=audience.pk)
        if audience.status != AudienceStatus.CONFIRMED:
            raise ParticipationError("not_open")
        audience.status, audience.outcome, audience.handled_by = AudienceStatus.HELD, outcome, user
        audience.save(update_fields=["status", "outcome", "handled_by"])
        record("participation.audience_outcome", audience, user=user, request=request)
    return audience


def send_audience_reminders(today=None):
    """The day before a confirmed audience, remind the person (idempotent per day via the log)."""
    from datetime import timedelta

    from wagtail.models import ModelLogEntry

    tomorrow = (today or timezone.localdate()) + timedelta(days=1)
    due = AudienceRequest.objects.filter(status=AudienceStatus.CONFIRMED, slot__starts_at__date=tomorrow)
    reminded = set(
        ModelLogEntry.objects.filter(
            action="participation.audience_reminder",
            object_id__in=[str(pk) for pk in due.values_list("pk", flat=True)],
        ).values_list("object_id", flat=True)
    )
    count = 0
    with transaction.atomic():
        for audience in due.select_related("slot"):
            if str(audience.pk) in reminded:
                continue
            _tell(
                audience,
                "reminder",
                starts_at=timezone.localtime(audience.slot.starts_at).strftime("%Y-%m-%d %H:%M"),
                place=audience.slot.place,
            )
            record("participation.audience_reminder", audience)
            count += 1
    return count
