"""The monthly report: the lead edits and submits, the network coordinator approves or returns;
downloads of the figures and of the month's beneficiary database."""

from datetime import date
from urllib.parse import urlencode

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from .. import services
from ..access import is_network_coordinator, may, require
from ..exports import beneficiaries_csv, beneficiaries_xlsx, figure_rows, report_pdf, report_xlsx
from ..forms import ReportForm, ReturnForm
from ..indicators import charts, contacts_by_month, indicators
from ..models import MonthlyReport
from ..queries import visible_centres, visible_reports
from ..reports import centre_figures, centres_breakdown, figures, period_figures
from ..services.reporting import due_date, is_late, late_reports, next_month, previous_month, project_period
from .common import add_errors, counter_required

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@counter_required
def report_list(request):
    month = previous_month()
    for centre in visible_centres(request.user):
        if may(request.user, "casework.view_centre", centre):
            services.report_for(centre, month)
    reports = visible_reports(request.user)[:200]
    return render(
        request,
        "casework/report_list.html",
        {
            "reports": [(report, is_late(report)) for report in reports],
            "month": month,
            "due": due_date(month),
            "late": late_reports() if is_network_coordinator(request.user) else [],
            "network": is_network_coordinator(request.user),
        },
    )


def _narrative(report):
    return [
        (_("Activities carried out"), report.activities),
        (_("Problems and weak points that could harm the centre's work"), report.problems),
        (_("Information for the portal (news, photos, press releases)"), report.portal_information),
    ]


def _report_figures(report):
    return report.figures if report.locked and report.figures else centre_figures(report.centre, report.month)


