"""Coordinator dashboard, meetings, invitations and attendance."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from core.permissions import may

from .. import services
from ..access import coordinator_required, team_member_required
from ..forms import ActionItemForm, ApproveForm, MeetingForm, MinutesUploadForm, MinutesWriteForm, PublishForm
from ..models import ActionItem, Attendance, Invitation, Meeting, Minutes
from ..rules import MANAGE_MEETINGS, VIEW_MINUTES, chairs
from ..stats import body_statuses


def show_errors(request, error):
    for message in error.messages:
        messages.error(request, message)


@team_member_required
def dashboard(request):
    meetings = Meeting.objects.select_related("body", "minutes").order_by("-starts_at")[:50]
    return render(
        request,
        "coordination/dashboard.html",
        {
            "statuses": body_statuses(),
            "year": timezone.localdate().year,
            "meetings": meetings,
            "can_manage": may(request.user, MANAGE_MEETINGS),
        },
    )


@coordinator_required
def meeting_create(request):
    form = MeetingForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            meeting = services.create_meeting(
                body=data["body"],
                title=data["title"],
                starts_at=data["starts_at"],
                ends_at=data["ends_at"],
                place=data["place"],
                online_url=data["online_url"],
                agenda=data["agenda"],
                user=request.user,
            )
        except ValidationError as error:
            show_errors(request, error)
        else:
            messages.success(request, _("The meeting was created."))
            return redirect("coordination:meeting_detail", pk=meeting.pk)
    return render(request, "coordination/meeting_form.html", {"form": form})


@coordinator_required
def meeting_edit(request, pk):
    meeting = _meeting(pk)
    if meeting.is_cancelled:
        messages.error(request, _("This meeting is cancelled."))
        return redirect("coordination:meeting_detail", pk=meeting.pk)
    form = MeetingForm(request.POST or None, meeting=meeting)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            services.update_meeting(
                meeting,
                title=data["title"],
                starts_at=data["starts_at"],
                ends_at=data["ends_at"],
                place=data["place"],
                online_url=data["online_url"],
                agenda=data["agenda"],
                user=request.user,
            )
        except ValidationError as error:
            show_errors(request, error)
        else:
            messages.success(request, _("The meeting was saved; invited members are told of any change."))
            return redirect("coordination:meeting_detail", pk=meeting.pk)
    return render(request, "coordination/meeting_form.html", {"form": form, "meeting": meeting})


@require_POST
@coordinator_required
def meeting_cancel(request, pk):
    meeting = _meeting(pk)
    try:
        services.cancel_meeting(meeting, user=request.user)
    except ValidationError as error:
        show_errors(request, error)
    else:
        messages.success(request, _("The meeting was cancelled; invited members are told."))
    return redirect("coordination:meeting_detail", pk=meeting.pk)


def meeting_context(request, meeting):
    minutes = Minutes.objects.filter(meeting=meeting).prefetch_related("versions").first()
    if minutes is not None and not may(request.user, VIEW_MINUTES, minutes):
        # Draft minutes stay with those who write and approve them, as in the API.
        minutes = None
    members = list(meeting.body.members.select_related("institution").order_by("name"))
    attendance = {a.member_id: a for a in Attendance.objects.filter(meeting=meeting)}
    for member in members:
        member.attendance = attendance.get(member.pk)
    agenda = list(meeting.agenda_items.order_by("position"))
    for item in agenda:
        item.summary = minutes.item_summaries.get(str(item.pk), "") if minutes else ""
    return {
        "meeting": meeting,
        "agenda": agenda,
        "members": members,
        "invitations": Invitation.objects.filter(meeting=meeting).select_related("member"),
        "minutes": minutes,
        "action_items": ActionItem.objects.filter(meeting=meeting).select_related(
            "owner_member", "owner_institution"
        ),
        "can_manage": may(request.user, MANAGE_MEETINGS),
        "user_is_chair": chairs(request.user, meeting.body),
        "upload_form": MinutesUploadForm(),
        "write_form": MinutesWriteForm(agenda_items=agenda, minutes=minutes),
        "action_item_form": ActionItemForm(),
        "approve_form": ApproveForm(meeting=meeting),
        "publish_form": PublishForm(initial={"audience": minutes.audience if minutes else "members"}),
    }


@team_member_required
def meeting_detail(request, pk):
    meeting = _meeting(pk)
    return render(request, "coordination/meeting_detail.html", meeting_context(request, meeting))


@require_POST
@coordinator_required
def meeting_invite(request, pk):
    meeting = _meeting(pk)
    try:
        invitations = services.invite_members(meeting, user=request.user)
    except ValidationError as error:
        show_errors(request, error)
    else:
        messages.success(request, _("%(count)d invitations sent.") % {"count": len(invitations)})
    return redirect("coordination:meeting_detail", pk=meeting.pk)


@require_POST
@coordinator_required
def meeting_attendance(request, pk):
    meeting = _meeting(pk)
    deputies = {
        key.removeprefix("deputy_"): value for key, value in request.POST.items() if key.startswith("deputy_")
    }
    try:
        services.record_attendance(
            meeting,
            present_member_ids=request.POST.getlist("present"),
            deputies={key: value for key, value in deputies.items() if key.isdigit()},
            user=request.user,
        )
    except (ValidationError, ValueError) as error:
        show_errors(
            request,
            error if isinstance(error, ValidationError) else ValidationError(_("Invalid attendance.")),
        )
    else:
        messages.success(request, _("Attendance recorded."))
    return redirect("coordination:meeting_detail", pk=meeting.pk)


def _meeting_form_post(request, meeting, *, form, context_name, operation, success, error_field=None):
    """Validate one of the meeting page's forms and run its service. On refusal the meeting page
    is shown again with the error beside that form, and nothing has changed."""
    if form.is_valid():
        try:
            operation(form.cleaned_data)
        except ValidationError as error:
            form.add_error(error_field, error)
        else:
            messages.success(request, success)
            return redirect("coordination:meeting_detail", pk=meeting.pk)
    context = meeting_context(request, meeting)
    context[context_name] = form
    return render(request, "coordination/meeting_detail.html", context, status=400)


def _meeting(pk):
    return get_object_or_404(Meeting.objects.select_related("body"), pk=pk)


@require_POST
@coordinator_required
def minutes_upload(request, pk):
    meeting = _meeting(pk)
    return _meeting_form_post(
        request,
        meeting,
        form=MinutesUploadForm(request.POST, request.FILES),
        context_name="upload_form",
        operation=lambda data: services.upload_minutes(meeting, upload=data["file"], user=request.user),
        success=_("The minutes file was uploaded."),
        error_field="file",
    )


@require_POST
@coordinator_required
def minutes_write(request, pk):
    meeting = _meeting(pk)
    form = MinutesWriteForm(request.POST, agenda_items=list(meeting.agenda_items.order_by("position")))
    return _meeting_form_post(
        request,
        meeting,
        form=form,
        context_name="write_form",
        operation=lambda data: services.save_minutes(
            meeting, item_summaries=form.item_summaries(), decisions=data["decisions"], user=request.user
        ),
        success=_("The minutes were saved."),
    )


@require_POST
@coordinator_required
def action_item_add(request, pk):
    meeting = _meeting(pk)
    return _meeting_form_post(
        request,
        meeting,
        form=ActionItemForm(request.POST),
        context_name="action_item_form",
        operation=lambda data: services.add_action_item(meeting, **data, user=request.user),
        success=_("The action item was added."),
    )


@require_POST
@team_member_required
def minutes_approve(request, pk):
    meeting = _meeting(pk)
    minutes = get_object_or_404(Minutes, meeting=meeting)
    return _meeting_form_post(
        request,
        meeting,
        form=ApproveForm(request.POST, meeting=meeting),
        context_name="approve_form",
        operation=lambda data: services.approve_minutes(
            minutes, at_meeting=data["at_meeting"], user=request.user
        ),
        success=_("The minutes were approved and filed in the library."),
    )


@require_POST
@coordinator_required
def minutes_publish(request, pk):
    meeting = _meeting(pk)
    minutes = get_object_or_404(Minutes, meeting=meeting)
    return _meeting_form_post(
        request,
        meeting,
        form=PublishForm(request.POST),
        context_name="publish_form",
        operation=lambda data: services.publish_minutes(
            minutes, audience=data["audience"], user=request.user
        ),
        success=_("The minutes were published."),
    )
