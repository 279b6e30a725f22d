"""The roles of the platform. Each is a Django group; the permissions each needs are granted in
migrations of the app that owns them."""

from django.utils.translation import gettext_lazy as _

EDITORS = "Editors"
MODERATORS = "Moderators"
COORDINATORS = "Coordinators"
TEAM_MEMBERS = "Integration-team members"
VOLUNTEERS = "Volunteers"
PARTICIPANTS = "Participants"
# The civic desk (citizens' information centre): information requests, petitions, complaints.
CIVIC_STAFF = "Civic-services staff"

ROLES = {
    EDITORS: _("Editors"),
    MODERATORS: _("Moderators"),
    COORDINATORS: _("Coordinators"),
    TEAM_MEMBERS: _("Integration-team members"),
    VOLUNTEERS: _("Volunteers"),
    PARTICIPANTS: _("Participants"),
    CIVIC_STAFF: _("Civic-services staff"),
}


def has_role(user, *roles):
    """True if the user is in any of the groups (superusers hold every role)."""
    if not user.is_authenticated:
        return False
    if user.is_superuser:
        return True
    return user.groups.filter(name__in=roles).exists()