@counter_required
def report_detail(request, pk):
    report = get_object_or_404(MonthlyReport.objects.select_related("centre"), pk=pk)
    require(request.user, "casework.view_monthlyreport", report)
    form = ReportForm(
        request.POST or None,
        initial={
            "activities": report.activities,
            "problems": report.problems,
            "portal_information": report.portal_information,
        },
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.edit_report(request.user, report, request=request, **form.cleaned_data)
            if "submit" in request.POST:
                services.submit_report(request.user, report, request=request)
                messages.success(request, _("The report is submitted to the network coordinator."))
            else:
                messages.success(request, _("Saved."))
        except ValidationError as error:
            add_errors(form, error)
        else:
            return redirect("casework:report_detail", pk=report.pk)
    data = _report_figures(report)
    return render(
        request,
        "casework/report_detail.html",
        {
            "report": report,
            "form": form,
            "rows": figure_rows(data),
            "late": is_late(report),
            "may_edit": may(request.user, "casework.change_monthlyreport", report) and not report.locked,
            "may_decide": may(request.user, "casework.approve_monthlyreport", report),
            "return_form": ReturnForm(),
            "corrections": report.centre.corrections.filter(month=report.month),
        },
    )


@counter_required
@require_POST
def report_decide(request, pk, decision):
    report = get_object_or_404(MonthlyReport, pk=pk)
    try:
        if decision == "approve":
            services.approve_report(request.user, report, request=request)
            messages.success(request, _("The report is approved."))
        else:
            form = ReturnForm(request.POST)
            services.return_report(request.user, report, reason=form.data.get("reason", ""), request=request)
            messages.success(request, _("The report is returned to the centre."))
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
    return redirect("casework:report_detail", pk=report.pk)


def _download(content, filename, content_type):
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "private, no-store"
    return response


@counter_required
def report_download(request, pk, kind, fmt):
    report = get_object_or_404(MonthlyReport.objects.select_related("centre"), pk=pk)
    require(request.user, "casework.view_monthlyreport", report)
    stem = f"{report.centre.code}-{report.month:%Y-%m}"
    if kind == "beneficiaries":
        if fmt == "csv":
            return _download(
                beneficiaries_csv(report.month, [report.centre_id]),
                f"{stem}-beneficiaries.csv",
                "text/csv; charset=utf-8",
            )
        return _download(
            beneficiaries_xlsx(report.month, [report.centre_id]), f"{stem}-beneficiaries.xlsx", XLSX
        )
    title = _("Monthly report of %(centre)s, %(month)s") % {
        "centre": report.centre.name,
        "month": f"{report.month:%Y-%m}",
    }
    data = _report_figures(report)
    if fmt == "pdf":
        pdf = report_pdf(title, data, report.month, _narrative(report), centre=report.centre)
        return _download(pdf, f"{stem}.pdf", "application/pdf")
    if fmt == "xlsx":
        return _download(report_xlsx(title, data, _narrative(report)), f"{stem}.xlsx", XLSX)
    raise Http404


@counter_required
def network_report(request, year, month):
    if not is_network_coordinator(request.user):
        raise PermissionDenied
    try:
        first = date(year, month, 1)
    except ValueError:
        raise Http404 from None
    data = figures(first)
    fmt = request.GET.get("format")
    title = _("Network report, %(month)s") % {"month": f"{first:%Y-%m}"}
    if fmt == "xlsx":
        return _download(report_xlsx(title, data), f"network-{first:%Y-%m}.xlsx", XLSX)
    if fmt == "pdf":
        return _download(report_pdf(title, data, first), f"network-{first:%Y-%m}.pdf", "application/pdf")
    if fmt == "beneficiaries":
        return _download(
            beneficiaries_csv(first), f"network-{first:%Y-%m}-beneficiaries.csv", "text/csv; charset=utf-8"
        )
    return render(
        request,
        "casework/network_report.html",
        {
            "month": first,
            "rows": figure_rows(data),
            "centres": centres_breakdown(first),
            "reports": MonthlyReport.objects.filter(month=first).select_related("centre"),
        },
    )


def _parse_month(value):
    """The first day of a month written YYYY-MM, or None."""
    if len(value) == 7 and value[4] == "-" and value.replace("-", "").isdigit():
        try:
            return date(int(value[:4]), int(value[5:]), 1)
        except ValueError:
            pass
    return None


def _chosen_month(value):
    return _parse_month(value) or previous_month()


def _chosen_centre(user, value):
    """The centre whose dashboard is shown: staff see their own centre only; the network
    coordinator sees the network (None) unless they choose a centre."""
    centres = list(visible_centres(user).order_by("name"))
    chosen = next((centre for centre in centres if str(centre.pk) == value), None)
    if chosen is None and not is_network_coordinator(user):
        chosen = centres[0]
    return chosen, centres


@counter_required
def indicators_page(request):
    month = _chosen_month(request.GET.get("month", ""))
    centre, centres = _chosen_centre(request.user, request.GET.get("centre", ""))
    rows, trend = indicators(month, centre=centre), contacts_by_month(month, centre)
    scope = centre.name if centre else _("the network")
    return render(
        request,
        "casework/indicators.html",
        {
            "month": month,
            "rows": rows,
            "centre": centre,
            "centres": centres,
            "network": is_network_coordinator(request.user),
            "charts": charts(month, rows, trend, scope),
            "trend": trend,
        },
    )


@counter_required
def period_report(request):
    """The final report of the project period: the months from `from` to `to` (the network's
    project period unless chosen) aggregated, for a centre or the whole network."""
    centre, centres = _chosen_centre(request.user, request.GET.get("centre", ""))
    first, last = project_period()
    chosen = [_parse_month(request.GET.get(key, "")) for key in ("from", "to")]
    error = None
    if any(chosen):
        try:
            first, last = services.check_period(*chosen)
        except ValidationError as refusal:
            error = refusal.messages[0]
    data = period_figures(first, next_month(last), None if centre is None else [centre.pk])
    scope = centre.name if centre else _("the network")
    title = _("Report of %(scope)s for %(first)s to %(last)s") % {
        "scope": scope,
        "first": f"{first:%Y-%m}",
        "last": f"{last:%Y-%m}",
    }
    stem = f"{centre.code if centre else 'network'}-{first:%Y-%m}-{last:%Y-%m}"
    fmt = request.GET.get("format")
    if fmt == "xlsx" and error is None:
        return _download(report_xlsx(title, data), f"{stem}.xlsx", XLSX)
    if fmt == "pdf" and error is None:
        return _download(report_pdf(title, data, last, centre=centre), f"{stem}.pdf", "application/pdf")
    query = {"from": f"{first:%Y-%m}", "to": f"{last:%Y-%m}", **({"centre": centre.pk} if centre else {})}
    return render(
        request,
        "casework/period_report.html",
        {
            "title": title,
            "first": first,
            "last": last,
            "error": error,
            "rows": figure_rows(data),
            "centre": centre,
            "centres": centres,
            "network": is_network_coordinator(request.user),
            "query": urlencode(query),
        },
        status=400 if error else 200,
    )
