"""Object rules of coordination: the chair of a body approves its minutes, owners update their
own action items, and draft minutes stay with those who write or approve them."""

from core.permissions import holds, rule

from .models import ActionItem, MinutesStatus

#: The internal side (directory, meetings, action items): integration-team members and coordinators.
VIEW_INTERNAL = "coordination.view_meeting"
MANAGE_MEETINGS = "coordination.change_meeting"
WRITE_MINUTES = "coordination.change_minutes"
VIEW_MINUTES = "coordination.view_minutes"
APPROVE_MINUTES = "coordination.approve_minutes"
PUBLISH_MINUTES = "coordination.publish_minutes"
CHANGE_ACTION_ITEM = "coordination.change_actionitem"


def chairs(user, body):
    return user.is_authenticated and body.memberships.filter(is_chair=True, member__user=user).exists()


@rule(APPROVE_MINUTES)
def chair_or_coordinator(user, minutes):
    if holds(user, APPROVE_MINUTES):
        return True
    return minutes is not None and chairs(user, minutes.meeting.body)


@rule(VIEW_MINUTES)
def minutes_reader(user, minutes):
    """Drafts: those who write them and the body's chair; approved minutes: the team;
    published minutes: their audience."""
    if minutes is None:
        return holds(user, VIEW_MINUTES)
    if minutes.status == MinutesStatus.DRAFT:
        return holds(user, WRITE_MINUTES) or chairs(user, minutes.meeting.body)
    if minutes.status == MinutesStatus.PUBLISHED and minutes.audience == "public":
        return True
    return holds(user, VIEW_MINUTES)


@rule(CHANGE_ACTION_ITEM)
def owner_or_coordinator(user, item):
    if holds(user, CHANGE_ACTION_ITEM):
        return True
    return item is not None and ActionItem.objects.owned_by(user).filter(pk=item.pk).exists()
