"""Slots and bookings. A newcomer books without an account: an e-mail address or a phone number
they confirm through the link sent to it (the centre may also call a phone number back to
confirm). Nothing else is required. Reminders go by e-mail and by text message, in the language
the person booked in."""

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation

from core import links
from core.audit import record
from core.notify import notify
from core.sms import send_sms

from ..access import require, works_at
from ..choices import AppointmentStatus
from ..errors import CaseworkError
from ..models import Appointment, Slot
from ..models.appointments import HOLDING

BOOKING_PURPOSE = "casework.appointment"
#: An unconfirmed online booking holds its place this long.
UNVERIFIED_HOLD = timedelta(hours=2)
LINK_MAX_AGE = 60 * 60 * 24 * 60


def appointment_token(appointment):
    return links.sign(BOOKING_PURPOSE, appointment.pk)


def appointment_from_token(token):
    try:
        pk = links.unsign(BOOKING_PURPOSE, token, max_age=LINK_MAX_AGE)
    except links.LinkInvalid:
        return None
    return Appointment.objects.select_related("slot__centre").filter(pk=pk).first()


def _booking_link(appointment, name):
    with translation.override(
        appointment.language if appointment.language in dict(settings.LANGUAGES) else None
    ):
        return links.absolute_url(reverse(name, args=[appointment_token(appointment)]))


def _mail_language(appointment):
    return (
        appointment.language if appointment.language in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE
    )


def _mail_context(appointment):
    return {
        "centre": appointment.slot.centre.name,
        "address": appointment.slot.centre.address,
        "starts_at": timezone.localtime(appointment.slot.starts_at).strftime("%Y-%m-%d %H:%M"),
        "mode": appointment.mode,
        "cancel_url": _booking_link(appointment, "casework:booking_cancel"),
    }


@transaction.atomic
def create_slot(user, centre, *, starts_at, ends_at, capacity=1, request=None):
    require(user, "casework.add_slot", centre)
    if ends_at <= starts_at:
        raise CaseworkError("slot_times")
    if starts_at <= timezone.now():
        raise CaseworkError("slot_past")
    slot = Slot(centre=centre, starts_at=starts_at, ends_at=ends_at, capacity=capacity)
    slot.full_clean()
    slot.save()
    record("casework.add_slots", slot, user=user, request=request)
    return slot


def may_text(appointment):
    """A number given for the booking itself may be texted about it; a registered visitor's only
    with their consent to be contacted by the centre."""
    return appointment.visitor is None or appointment.visitor.consent_contact


def places_left(slot):
    return slot.capacity - slot.appointments.filter(status__in=HOLDING).count()


@transaction.atomic
def book_appointment(
    slot,
    *,
    topic,
    language,
    email="",
    phone="",
    needs_interpreter=False,
    mode="in_person",
    counselling_language="",
    visitor=None,
    user=None,
    request=None,
):
    """Staff book for someone (booked at once); a newcomer books online (held until confirmed)."""
    by_staff = user is not None and works_at(user, slot.centre_id)
    if by_staff:
        require(user, "casework.add_appointment", slot.centre)
    slot = Slot.objects.select_for_update().select_related("centre").get(pk=slot.pk)
    if slot.starts_at <= timezone.now():
        raise CaseworkError("slot_past")
    email, phone = email.strip().lower(), phone.strip()
    if not (email or phone or visitor):
        raise CaseworkError("reachable")
    if places_left(slot) < 1:
        raise CaseworkError("slot_full")
    appointment = Appointment(
        slot=slot,
        visitor=visitor,
        email=email,
        phone=phone,
        topic=topic,
        language=language,
        counselling_language=counselling_language or language,
        needs_interpreter=needs_interpreter,
        mode=mode,
        booked_by=user if by_staff else None,
        status=AppointmentStatus.BOOKED if by_staff else AppointmentStatus.UNVERIFIED,
        verified_at=timezone.now() if by_staff else None,
    )
    appointment.full_clean(exclude=["visitor", "booked_by"])
    appointment.save()
    record(
        "casework.book", appointment, user=user, request=request, data={"slot": slot.pk, "by_staff": by_staff}
    )
    context = _mail_context(appointment)
    if not by_staff:
        context["confirm_url"] = _booking_link(appointment, "casework:booking_confirm")
    if appointment.phone and may_text(appointment):
        send_sms(
            to=appointment.phone,
            template_name="casework/email/booking_confirmed.txt"
            if by_staff
            else "casework/email/booking_verify.txt",
            context=context,
            language=_mail_language(appointment),
        )
    if appointment.email:
        notify(
            to=appointment.email,
            language=_mail_language(appointment),
            context=context,
            template_prefix="casework/email/booking_confirmed"
            if by_staff
            else "casework/email/booking_verify",
        )
    return appointment


