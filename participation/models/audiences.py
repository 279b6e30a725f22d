"""Audiences (seed 004): the mayor, deputy mayor, secretary or the centre's lead publish audience
hours; a person asks for an audience on a topic, staff confirm a slot, the outcome is recorded."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from .desk import new_tracking_token


class AudienceSlot(models.Model):
    official = models.CharField(_("official"), max_length=120)
    starts_at = models.DateTimeField(_("starts at"))
    ends_at = models.DateTimeField(_("ends at"))
    place = models.CharField(_("place"), max_length=200)
    capacity = models.PositiveSmallIntegerField(_("people received"), default=1)

    class Meta:
        ordering = ["starts_at"]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_at__gt=models.F("starts_at")), name="participation_slot_times"
            ),
            models.CheckConstraint(condition=Q(capacity__gte=1), name="participation_slot_capacity"),
        ]

    def __str__(self):
        return f"{self.official}, {self.starts_at:%Y-%m-%d %H:%M}"


class AudienceStatus(models.TextChoices):
    REQUESTED = "requested", _("Requested")
    CONFIRMED = "confirmed", _("Confirmed")
    DECLINED = "declined", _("Declined")
    HELD = "held", _("Held")


class AudienceRequest(models.Model):
    official = models.CharField(_("official"), max_length=120)
    name = models.CharField(_("name"), max_length=200)
    email = models.EmailField(_("e-mail"))
    phone = models.CharField(_("phone (optional)"), max_length=40, blank=True)
    topic = models.TextField(_("topic"), max_length=3_000)
    language = models.CharField(max_length=10, default=settings.LANGUAGE_CODE)
    tracking_token = models.CharField(max_length=64, unique=True, default=new_tracking_token, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    status = models.CharField(max_length=10, choices=AudienceStatus.choices, default=AudienceStatus.REQUESTED)
    slot = models.ForeignKey(
        AudienceSlot, null=True, blank=True, on_delete=models.PROTECT, related_name="requests"
    )
    outcome = models.TextField(_("outcome"), blank=True, max_length=5_000)
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(status__in=["confirmed", "held"]) | Q(slot__isnull=False),
                name="participation_confirmed_audience_has_slot",
            ),
            models.CheckConstraint(
                condition=~Q(status="held") | ~Q(outcome=""), name="participation_held_audience_has_outcome"
            ),
        ]
