"""The integration team's directory: member institutions, their people and deputies, experts."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from core.languages import site_languages


class Tier(models.TextChoices):
    CORE = "core", _("Core implementers")
    REGULATORS = "regulators", _("Regulators and facilitators")
    ECOSYSTEM = "ecosystem", _("Ecosystem actors")


class Institution(models.Model):
    name = models.CharField(_("name"), max_length=200, unique=True)
    tier = models.CharField(_("tier"), max_length=20, choices=Tier.choices)
    migrant_led = models.BooleanField(_("migrant-led organisation"), default=False)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    address = models.CharField(_("address"), max_length=255, blank=True)
    website = models.URLField(_("website"), blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("institution")
        verbose_name_plural = _("institutions")

    def __str__(self):
        return self.name


class TeamMember(models.Model):
    """A person representing an institution in the integration team (or a deputy of one)."""

    name = models.CharField(_("name"), max_length=200)
    role = models.CharField(_("role"), max_length=200, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    institution = models.ForeignKey(
        Institution,
        verbose_name=_("institution"),
        on_delete=models.PROTECT,
        related_name="members",
        null=True,
        blank=True,
    )
    deputy_of = models.ForeignKey(
        "self",
        verbose_name=_("deputy of"),
        on_delete=models.SET_NULL,
        related_name="deputies",
        null=True,
        blank=True,
    )
    is_migrant = models.BooleanField(
        _("migrant or refugee"),
        default=False,
        help_text=_("Counted for bodies whose composition rule asks for a share of migrants."),
    )
    preferred_language = models.CharField(
        _("preferred language"),
        max_length=10,
        choices=site_languages,
        default=settings.LANGUAGE_CODE,
    )
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user account"),
        on_delete=models.SET_NULL,
        related_name="team_member",
        null=True,
        blank=True,
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("team member")
        verbose_name_plural = _("team members")
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(deputy_of=models.F("id")), name="coordination_member_not_own_deputy"
            )
        ]

    def __str__(self):
        return self.name

    @property
    def counts_as_migrant(self):
        return self.is_migrant or bool(self.institution and self.institution.migrant_led)


class ExpertKind(models.TextChoices):
    MEDIATOR = "mediator", _("Cultural mediator")
    LAWYER = "lawyer", _("Lawyer")
    TRANSLATOR = "translator", _("Translator")
    INTERPRETER = "interpreter", _("Interpreter")


class Expert(models.Model):
    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(_("kind"), max_length=20, choices=ExpertKind.choices)
    languages = models.CharField(
        _("languages"), max_length=200, blank=True, help_text=_("Separated by commas.")
    )
    specialties = models.CharField(_("specialties"), max_length=255, blank=True)
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("expert")
        verbose_name_plural = _("experts")

    def __str__(self):
        return self.name

    @property
    def language_list(self):
        return [language.strip() for language in self.languages.split(",") if language.strip()]
