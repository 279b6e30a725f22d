"""Who may do what in participation. Roles and the permissions they hold are declared in
core/roles.py; the services ask core.permissions, so pages, API and admin cannot disagree."""

from core.permissions import may, require

__all__ = ["is_requester", "may", "require"]


def is_requester(user, case):
    """The person who filed the case while signed in sees it through their account."""
    return bool(user and user.is_authenticated and case.requester_id == user.pk)