@transaction.atomic
def confirm_appointment(appointment, *, user=None, request=None):
    """Confirmed by the link in the e-mail (no user) or by staff who called the person back."""
    appointment = (
        Appointment.objects.select_for_update().select_related("slot__centre").get(pk=appointment.pk)
    )
    if user is not None:
        require(user, "casework.change_appointment", appointment)
    if appointment.status == AppointmentStatus.BOOKED:
        return appointment
    if appointment.status != AppointmentStatus.UNVERIFIED or appointment.slot.starts_at <= timezone.now():
        raise CaseworkError("appointment_status")
    appointment.status, appointment.verified_at = AppointmentStatus.BOOKED, timezone.now()
    appointment.save(update_fields=["status", "verified_at"])
    record("casework.confirm", appointment, user=user, request=request)
    return appointment


@transaction.atomic
def cancel_appointment(appointment, *, user=None, request=None):
    appointment = (
        Appointment.objects.select_for_update().select_related("slot__centre").get(pk=appointment.pk)
    )
    if user is not None:
        require(user, "casework.change_appointment", appointment)
    if appointment.status not in (AppointmentStatus.UNVERIFIED, AppointmentStatus.BOOKED):
        raise CaseworkError("appointment_status")
    appointment.status = AppointmentStatus.CANCELLED
    appointment.save(update_fields=["status"])
    record("casework.cancel", appointment, user=user, request=request)
    return appointment


def _record_attendance(user, appointment, status, action, request):
    appointment = (
        Appointment.objects.select_for_update().select_related("slot__centre").get(pk=appointment.pk)
    )
    require(user, "casework.change_appointment", appointment)
    if appointment.status != AppointmentStatus.BOOKED:
        raise CaseworkError("appointment_status")
    if appointment.slot.starts_at > timezone.now():
        raise CaseworkError("not_started")
    appointment.status = status
    appointment.save(update_fields=["status"])
    record(action, appointment, user=user, request=request)
    return appointment


@transaction.atomic
def mark_attended(user, appointment, *, request=None):
    return _record_attendance(user, appointment, AppointmentStatus.ATTENDED, "casework.attended", request)


@transaction.atomic
def mark_no_show(user, appointment, *, request=None):
    return _record_attendance(user, appointment, AppointmentStatus.NO_SHOW, "casework.no_show", request)


def send_due_reminders(now=None, *, ahead=timedelta(hours=24)):
    """Remind booked people the day before, once each, in their language: by e-mail and by text
    message to the number they gave."""
    now = now or timezone.now()
    due = (
        Appointment.objects.select_related("slot__centre", "visitor")
        .filter(
            status=AppointmentStatus.BOOKED,
            reminder_sent_at__isnull=True,
            slot__starts_at__gt=now,
            slot__starts_at__lte=now + ahead,
        )
        .exclude(email="", phone="")
    )
    sent = 0
    for appointment in due:
        with transaction.atomic():
            claimed = Appointment.objects.filter(pk=appointment.pk, reminder_sent_at__isnull=True).update(
                reminder_sent_at=now
            )
            if not claimed:
                continue
            context, language = _mail_context(appointment), _mail_language(appointment)
            texted = (
                bool(appointment.phone)
                and may_text(appointment)
                and send_sms(
                    to=appointment.phone,
                    template_name="casework/email/appointment_reminder.txt",
                    context=context,
                    language=language,
                )
            )
            if appointment.email:
                notify(
                    to=appointment.email,
                    template_prefix="casework/email/appointment_reminder",
                    context=context,
                    language=language,
                )
            sent += bool(texted or appointment.email)
    return sent


def release_unconfirmed(now=None):
    """Online bookings whose e-mail link was never followed give their place back (phone-only
    bookings wait for the centre's call)."""
    now = now or timezone.now()
    return (
        Appointment.objects.filter(
            status=AppointmentStatus.UNVERIFIED, booked_by__isnull=True, created_at__lt=now - UNVERIFIED_HOLD
        )
        .exclude(email="")
        .update(status=AppointmentStatus.CANCELLED)
    )
