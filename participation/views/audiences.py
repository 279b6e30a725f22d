"""Audience hours, requests and the desk's handling of them."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from .. import queries
from ..errors import ParticipationError
from ..forms import AudienceRequestForm, AudienceSlotForm
from ..models import AudienceRequest, AudienceSlot
from ..services import audiences
from .common import permission_required, show_error

HANDLE = "participation.handle_case"


def audience_hours(request):
    slots = queries.upcoming_audience_slots()
    officials = sorted({slot.official for slot in slots})
    form = AudienceRequestForm(request.POST or None, officials=officials)
    if request.method == "POST" and form.is_valid():
        try:
            audiences.request_audience(data=form.cleaned_data, language=get_language(), request=request)
        except ParticipationError as error:
            show_error(request, error)
        else:
            messages.success(request, _("Your request is registered. We will write to you with a time."))
            return redirect("participation:audiences")
    return render(request, "participation/audiences.html", {"slots": slots, "form": form})


@permission_required(HANDLE)
def audience_desk(request):
    form = AudienceSlotForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            audiences.publish_slot(user=request.user, request=request, **form.cleaned_data)
        except ParticipationError as error:
            show_error(request, error)
        else:
            messages.success(request, _("Saved."))
            return redirect("participation:audience_desk")
    return render(
        request,
        "participation/audience_desk.html",
        {
            "requests": queries.open_audience_requests(),
            "slots": queries.upcoming_audience_slots(),
            "form": form,
        },
    )


@require_POST
@permission_required(HANDLE)
def audience_action(request, pk, action):
    audience = get_object_or_404(AudienceRequest, pk=pk)
    try:
        if action == "confirm":
            slot_id = request.POST.get("slot", "")
            slot = get_object_or_404(
                AudienceSlot, pk=int(slot_id) if slot_id.isdigit() else 0, starts_at__gt=timezone.now()
            )
            audiences.confirm_audience(audience, slot=slot, user=request.user, request=request)
        elif action == "decline":
            audiences.decline_audience(
                audience, user=request.user, reason=request.POST.get("reason", ""), request=request
            )
        elif action == "outcome":
            audiences.record_audience_outcome(
                audience, user=request.user, outcome=request.POST.get("outcome", ""), request=request
            )
        else:
            raise Http404
    except ParticipationError as error:
        show_error(request, error)
    else:
        messages.success(request, _("Saved."))
    return redirect("participation:audience_desk")
