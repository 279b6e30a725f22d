"""The monthly activity report each centre sends the network coordinator by the 5th."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from ..choices import ReportStatus
from .network import Centre


class MonthlyReport(models.Model):
    centre = models.ForeignKey(Centre, on_delete=models.PROTECT, related_name="monthly_reports")
    month = models.DateField(_("month"), help_text=_("The first day of the month reported on."))
    status = models.CharField(
        _("status"), max_length=10, choices=ReportStatus.choices, default=ReportStatus.DRAFT
    )
    activities = models.TextField(_("activities carried out"), max_length=10000, blank=True)
    problems = models.TextField(
        _("problems and weak points that could harm the centre's work"), max_length=5000, blank=True
    )
    portal_information = models.TextField(
        _("information for the portal (news, photos, press releases)"), max_length=5000, blank=True
    )
    #: The figures as they stood at submission: what the coordinator approves.
    figures = models.JSONField(default=dict, blank=True)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    submitted_at = models.DateTimeField(null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    return_reason = models.TextField(_("what to change"), max_length=2000, blank=True)
    reminded_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-month", "centre__name"]
        verbose_name = _("monthly report")
        verbose_name_plural = _("monthly reports")
        permissions = [
            ("submit_monthlyreport", "Submit a centre's monthly report"),
            ("approve_monthlyreport", "Approve or return monthly reports"),
        ]
        constraints = [
            models.UniqueConstraint(fields=["centre", "month"], name="casework_one_report_per_month"),
            models.CheckConstraint(
                condition=models.Q(status__in=ReportStatus.values), name="casework_report_status"
            ),
            models.CheckConstraint(
                condition=models.Q(status=ReportStatus.DRAFT) | models.Q(submitted_at__isnull=False),
                name="casework_report_submitted_dated",
            ),
        ]

    def __str__(self):
        return f"{self.centre} {self.month:%Y-%m}"

    @property
    def locked(self):
        """Submitted or approved: the month's data changes only through recorded corrections."""
        return self.status in (ReportStatus.SUBMITTED, ReportStatus.APPROVED)
