"""Running a meeting through the API (coordinators; approval also by the body's chair): invite,
record attendance, upload or write the minutes, add action items, approve and publish. Each
endpoint calls the same service as the meeting page."""

from django.shortcuts import get_object_or_404
from ninja import File, Router, Status
from ninja.files import UploadedFile

from core.api_errors import refusals_as
from integration_site.api_auth import signed_in

from . import services
from .api_schemas import (
    CoordinationActionItemIn,
    CoordinationActionItemOut,
    CoordinationApproveIn,
    CoordinationAttendanceIn,
    CoordinationAttendeeOut,
    CoordinationError,
    CoordinationInvitedOut,
    CoordinationMeetingChangeIn,
    CoordinationMeetingOut,
    CoordinationMinutesDetailOut,
    CoordinationMinutesIn,
    CoordinationPublishIn,
    DatabaseId,
)
from .models import Action, ActionItem, Institution, Meeting, Minutes, TeamMember

meetings_router = Router(tags=["coordination"])
REFUSED = {400: CoordinationError}


def _meeting(meeting_id):
    return get_object_or_404(Meeting.objects.select_related("body"), pk=meeting_id)


def _minutes_out(minutes):
    return (
        Minutes.objects.select_related("meeting__body", "document")
        .prefetch_related("meeting__agenda_items")
        .get(pk=minutes.pk)
    )


def _meeting_out(meeting):
    return Meeting.objects.select_related("body").prefetch_related("agenda_items").get(pk=meeting.pk)


@meetings_router.put(
    "/meetings/{meeting_id}",
    response={200: CoordinationMeetingOut, **REFUSED},
    auth=signed_in,
    operation_id="coordination_meeting_update",
    url_name="coordination_meeting_update",
)
@refusals_as(400)
def update_meeting(request, meeting_id: DatabaseId, payload: CoordinationMeetingChangeIn):
    """Change the meeting's title, time, place or agenda; invited members get an updated invitation."""
    meeting = services.update_meeting(
        _meeting(meeting_id),
        title=payload.title,
        starts_at=payload.starts_at,
        ends_at=payload.ends_at,
        place=payload.place,
        online_url=payload.online_url,
        agenda=payload.agenda,
        user=request.user,
    )
    return _meeting_out(meeting)


@meetings_router.post(
    "/meetings/{meeting_id}/cancel",
    response={200: CoordinationMeetingOut, **REFUSED},
    auth=signed_in,
    operation_id="coordination_meeting_cancel",
    url_name="coordination_meeting_cancel",
)
@refusals_as(400)
def cancel_meeting(request, meeting_id: DatabaseId):
    """Cancel the meeting; invited members get the cancellation for their calendars."""
    return _meeting_out(services.cancel_meeting(_meeting(meeting_id), user=request.user))


@meetings_router.post(
    "/meetings/{meeting_id}/invitations",
    response={200: CoordinationInvitedOut, **REFUSED},
    auth=signed_in,
    operation_id="coordination_meeting_invite",
    url_name="coordination_meeting_invite",
)
@refusals_as(400)
def invite(request, meeting_id: DatabaseId):
    """Invite the body's members not invited yet (e-mail with an .ics in each one's language)."""
    return {"invited": len(services.invite_members(_meeting(meeting_id), user=request.user))}


@meetings_router.put(
    "/meetings/{meeting_id}/attendance",
    response={200: list[CoordinationAttendeeOut], **REFUSED},
    auth=signed_in,
    operation_id="coordination_meeting_attendance",
    url_name="coordination_meeting_attendance",
)
@refusals_as(400)
def attendance(request, meeting_id: DatabaseId, payload: CoordinationAttendanceIn):
    return list(
        services.record_attendance(
            _meeting(meeting_id),
            present_member_ids=payload.present,
            deputies=payload.deputies,
            user=request.user,
        )
    )


@meetings_router.post(
    "/meetings/{meeting_id}/minutes/file",
    response={200: CoordinationMinutesDetailOut, **REFUSED},
    auth=signed_in,
    operation_id="coordination_minutes_upload",
    url_name="coordination_minutes_upload",
)
@refusals_as(400)
def upload_minutes(request, meeting_id: DatabaseId, file: UploadedFile = File(...)):
    """Upload the minutes file (PDF, DOCX or ODT); a refused file changes nothing."""
    return _minutes_out(services.upload_minutes(_meeting(meeting_id), upload=file, user=request.user))


@meetings_router.put(
    "/meetings/{meeting_id}/minutes",
    response={200: CoordinationMinutesDetailOut, **REFUSED},
    auth=signed_in,
    operation_id="coordination_minutes_write",
    url_name="coordination_minutes_write",
)
@refusals_as(400)
def write_minutes(request, meeting_id: DatabaseId, payload: CoordinationMinutesIn):
    return _minutes_out(
        services.save_minutes(
            _meeting(meeting_id),
            item_summaries=payload.item_summaries,
            decisions=payload.decisions,
            user=request.user,
        )
    )


@meetings_router.post(
    "/meetings/{meeting_id}/action-items",
    response={201: CoordinationActionItemOut, **REFUSED},
    auth=signed_in,
    operation_id="coordination_action_item_create",
    url_name="coordination_action_item_create",
)
@refusals_as(400)
def add_action_item(request, meeting_id: DatabaseId, payload: CoordinationActionItemIn):
    meeting = _meeting(meeting_id)
    owner_member = payload.owner_member_id and get_object_or_404(TeamMember, pk=payload.owner_member_id)
    owner_institution = payload.owner_institution_id and get_object_or_404(
        Institution, pk=payload.owner_institution_id
    )
    action = payload.action_id and get_object_or_404(Action, pk=payload.action_id)
    item = services.add_action_item(
        meeting,
        title=payload.title,
        due_date=payload.due_date,
        owner_member=owner_member or None,
        owner_institution=owner_institution or None,
        action=action or None,
        user=request.user,
    )
    return Status(
        201,
        ActionItem.objects.select_related("meeting__body", "owner_member", "owner_institution").get(
            pk=item.pk
        ),
    )


@meetings_router.post(
    "/minutes/{minutes_id}/approve",
    response={200: CoordinationMinutesDetailOut, **REFUSED},
    auth=signed_in,
    operation_id="coordination_minutes_approve",
    url_name="coordination_minutes_approve",
)
@refusals_as(400)
def approve(request, minutes_id: DatabaseId, payload: CoordinationApproveIn):
    """Approve the minutes (the body's chair or a coordinator); they are filed in the members' library."""
    minutes = get_object_or_404(Minutes, pk=minutes_id)
    at_meeting = payload.at_meeting_id and get_object_or_404(Meeting, pk=payload.at_meeting_id)
    return _minutes_out(services.approve_minutes(minutes, at_meeting=at_meeting or None, user=request.user))


@meetings_router.post(
    "/minutes/{minutes_id}/publish",
    response={200: CoordinationMinutesDetailOut, **REFUSED},
    auth=signed_in,
    operation_id="coordination_minutes_publish",
    url_name="coordination_minutes_publish",
)
@refusals_as(400)
def publish(request, minutes_id: DatabaseId, payload: CoordinationPublishIn):
    minutes = get_object_or_404(Minutes, pk=minutes_id)
    return _minutes_out(services.publish_minutes(minutes, audience=payload.audience, user=request.user))
