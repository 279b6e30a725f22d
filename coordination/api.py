"""Coordination in the API: directory, bodies, meetings, invitations, minutes, action items and
the public action plan. Endpoints are thin: they check who asks and call services."""

from django.shortcuts import get_object_or_404
from ninja import Router, Status

from core.api_errors import refusals_as
from core.permissions import require
from integration_site.api_auth import optional_sign_in, signed_in

from . import services
from .api_meetings import meetings_router
from .api_schemas import (
    CoordinationActionItemOut,
    CoordinationAnswerIn,
    CoordinationBodyOut,
    CoordinationDirectoryOut,
    CoordinationError,
    CoordinationInvitationOut,
    CoordinationMeetingIn,
    CoordinationMeetingOut,
    CoordinationMinutesDetailOut,
    CoordinationMinutesOut,
    CoordinationObjectiveOut,
    CoordinationStatusIn,
    DatabaseId,
)
from .models import ActionItem, Body, Invitation, Meeting
from .queries import action_items_queryset, directory_querysets, filter_action_items, visible_minutes
from .reports import objectives_with_actions
from .rules import MANAGE_MEETINGS, VIEW_INTERNAL
from .stats import body_statuses

router = Router(tags=["coordination"])


def require_team(request):
    require(request.user, VIEW_INTERNAL)


@router.get(
    "/directory",
    response=CoordinationDirectoryOut,
    auth=signed_in,
    operation_id="coordination_directory",
    url_name="coordination_directory",
)
def directory(request):
    """Team members, deputies and experts (integration-team members and coordinators only)."""
    require_team(request)
    members, experts = directory_querysets()
    return {"members": list(members), "experts": list(experts)}


@router.get(
    "/bodies",
    response=list[CoordinationBodyOut],
    auth=signed_in,
    operation_id="coordination_bodies",
    url_name="coordination_bodies",
)
def bodies(request):
    require_team(request)
    return [
        {
            "id": s.body.pk,
            "name": s.body.name,
            "min_meetings_per_year": s.body.min_meetings_per_year,
            "min_migrant_share": s.body.min_migrant_share,
            "meetings_held_this_year": s.meetings_held,
            "members": s.members,
            "migrant_members": s.migrant_members,
            "frequency_met": s.frequency_met,
            "composition_met": s.composition_met,
        }
        for s in body_statuses()
    ]


def meetings_queryset():
    return Meeting.objects.select_related("body").prefetch_related("agenda_items")


@router.get(
    "/meetings",
    response=list[CoordinationMeetingOut],
    auth=signed_in,
    operation_id="coordination_meetings",
    url_name="coordination_meetings",
)
def meetings(request, body_id: DatabaseId | None = None):
    require_team(request)
    queryset = meetings_queryset()
    if body_id is not None:
        queryset = queryset.filter(body_id=body_id)
    return list(queryset[:200])


@router.post(
    "/meetings",
    response={201: CoordinationMeetingOut, 400: CoordinationError},
    auth=signed_in,
    operation_id="coordination_meeting_create",
    url_name="coordination_meeting_create",
)
@refusals_as(400)
def create_meeting(request, payload: CoordinationMeetingIn):
    """Create a meeting with its agenda (coordinators only)."""
    require(request.user, MANAGE_MEETINGS)
    body = get_object_or_404(Body, pk=payload.body_id)
    meeting = services.create_meeting(
        body=body,
        title=payload.title,
        starts_at=payload.starts_at,
        ends_at=payload.ends_at,
        place=payload.place,
        online_url=payload.online_url,
        agenda=payload.agenda,
        user=request.user,
    )
    return Status(201, meetings_queryset().get(pk=meeting.pk))


@router.get(
    "/invitations/mine",
    response=list[CoordinationInvitationOut],
    auth=signed_in,
    operation_id="coordination_my_invitations",
    url_name="coordination_my_invitations",
)
def my_invitations(request):
    return list(
        Invitation.objects.filter(member__user=request.user)
        .select_related("meeting__body")
        .prefetch_related("meeting__agenda_items")
        .order_by("-meeting__starts_at")
    )


@router.post(
    "/invitations/{invitation_id}/answer",
    response={200: CoordinationInvitationOut, 400: CoordinationError},
    auth=signed_in,
    operation_id="coordination_answer_invitation",
    url_name="coordination_answer_invitation",
)
@refusals_as(400)
def answer_invitation(request, invitation_id: DatabaseId, payload: CoordinationAnswerIn):
    invitation = get_object_or_404(Invitation, pk=invitation_id, member__user=request.user)
    services.answer_invitation(invitation, answer=payload.answer, deputy_name=payload.deputy_name)
    return (
        Invitation.objects.select_related("meeting__body")
        .prefetch_related("meeting__agenda_items")
        .get(pk=invitation.pk)
    )


def minutes_queryset(user):
    return (
        visible_minutes(user)
        .select_related("meeting__body", "document")
        .prefetch_related("meeting__agenda_items")
    )


@router.get(
    "/minutes",
    response=list[CoordinationMinutesOut],
    auth=optional_sign_in,
    operation_id="coordination_minutes",
    url_name="coordination_minutes",
)
def minutes_list(request):
    """Public minutes for everyone; approved and internal ones for team members; drafts for coordinators."""
    return list(minutes_queryset(request.user)[:200])


@router.get(
    "/minutes/{minutes_id}",
    response=CoordinationMinutesDetailOut,
    auth=optional_sign_in,
    operation_id="coordination_minutes_detail",
    url_name="coordination_minutes_detail",
)
def minutes_detail(request, minutes_id: DatabaseId):
    return get_object_or_404(minutes_queryset(request.user), pk=minutes_id)


@router.get(
    "/action-items",
    response=list[CoordinationActionItemOut],
    auth=signed_in,
    operation_id="coordination_action_items",
    url_name="coordination_action_items",
)
def action_items(request, owner: str = "", body: str = "", status: str = "", overdue: bool = False):
    """All action items, filterable like the page (owner=member-ID or institution-ID)."""
    require_team(request)
    params = {"owner": owner, "body": body, "status": status, "overdue": overdue}
    return list(filter_action_items(action_items_queryset(), params)[:500])


@router.get(
    "/action-items/mine",
    response=list[CoordinationActionItemOut],
    auth=signed_in,
    operation_id="coordination_my_action_items",
    url_name="coordination_my_action_items",
)
def my_action_items(request):
    return list(action_items_queryset().owned_by(request.user))


@router.post(
    "/action-items/{item_id}/status",
    response={200: CoordinationActionItemOut, 400: CoordinationError},
    auth=signed_in,
    operation_id="coordination_action_item_status",
    url_name="coordination_action_item_status",
)
@refusals_as(400)
def action_item_status(request, item_id: DatabaseId, payload: CoordinationStatusIn):
    """Owners update their own items; coordinators any."""
    item = get_object_or_404(ActionItem, pk=item_id)
    services.update_action_item_status(item, status=payload.status, user=request.user)
    return action_items_queryset().get(pk=item.pk)


@router.get(
    "/action-plan",
    response=list[CoordinationObjectiveOut],
    auth=optional_sign_in,
    operation_id="coordination_action_plan",
    url_name="coordination_action_plan",
)
def action_plan(request):
    """The action plan's progress per strategic objective and action (public)."""
    return list(objectives_with_actions())


router.add_router("", meetings_router)
