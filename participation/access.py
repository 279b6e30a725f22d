"""Who may do what in participation: one table of permissions to roles, asked by the services
themselves so that pages, API and admin cannot disagree."""

from django.core.exceptions import PermissionDenied

from accounts import roles

#: "participation.<codename>" -> the roles that hold it (superusers hold every permission).
PERMISSION_ROLES = {
    "participation.handle_case": [roles.CIVIC_STAFF, roles.COORDINATORS],
    "participation.manage_consultation": [roles.CIVIC_STAFF, roles.COORDINATORS],
    "participation.moderate_comment": [roles.MODERATORS, roles.CIVIC_STAFF, roles.COORDINATORS],
    "participation.manage_survey": [roles.CIVIC_STAFF, roles.COORDINATORS],
    "participation.view_feedback_report": [roles.EDITORS, roles.MODERATORS, roles.COORDINATORS],
    "participation.submit_practice": [roles.TEAM_MEMBERS, roles.COORDINATORS, roles.CIVIC_STAFF],
    "participation.review_practice": [roles.MODERATORS, roles.COORDINATORS],
}


def may(user, perm, obj=None):
    if not user or not user.is_authenticated or not user.is_active:
        return False
    if user.is_superuser:
        return True
    return roles.has_role(user, *PERMISSION_ROLES[perm])


def require(user, perm, obj=None):
    if not may(user, perm, obj):
        raise PermissionDenied


def is_requester(user, case):
    """The person who filed the case while signed in sees it through their account."""
    return bool(user and user.is_authenticated and case.requester_id == user.pk)
