"""The quarterly work plan (members), the public action plan progress page, the report draft."""

from itertools import groupby

from django.db.models import Prefetch
from django.http import HttpResponse
from django.shortcuts import render

from .. import services
from ..access import coordinator_required, is_team_member, team_member_required
from ..models import ProgressUpdate, WorkPlanEntry
from ..reports import objective_progress, objectives_with_actions

REPORT_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}


@team_member_required
def work_plan(request):
    entries = WorkPlanEntry.objects.prefetch_related("responsible_members", "responsible_institutions")
    quarters = [(quarter, list(group)) for quarter, group in groupby(entries, key=lambda entry: entry.quarter)]
    return render(request, "coordination/work_plan.html", {"quarters": quarters})


def action_plan(request):
    objectives = list(
        objectives_with_actions().prefetch_related(
            Prefetch("actions__updates", queryset=ProgressUpdate.objects.order_by("-date", "-pk"))
        )
    )
    for objective in objectives:
        objective.progress = objective_progress(objective)
    return render(
        request, "coordination/action_plan.html", {"objectives": objectives, "is_member": is_team_member(request.user)}
    )


@coordinator_required
def report(request, year, format):
    content = services.generate_report(year, file_format=format, user=request.user)
    response = HttpResponse(content, content_type=REPORT_TYPES[format])
    response["Content-Disposition"] = f'attachment; filename="integration-report-{year}.{format}"'
    return response


