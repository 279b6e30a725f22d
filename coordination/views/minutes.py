"""Reading minutes: a list and detail for whoever may see them, and the uploaded file."""

from django.http import Http404
from django.shortcuts import get_object_or_404, render

from core.files import serve_private
from core.permissions import may

from ..queries import visible_minutes
from ..rules import VIEW_INTERNAL


def minutes_list(request):
    minutes = visible_minutes(request.user).select_related("meeting__body", "document")
    return render(
        request,
        "coordination/minutes_list.html",
        {"minutes_list": minutes, "is_member": may(request.user, VIEW_INTERNAL)},
    )


def minutes_detail(request, pk):
    minutes = get_object_or_404(
        visible_minutes(request.user).select_related("meeting__body", "document"), pk=pk
    )
    meeting = minutes.meeting
    agenda = list(meeting.agenda_items.order_by("position"))
    for item in agenda:
        item.summary = minutes.item_summaries.get(str(item.pk), "")
    return render(
        request,
        "coordination/minutes_detail.html",
        {
            "minutes": minutes,
            "meeting": meeting,
            "agenda": agenda,
            "attendances": meeting.attendances.select_related("member__institution"),
            "action_items": meeting.action_items.select_related("owner_member", "owner_institution"),
        },
    )


def minutes_file(request, pk):
    minutes = get_object_or_404(visible_minutes(request.user), pk=pk)
    if not minutes.file:
        raise Http404
    return serve_private(request, minutes.file, filename=minutes.file_name or None)
