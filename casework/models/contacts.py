"""Services given: one contact per conversation or information session, with who took part."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from core.files import private_storage, private_upload_to

from ..choices import Channel, Domain, LanguageHelp, ReferralOutcome, Service
from .network import Centre
from .visitors import Visitor

MAX_DURATION_MINUTES = 600


class Contact(models.Model):
    centre = models.ForeignKey(
        Centre, on_delete=models.PROTECT, related_name="contacts", verbose_name=_("centre")
    )
    staff = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("staff"),
    )
    date = models.DateField(_("date"))
    service = models.CharField(_("service"), max_length=12, choices=Service.choices)
    channel = models.CharField(_("channel"), max_length=10, choices=Channel.choices)
    language_used = models.CharField(_("language used"), max_length=10, blank=True)
    language_help = models.CharField(
        _("interpreter or mediator"), max_length=12, choices=LanguageHelp.choices, default=LanguageHelp.NONE
    )
    duration_minutes = models.PositiveSmallIntegerField(_("duration in minutes"), default=15)
    referral_institution = models.ForeignKey(
        "coordination.Institution",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="casework_referrals",
        verbose_name=_("referred to"),
    )
    referral_outcome = models.CharField(
        _("outcome of the referral"), max_length=10, choices=ReferralOutcome.choices, blank=True
    )
    follow_up_on = models.DateField(_("follow up on"), null=True, blank=True)
    note = models.TextField(_("short note"), max_length=500, blank=True)
    is_group = models.BooleanField(_("information session for a group"), default=False)
    participant_count = models.PositiveIntegerField(_("number of participants"), default=1)
    case = models.ForeignKey(
        "casework.Case", on_delete=models.SET_NULL, null=True, blank=True, related_name="contacts"
    )
    # Logged after the month's report was submitted: a correction, shown as such in the report.
    late_entry = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-date", "-pk"]
        verbose_name = _("contact")
        verbose_name_plural = _("contacts")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(service__in=Service.values), name="casework_contact_service"
            ),
            models.CheckConstraint(
                condition=models.Q(channel__in=Channel.values), name="casework_contact_channel"
            ),
            models.CheckConstraint(
                condition=models.Q(duration_minutes__gte=1, duration_minutes__lte=MAX_DURATION_MINUTES),
                name="casework_contact_duration",
            ),
            models.CheckConstraint(
                condition=models.Q(is_group=True, participant_count__gte=1)
                | models.Q(is_group=False, participant_count=1),
                name="casework_contact_participants",
            ),
            models.CheckConstraint(
                condition=models.Q(referral_institution__isnull=False) | models.Q(referral_outcome=""),
                name="casework_contact_outcome_needs_referral",
            ),
        ]
        indexes = [models.Index(fields=["date", "centre"])]

    def __str__(self):
        return f"contact {self.pk} ({self.date})"


class ContactAttachment(models.Model):
    """A file kept with an information session for a group: the attendance sheet, the slides,
    a photo of the flip chart. Private: it goes only to those who may see the session."""

    contact = models.ForeignKey(Contact, on_delete=models.CASCADE, related_name="attachments")
    title = models.CharField(_("title"), max_length=200)
    file = models.FileField(
        _("file"), storage=private_storage, upload_to=private_upload_to("casework/group-sessions")
    )
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    uploaded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["uploaded_at", "pk"]
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")


class ContactDomain(models.Model):
    contact = models.ForeignKey(Contact, on_delete=models.CASCADE, related_name="domains")
    domain = models.CharField(max_length=12, choices=Domain.choices)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["contact", "domain"], name="casework_domain_once_per_contact"),
            models.CheckConstraint(
                condition=models.Q(domain__in=Domain.values), name="casework_domain_known"
            ),
        ]


class ContactParticipant(models.Model):
    """A registered visitor who took part in a contact (one for a single contact, any for a group)."""

    contact = models.ForeignKey(Contact, on_delete=models.CASCADE, related_name="participants")
    visitor = models.ForeignKey(Visitor, on_delete=models.PROTECT, related_name="participations")

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["contact", "visitor"], name="casework_participant_once_per_contact"
            )
        ]


class Correction(models.Model):
    """A change to data of a month whose report was already submitted: kept and shown as such."""

    centre = models.ForeignKey(Centre, on_delete=models.PROTECT, related_name="corrections")
    month = models.DateField()
    contact = models.ForeignKey(Contact, on_delete=models.SET_NULL, null=True, related_name="corrections")
    reason = models.TextField(_("reason"), max_length=1000)
    changes = models.JSONField(default=dict)
    made_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    made_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["made_at"]
