"""The monthly report's life: draft, submit (the month's data is locked), approve or return."""

from django.contrib.auth import get_user_model
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from accounts.models import preferred_language
from core.audit import record
from core.notify import notify

from ..access import require
from ..choices import ReportStatus, StaffRole
from ..errors import CaseworkError
from ..models import Centre, CentreMembership, MonthlyReport, Network
from ..roles import NETWORK_COORDINATORS

#: Reports are due by this day of the following month.
DUE_DAY = 5
#: The longest period one report aggregates: a ten-year project.
MAX_PERIOD_MONTHS = 120


def previous_month(today=None):
    today = today or timezone.localdate()
    first = today.replace(day=1)
    return (
        first.replace(year=first.year - 1, month=12)
        if first.month == 1
        else first.replace(month=first.month - 1)
    )


def next_month(month):
    return (
        month.replace(year=month.year + 1, month=1)
        if month.month == 12
        else month.replace(month=month.month + 1)
    )


def due_date(month):
    """The day a month's report is due: the 5th of the month after."""
    return next_month(month).replace(day=DUE_DAY)


def check_period(first, last, today=None):
    """(first, last) months of a period report, as first days, or a refusal: both given, in
    order, not past the current month, at most MAX_PERIOD_MONTHS long."""
    today = today or timezone.localdate()
    if first is None or last is None:
        raise CaseworkError("period")
    first, last = first.replace(day=1), last.replace(day=1)
    months = (last.year - first.year) * 12 + last.month - first.month + 1
    if not 1 <= months <= MAX_PERIOD_MONTHS or last > today.replace(day=1):
        raise CaseworkError("period")
    return first, last


def project_period(today=None):
    """The network's project period as (first, last) months; without one set, the twelve months
    up to the last one ended. A period still running ends with the current month."""
    network = Network.objects.filter(singleton=True).first()
    today = today or timezone.localdate()
    last = previous_month(today)
    first = next_month(last.replace(year=last.year - 1))
    if network and network.project_start:
        first = network.project_start.replace(day=1)
    if network and network.project_end:
        last = min(network.project_end.replace(day=1), today.replace(day=1))
    return (first, last) if first <= last else (last, last)


def is_late(report, today=None):
    today = today or timezone.localdate()
    return report.status in (ReportStatus.DRAFT, ReportStatus.RETURNED) and today > due_date(report.month)


def report_for(centre, month):
    return MonthlyReport.objects.get_or_create(centre=centre, month=month.replace(day=1))[0]


def _lock(report):
    return MonthlyReport.objects.select_for_update().select_related("centre").get(pk=report.pk)


@transaction.atomic
def edit_report(user, report, *, activities, problems, portal_information, request=None):
    report = _lock(report)
    require(user, "casework.change_monthlyreport", report)
    if report.locked:
        raise CaseworkError("report_status")
    report.activities, report.problems = activities.strip(), problems.strip()
    report.portal_information = portal_information.strip()
    report.full_clean()
    report.save()
    record("casework.report_edit", report, user=user, request=request)
    return report


@transaction.atomic
def submit_report(user, report, *, request=None):
    from ..reports import centre_figures

    report = _lock(report)
    require(user, "casework.submit_monthlyreport", report)
    if report.locked:
        raise CaseworkError("report_status")
    if next_month(report.month) > timezone.localdate():
        raise CaseworkError("report_month")
    report.figures = centre_figures(report.centre, report.month)
    report.status, report.submitted_by, report.submitted_at = ReportStatus.SUBMITTED, user, timezone.now()
    report.return_reason = ""
    report.save()
    record("casework.report_submit", report, user=user, request=request)
    for coordinator in _coordinators():
        notify(
            to=coordinator.email,
            template_prefix="casework/email/report_submitted",
            context={
                "centre": report.centre.name,
                "month": f"{report.month:%Y-%m}",
                "url": reverse("casework:report_detail", args=[report.pk]),
            },
            language=preferred_language(coordinator),
        )
    return report


@transaction.atomic
def approve_report(user, report, *, request=None):
    report = _lock(report)
    require(user, "casework.approve_monthlyreport", report)
    if report.status != ReportStatus.SUBMITTED:
        raise CaseworkError("report_status")
    report.status, report.decided_by, report.decided_at = ReportStatus.APPROVED, user, timezone.now()
    report.save()
    record("casework.report_approve", report, user=user, request=request)
    return report


@transaction.atomic
def return_report(user, report, *, reason, request=None):
    report = _lock(report)
    require(user, "casework.approve_monthlyreport", report)
    if report.status != ReportStatus.SUBMITTED:
        raise CaseworkError("report_status")
    if not reason.strip():
        raise CaseworkError("return_reason")
    report.status, report.decided_by, report.decided_at = ReportStatus.RETURNED, user, timezone.now()
    report.return_reason = reason.strip()
    report.save()
    record("casework.report_return", report, user=user, request=request)
    for lead in _leads(report.centre):
        notify(
            to=lead.email,
            template_prefix="casework/email/report_returned",
            context={
                "centre": report.centre.name,
                "month": f"{report.month:%Y-%m}",
                "reason": report.return_reason,
            },
            language=preferred_language(lead),
        )
    return report


def _coordinators():
    return get_user_model().objects.filter(groups__name=NETWORK_COORDINATORS, is_active=True).distinct()


def _leads(centre):
    return [
        m.user
        for m in CentreMembership.objects.select_related("user").filter(centre=centre, role=StaffRole.LEAD)
    ]


def remind_centres(today=None):
    """On the 1st: each centre's leads are reminded that last month's report is due by the 5th."""
    today = today or timezone.localdate()
    month = previous_month(today)
    reminded = 0
    for centre in Centre.objects.all():
        with transaction.atomic():
            report = _lock(report_for(centre, month))
            if report.reminded_at is not None or report.locked:
                continue
            report.reminded_at = timezone.now()
            report.save(update_fields=["reminded_at"])
            for lead in _leads(centre):
                notify(
                    to=lead.email,
                    template_prefix="casework/email/report_due",
                    context={
                        "centre": centre.name,
                        "month": f"{month:%Y-%m}",
                        "due": f"{due_date(month):%Y-%m-%d}",
                    },
                    language=preferred_language(lead),
                )
            reminded += 1
    return reminded


def late_reports(today=None):
    """Reports of last month still not submitted after the 5th (none before then)."""
    today = today or timezone.localdate()
    month = previous_month(today)
    if today <= due_date(month):
        return []
    submitted = MonthlyReport.objects.filter(
        month=month, status__in=[ReportStatus.SUBMITTED, ReportStatus.APPROVED]
    )
    return list(Centre.objects.exclude(pk__in=submitted.values("centre_id")))


def tell_coordinator_who_is_late(today=None):
    late = late_reports(today)
    if late:
        month = previous_month(today)
        for coordinator in _coordinators():
            notify(
                to=coordinator.email,
                template_prefix="casework/email/reports_late",
                context={"month": f"{month:%Y-%m}", "centres": [centre.name for centre in late]},
                language=preferred_language(coordinator),
            )
    return late
