"""The quarterly work plan (members), the public action plan progress page, the report draft."""

from itertools import groupby

from django.db.models import Prefetch
from django.http import HttpResponse
from django.shortcuts import render

from core.permissions import may

from .. import services
from ..access import coordinator_required, team_member_required
from ..models import ActionItem, Meeting, ProgressUpdate, WorkPlanEntry
from ..reports import objective_progress, objectives_with_actions
from ..rules import VIEW_INTERNAL

REPORT_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}


@team_member_required
def work_plan(request):
    entries = WorkPlanEntry.objects.prefetch_related("responsible_members", "responsible_institutions")
    quarters = [
        (quarter, list(group)) for quarter, group in groupby(entries, key=lambda entry: entry.quarter)
    ]
    return render(request, "coordination/work_plan.html", {"quarters": quarters})


def action_plan(request):
    is_member = may(request.user, VIEW_INTERNAL)
    objectives = objectives_with_actions().prefetch_related(
        Prefetch("actions__updates", queryset=ProgressUpdate.objects.order_by("-date", "-pk"))
    )
    if is_member:
        # The meetings and action items that move each action are internal: members only.
        objectives = objectives.prefetch_related(
            Prefetch(
                "actions__meetings", queryset=Meeting.objects.select_related("body").order_by("starts_at")
            ),
            Prefetch(
                "actions__action_items",
                queryset=ActionItem.objects.select_related("owner_member", "owner_institution"),
            ),
        )
    objectives = list(objectives)
    for objective in objectives:
        objective.progress = objective_progress(objective)
    return render(
        request, "coordination/action_plan.html", {"objectives": objectives, "is_member": is_member}
    )


@coordinator_required
def report(request, year, format):
    content = services.generate_report(year, file_format=format, user=request.user)
    response = HttpResponse(content, content_type=REPORT_TYPES[format])
    response["Content-Disposition"] = f'attachment; filename="integration-report-{year}.{format}"'
    return response
