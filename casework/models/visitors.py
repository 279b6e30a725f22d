"""Visitors: a stable beneficiary code and the minimum the reports need. Names and contacts live
apart in VisitorIdentity, which only the registering centre's staff may read."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.files import private_storage, private_upload_to

from ..choices import Gender, LawfulBasis, ResidenceCategory
from .network import Centre

EARLIEST_BIRTH_YEAR = 1900


class Visitor(models.Model):
    code = models.CharField(_("beneficiary code"), max_length=40, unique=True, editable=False)
    centre = models.ForeignKey(
        Centre, verbose_name=_("registered at"), on_delete=models.PROTECT, related_name="visitors"
    )
    registered_on = models.DateField(_("registered on"), default=timezone.localdate)
    year_of_birth = models.PositiveSmallIntegerField(_("year of birth"), null=True, blank=True)
    gender = models.CharField(_("gender"), max_length=12, choices=Gender.choices)
    citizenship = models.CharField(
        _("citizenship"), max_length=2, help_text=_("Two-letter country code; XX for stateless or unknown.")
    )
    residence_category = models.CharField(
        _("residence category"), max_length=30, choices=ResidenceCategory.choices
    )
    languages = models.CharField(
        _("languages"), max_length=100, blank=True, help_text=_("Codes separated by commas.")
    )
    lawful_basis = models.CharField(
        _("lawful basis"), max_length=20, choices=LawfulBasis.choices, default=LawfulBasis.CONSENT
    )
    consent_statistics = models.BooleanField(_("consents to being registered and counted"), default=False)
    consent_contact = models.BooleanField(_("consents to being contacted by the centre"), default=False)
    consent_referral = models.BooleanField(
        _("consents to details being shared with institutions they are referred to"), default=False
    )
    consent_given_at = models.DateTimeField(_("consent given at"))
    consent_recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("recorded by"),
    )
    registration_form = models.FileField(
        _("scanned registration form"),
        storage=private_storage,
        upload_to=private_upload_to("casework/forms"),
        blank=True,
    )
    account = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="casework_visitors",
    )
    merged_into = models.ForeignKey(
        "self", on_delete=models.PROTECT, null=True, blank=True, related_name="merged_duplicates"
    )
    identity_erased_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-registered_on", "-pk"]
        verbose_name = _("visitor")
        verbose_name_plural = _("visitors")
        permissions = [
            ("view_identity", "See a visitor's name and contact details"),
            ("export_visitor", "Export or erase a visitor's data"),
            ("merge_visitor", "Merge duplicate visitors"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(year_of_birth__isnull=True)
                | models.Q(year_of_birth__gte=EARLIEST_BIRTH_YEAR, year_of_birth__lte=2200),
                name="casework_visitor_birth_year",
            ),
            models.CheckConstraint(
                condition=models.Q(gender__in=Gender.values), name="casework_visitor_gender"
            ),
            models.CheckConstraint(
                condition=models.Q(residence_category__in=ResidenceCategory.values),
                name="casework_visitor_residence_category",
            ),
            # Registration itself rests on consent or another lawful basis recorded with it.
            models.CheckConstraint(
                condition=models.Q(consent_statistics=True) | ~models.Q(lawful_basis=LawfulBasis.CONSENT),
                name="casework_visitor_consent_recorded",
            ),
            models.CheckConstraint(
                condition=~models.Q(merged_into=models.F("pk")), name="casework_visitor_not_merged_into_self"
            ),
        ]
        indexes = [models.Index(fields=["centre", "registered_on"])]

    def __str__(self):
        # Only the code: log lines and audit titles must never carry a person's data.
        return self.code

    @property
    def language_list(self):
        return [code.strip() for code in self.languages.split(",") if code.strip()]


class VisitorIdentity(models.Model):
    visitor = models.OneToOneField(Visitor, on_delete=models.CASCADE, related_name="identity")
    first_name = models.CharField(_("first name"), max_length=100, blank=True)
    last_name = models.CharField(_("last name"), max_length=100, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("visitor's identity")
        verbose_name_plural = _("visitors' identities")

    def __str__(self):
        return f"identity of {self.visitor_id}"

    @property
    def full_name(self):
        return f"{self.first_name} {self.last_name}".strip()
