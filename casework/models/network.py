"""The network of centres: its settings, the centres, their staff and the code counters."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from ..choices import StaffRole

DEFAULT_CODE_PATTERN = "{centre}-{year}-{number}"


class Network(models.Model):
    """One row: the settings every centre of the installation shares."""

    singleton = models.BooleanField(default=True, unique=True, editable=False)
    name = models.CharField(_("name"), max_length=200, default="Rețeaua centrelor de integrare")
    code_pattern = models.CharField(
        _("beneficiary code pattern"),
        max_length=60,
        default=DEFAULT_CODE_PATTERN,
        help_text=_("Use {centre}, {year} and {number}, for example {centre}-{year}-{number}."),
        validators=[RegexValidator(r"\{number\}", _("The pattern must contain {number}."))],
    )
    code_digits = models.PositiveSmallIntegerField(
        _("digits of the number"), default=6, validators=[MinValueValidator(3), MaxValueValidator(10)]
    )
    retention_years = models.PositiveSmallIntegerField(
        _("years names and contacts are kept after the last contact"),
        default=3,
        validators=[MinValueValidator(1), MaxValueValidator(30)],
    )
    #: The months the final report of the project aggregates (first days of the months).
    project_start = models.DateField(
        _("project period starts"), null=True, blank=True, help_text=_("Any day of the first month.")
    )
    project_end = models.DateField(
        _("project period ends"), null=True, blank=True, help_text=_("Any day of the last month.")
    )

    class Meta:
        verbose_name = _("network settings")
        verbose_name_plural = _("network settings")
        constraints = [
            models.CheckConstraint(condition=models.Q(singleton=True), name="casework_network_singleton"),
            models.CheckConstraint(
                condition=models.Q(retention_years__gte=1, code_digits__gte=3, code_digits__lte=10),
                name="casework_network_sane_settings",
            ),
            models.CheckConstraint(
                condition=models.Q(project_start__isnull=True)
                | models.Q(project_end__isnull=True)
                | models.Q(project_end__gte=models.F("project_start")),
                name="casework_network_project_period_in_order",
            ),
        ]

    def __str__(self):
        return self.name

    @classmethod
    def current(cls):
        return cls.objects.get_or_create(singleton=True)[0]

    def format_code(self, *, centre_code, year, number):
        return self.code_pattern.format(
            centre=centre_code, year=year, number=f"{number:0{self.code_digits}d}"
        )


class Centre(models.Model):
    name = models.CharField(_("name"), max_length=200, unique=True)
    code = models.CharField(
        _("code"),
        max_length=6,
        unique=True,
        help_text=_("Two to six capital letters, the start of every beneficiary code (for example CJ)."),
        validators=[RegexValidator(r"^[A-Z]{2,6}$", _("Use two to six capital letters."))],
    )
    address = models.CharField(_("address"), max_length=255, blank=True)
    opening_hours = models.TextField(_("opening hours"), max_length=1000, blank=True)
    languages = models.CharField(
        _("languages spoken"), max_length=200, blank=True, help_text=_("Language codes separated by commas.")
    )
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    referral_institutions = models.ManyToManyField(
        "coordination.Institution",
        verbose_name=_("institutions it refers people to"),
        related_name="referring_centres",
        blank=True,
    )
    staff = models.ManyToManyField(
        settings.AUTH_USER_MODEL, through="CentreMembership", related_name="casework_centres"
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("centre")
        verbose_name_plural = _("centres")

    def __str__(self):
        return self.name

    @property
    def language_list(self):
        return [code.strip() for code in self.languages.split(",") if code.strip()]


class CentreMembership(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="centre_memberships"
    )
    centre = models.ForeignKey(Centre, on_delete=models.CASCADE, related_name="memberships")
    role = models.CharField(_("role"), max_length=10, choices=StaffRole.choices, default=StaffRole.STAFF)

    class Meta:
        verbose_name = _("centre staff member")
        verbose_name_plural = _("centre staff")
        constraints = [
            models.UniqueConstraint(fields=["user", "centre"], name="casework_one_membership_per_centre"),
            models.CheckConstraint(
                condition=models.Q(role__in=StaffRole.values), name="casework_membership_role"
            ),
        ]

    def __str__(self):
        return f"{self.user} @ {self.centre}"


class CodeCounter(models.Model):
    """The last number given at a centre in a year; locked while the next code is taken."""

    centre = models.ForeignKey(Centre, on_delete=models.PROTECT, related_name="code_counters")
    year = models.PositiveSmallIntegerField()
    last_number = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["centre", "year"], name="casework_one_counter_per_year")
        ]
