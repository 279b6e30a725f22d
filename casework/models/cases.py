"""Case files for vulnerable people: assessment, goals, a timeline, private documents and the
assistance the network coordinator approves or refuses."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from core.files import private_storage, private_upload_to

from ..choices import AssistanceKind, CaseOutcome, CaseStatus, Vulnerability
from .network import Centre
from .visitors import Visitor

DECIDED = [CaseStatus.APPROVED, CaseStatus.REFUSED]


class Case(models.Model):
    centre = models.ForeignKey(
        Centre, on_delete=models.PROTECT, related_name="cases", verbose_name=_("centre")
    )
    visitor = models.ForeignKey(
        Visitor, on_delete=models.PROTECT, related_name="cases", verbose_name=_("visitor")
    )
    opened_on = models.DateField(_("opened on"))
    # SET_NULL: a caseworker who leaves and deletes their account leaves the case to the lead.
    caseworker = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="casework_cases",
        verbose_name=_("caseworker"),
    )
    deputy = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="casework_deputy_cases",
        verbose_name=_("deputy"),
    )
    status = models.CharField(_("status"), max_length=10, choices=CaseStatus.choices, default=CaseStatus.OPEN)
    needs_assessment = models.TextField(_("needs assessment"), max_length=5000)
    vulnerabilities = models.JSONField(_("vulnerability categories"), default=list, blank=True)
    goals = models.TextField(_("goals"), max_length=3000, blank=True)
    assistance_kind = models.CharField(
        _("assistance proposed"), max_length=10, choices=AssistanceKind.choices, blank=True
    )
    assistance_details = models.TextField(_("what is proposed and why"), max_length=3000, blank=True)
    proposed_on = models.DateField(null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    decided_on = models.DateField(null=True, blank=True)
    #: The coordinator's decision, kept after the case is closed (the report counts approvals).
    assistance_approved = models.BooleanField(null=True, blank=True)
    decision_note = models.TextField(_("reason for the decision"), max_length=2000, blank=True)
    outcome = models.CharField(_("outcome"), max_length=14, choices=CaseOutcome.choices, blank=True)
    closed_on = models.DateField(_("closed on"), null=True, blank=True)

    class Meta:
        ordering = ["-opened_on", "-pk"]
        verbose_name = _("case")
        verbose_name_plural = _("cases")
        permissions = [("approve_assistance", "Approve or refuse assistance for a case")]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(status__in=CaseStatus.values), name="casework_case_status"
            ),
            models.CheckConstraint(
                condition=~models.Q(deputy=models.F("caseworker")),
                name="casework_case_deputy_is_someone_else",
            ),
            models.CheckConstraint(
                condition=~models.Q(status=CaseStatus.CLOSED)
                | (~models.Q(outcome="") & models.Q(closed_on__isnull=False)),
                name="casework_case_closed_with_outcome",
            ),
            models.CheckConstraint(
                condition=~models.Q(status__in=[CaseStatus.PROPOSED, *DECIDED])
                | ~models.Q(assistance_kind=""),
                name="casework_case_proposal_names_assistance",
            ),
            models.CheckConstraint(
                condition=~models.Q(status__in=DECIDED) | models.Q(decided_on__isnull=False),
                name="casework_case_decision_dated",
            ),
        ]
        indexes = [models.Index(fields=["centre", "status"])]

    def __str__(self):
        return f"case {self.pk}"

    @property
    def vulnerability_labels(self):
        labels = dict(Vulnerability.choices)
        return [labels.get(code, code) for code in self.vulnerabilities]


class CaseAction(models.Model):
    """A step on the case's timeline: planned (due) or done."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="actions")
    description = models.CharField(_("action"), max_length=300)
    due_on = models.DateField(_("due on"), null=True, blank=True)
    done_on = models.DateField(_("done on"), null=True, blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at"]


class CaseDocument(models.Model):
    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="documents")
    title = models.CharField(_("title"), max_length=200)
    file = models.FileField(_("file"), storage=private_storage, upload_to=private_upload_to("casework/cases"))
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    uploaded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["uploaded_at"]
