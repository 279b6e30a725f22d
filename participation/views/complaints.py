"""Complaints about the centre's services: the public form, the private tracking page and the
desk's list where staff answer them and say whether they were justified."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from .. import deadlines, queries
from ..errors import ParticipationError
from ..forms import ServiceComplaintAnswerForm, ServiceComplaintForm
from ..models import Complaint
from ..services import complaints as services
from .common import permission_required, show_error

HANDLE = "participation.handle_case"


def complaint_new(request):
    initial = {}
    if request.user.is_authenticated:
        initial = {"name": request.user.get_full_name(), "email": request.user.email}
    form = ServiceComplaintForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            complaint = services.file_service_complaint(
                **form.cleaned_data, language=get_language(), user=request.user, request=request
            )
        except ParticipationError as error:
            show_error(request, error)
        else:
            messages.success(
                request,
                _(
                    "Your complaint is registered as %(reference)s. We sent the details to your e-mail address."
                )
                % {"reference": complaint.reference},
            )
            return redirect("participation:complaint_track", token=complaint.tracking_token)
    return render(
        request,
        "participation/complaint_form.html",
        {"form": form, "answer_days": deadlines.PETITION_ANSWER_DAYS},
    )


def complaint_track(request, token):
    complaint = queries.service_complaint_by_token(token)
    if complaint is None:
        raise Http404
    return render(request, "participation/complaint_track.html", {"complaint": complaint})


@permission_required(HANDLE)
def complaint_desk(request):
    return render(
        request,
        "participation/complaint_desk.html",
        {
            "complaints": queries.desk_service_complaints(),
            "today": timezone.localdate(),
        },
    )


@require_POST
@permission_required(HANDLE)
def complaint_answer(request, pk):
    complaint = get_object_or_404(Complaint, pk=pk, information_request__isnull=True, petition__isnull=True)
    form = ServiceComplaintAnswerForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Write the answer and say whether the complaint is justified."))
        return redirect("participation:complaint_desk")
    try:
        services.answer_service_complaint(complaint, user=request.user, request=request, **form.cleaned_data)
    except ParticipationError as error:
        show_error(request, error)
    else:
        messages.success(request, _("Saved."))
    return redirect("participation:complaint_desk")
