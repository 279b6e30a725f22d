"""The quarterly work plan and the action plan (strategic objectives, actions, indicators)."""

from django.conf import settings
from django.core.validators import MaxValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel

from ..limits import MAX_DESCRIPTION_LENGTH
from .directory import Institution, TeamMember
from .meetings import Meeting


class WorkPlanEntry(models.Model):
    date = models.DateField(_("date"))
    activity = models.TextField(_("activity"), max_length=MAX_DESCRIPTION_LENGTH)
    responsible_members = models.ManyToManyField(
        TeamMember, verbose_name=_("responsible persons"), blank=True, related_name="work_plan_entries"
    )
    responsible_institutions = models.ManyToManyField(
        Institution, verbose_name=_("responsible institutions"), blank=True, related_name="work_plan_entries"
    )
    resources = models.TextField(
        _("resources and materials needed"), blank=True, max_length=MAX_DESCRIPTION_LENGTH
    )

    class Meta:
        ordering = ["date", "pk"]
        verbose_name = _("work plan entry")
        verbose_name_plural = _("work plan entries")

    def __str__(self):
        return f"{self.date}: {self.activity[:60]}"

    @property
    def quarter(self):
        return f"{self.date.year} Q{(self.date.month - 1) // 3 + 1}"


class StrategicObjective(models.Model):
    number = models.PositiveSmallIntegerField(_("number"), unique=True)
    title = models.CharField(_("title"), max_length=255)
    description = models.TextField(_("description"), blank=True, max_length=MAX_DESCRIPTION_LENGTH)

    class Meta:
        ordering = ["number"]
        verbose_name = _("strategic objective")
        verbose_name_plural = _("strategic objectives")

    def __str__(self):
        return f"SO{self.number}. {self.title}"


class ActionStatus(models.TextChoices):
    PLANNED = "planned", _("Planned")
    IN_PROGRESS = "in_progress", _("In progress")
    DELAYED = "delayed", _("Delayed")
    COMPLETED = "completed", _("Completed")


class Action(ClusterableModel):
    objective = models.ForeignKey(
        StrategicObjective,
        verbose_name=_("strategic objective"),
        on_delete=models.PROTECT,
        related_name="actions",
    )
    code = models.CharField(_("code"), max_length=10, unique=True)
    title = models.CharField(_("title"), max_length=255)
    description = models.TextField(_("description"), blank=True, max_length=MAX_DESCRIPTION_LENGTH)
    leader = models.ForeignKey(
        Institution,
        verbose_name=_("leader"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="led_actions",
    )
    partners = models.ManyToManyField(
        Institution, verbose_name=_("partners"), blank=True, related_name="partner_actions"
    )
    starts_on = models.DateField(_("starts on"))
    ends_on = models.DateField(_("ends on"))
    status = models.CharField(
        _("status"), max_length=20, choices=ActionStatus.choices, default=ActionStatus.PLANNED
    )
    progress = models.PositiveSmallIntegerField(
        _("progress (%)"), default=0, validators=[MaxValueValidator(100)]
    )
    meetings = models.ManyToManyField(Meeting, verbose_name=_("meetings"), blank=True, related_name="actions")
    # Where the action came from when another app proposed it (an accepted consultation proposal).
    origin = models.CharField(_("comes from"), max_length=300, blank=True)
    origin_url = models.CharField(_("link to its origin"), max_length=300, blank=True)

    panels = [
        FieldPanel("objective"),
        FieldPanel("code"),
        FieldPanel("title"),
        FieldPanel("description"),
        FieldPanel("leader"),
        FieldPanel("partners"),
        FieldPanel("starts_on"),
        FieldPanel("ends_on"),
        FieldPanel("status"),
        FieldPanel("progress"),
        FieldPanel("meetings"),
        InlinePanel("indicators", label=_("Indicators")),
    ]

    class Meta:
        ordering = ["objective__number", "code"]
        verbose_name = _("action")
        verbose_name_plural = _("actions")
        permissions = [("make_report", "Can make the annual integration report")]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(progress__lte=100), name="coordination_action_progress_percent"
            ),
            models.CheckConstraint(
                condition=models.Q(ends_on__gte=models.F("starts_on")),
                name="coordination_action_ends_after_start",
            ),
        ]

    def __str__(self):
        return f"{self.code} {self.title}"


class Indicator(models.Model):
    action = ParentalKey(Action, on_delete=models.CASCADE, related_name="indicators")
    name = models.CharField(_("name"), max_length=255)
    target = models.DecimalField(_("target"), max_digits=12, decimal_places=2)
    current = models.DecimalField(_("current value"), max_digits=12, decimal_places=2, default=0)
    unit = models.CharField(_("unit"), max_length=40, blank=True)

    class Meta:
        ordering = ["action", "pk"]
        verbose_name = _("indicator")
        verbose_name_plural = _("indicators")

    def __str__(self):
        return self.name


class ProgressUpdate(models.Model):
    """One dated entry in an action's timeline; the latest one sets the action's progress."""

    action = models.ForeignKey(Action, on_delete=models.CASCADE, related_name="updates")
    date = models.DateField(_("date"), default=timezone.localdate)
    text = models.TextField(_("what happened"), max_length=MAX_DESCRIPTION_LENGTH)
    progress = models.PositiveSmallIntegerField(_("progress (%)"), validators=[MaxValueValidator(100)])
    status = models.CharField(_("status"), max_length=20, choices=ActionStatus.choices)
    meeting = models.ForeignKey(
        Meeting, verbose_name=_("meeting"), on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["action", "-date", "-pk"]
        verbose_name = _("progress update")
        verbose_name_plural = _("progress updates")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(progress__lte=100), name="coordination_update_progress_percent"
            )
        ]
