"""Reads shared by the coordination pages and the API, so the two show the same records."""

from django.db.models import Q

from core.permissions import holds

from .models import ActionItem, ActionItemStatus, Expert, Minutes, MinutesStatus, TeamMember
from .rules import VIEW_MINUTES, WRITE_MINUTES


def visible_minutes(user):
    """The minutes `user` may read (the queryset form of the rule for coordination.view_minutes):
    drafts to those who write them and to the body's chair, approved and published minutes to the
    team, minutes published to the public to everyone."""
    minutes = Minutes.objects.all()
    if holds(user, WRITE_MINUTES):
        return minutes
    public = Q(status=MinutesStatus.PUBLISHED, audience="public")
    if not user.is_authenticated:
        return minutes.filter(public)
    chaired_drafts = Q(
        status=MinutesStatus.DRAFT,
        meeting__body__memberships__is_chair=True,
        meeting__body__memberships__member__user=user,
    )
    if holds(user, VIEW_MINUTES):
        return minutes.filter(~Q(status=MinutesStatus.DRAFT) | chaired_drafts).distinct()
    return minutes.filter(public | chaired_drafts).distinct()


def _row_id(text):
    """The id in a filter parameter, or None when it is not one the database could hold."""
    return int(text) if text.isdigit() and len(text) <= 18 else None


def filter_action_items(items, params):
    owner = params.get("owner", "")
    kind, _dash, owner_id = owner.partition("-")
    if _row_id(owner_id) and kind == "member":
        items = items.filter(owner_member_id=_row_id(owner_id))
    elif _row_id(owner_id) and kind == "institution":
        items = items.filter(owner_institution_id=_row_id(owner_id))
    body = _row_id(str(params.get("body", "")))
    if body:
        items = items.filter(meeting__body_id=body)
    status = params.get("status", "")
    if status in ActionItemStatus.values:
        items = items.filter(status=status)
    if params.get("overdue"):
        items = items.overdue()
    return items


def action_items_queryset():
    return ActionItem.objects.select_related("meeting__body", "owner_member", "owner_institution")


def directory_querysets():
    members = TeamMember.objects.select_related("institution", "deputy_of")
    members = members.order_by("institution__name", "name")
    return members, Expert.objects.order_by("name")
