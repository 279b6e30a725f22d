"""Appointments: the slots a centre opens and the bookings in them (with or without an account)."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from ..choices import AppointmentMode, AppointmentStatus, Domain
from .network import Centre
from .visitors import Visitor

#: Bookings that hold a place in the slot.
HOLDING = [
    AppointmentStatus.UNVERIFIED,
    AppointmentStatus.BOOKED,
    AppointmentStatus.ATTENDED,
    AppointmentStatus.NO_SHOW,
]


class Slot(models.Model):
    centre = models.ForeignKey(
        Centre, on_delete=models.CASCADE, related_name="slots", verbose_name=_("centre")
    )
    starts_at = models.DateTimeField(_("starts at"))
    ends_at = models.DateTimeField(_("ends at"))
    capacity = models.PositiveSmallIntegerField(_("places"), default=1)

    class Meta:
        ordering = ["starts_at"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_at__gt=models.F("starts_at")), name="casework_slot_ends_later"
            ),
            models.CheckConstraint(condition=models.Q(capacity__gte=1), name="casework_slot_has_places"),
            models.UniqueConstraint(fields=["centre", "starts_at"], name="casework_one_slot_per_start"),
        ]

    def __str__(self):
        return f"slot {self.pk}"


class Appointment(models.Model):
    slot = models.ForeignKey(Slot, on_delete=models.PROTECT, related_name="appointments")
    visitor = models.ForeignKey(
        Visitor, on_delete=models.SET_NULL, null=True, blank=True, related_name="appointments"
    )
    # The least a newcomer without an account gives: how to reach them, nothing else required.
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    topic = models.CharField(_("topic"), max_length=12, choices=Domain.choices)
    #: The language of the booking page: confirmations and reminders are written in it.
    language = models.CharField(_("preferred language"), max_length=10)
    #: The language the person wants to be counselled in (the centre finds an interpreter when
    #: it speaks none of them); the booking page's language unless they chose another.
    counselling_language = models.CharField(_("language for the counselling"), max_length=10, blank=True)
    needs_interpreter = models.BooleanField(_("I need an interpreter"), default=False)
    mode = models.CharField(
        _("how"), max_length=10, choices=AppointmentMode.choices, default=AppointmentMode.IN_PERSON
    )
    status = models.CharField(
        max_length=10, choices=AppointmentStatus.choices, default=AppointmentStatus.UNVERIFIED
    )
    booked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    verified_at = models.DateTimeField(null=True, blank=True)
    reminder_sent_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["slot__starts_at", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(email="") | ~models.Q(phone="") | models.Q(visitor__isnull=False),
                name="casework_appointment_reachable",
            ),
            models.CheckConstraint(
                condition=models.Q(status__in=AppointmentStatus.values), name="casework_appointment_status"
            ),
        ]

    def __str__(self):
        return f"appointment {self.pk}"
