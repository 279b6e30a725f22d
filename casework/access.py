"""May this person do this to this object? One question for pages, API and services.

Shaped like core.permissions (landing on main): `may(user, "casework.codename", obj)` checks
the role's permission first, then the object rule registered with `@rule`. When core is
merged, these three functions become imports from core.permissions."""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext as _

from .choices import StaffRole
from .roles import NETWORK_COORDINATORS

_RULES = {}


def rule(perm):
    def register(check):
        _RULES[perm] = check
        return check

    return register


def may(user, perm, obj=None):
    if user is None or not user.is_authenticated or not user.is_active:
        return False
    if not user.has_perm(perm):
        return False
    check = _RULES.get(perm)
    return obj is None or check is None or bool(check(user, obj))


def require(user, perm, obj=None):
    if not may(user, perm, obj):
        raise PermissionDenied(_("You do not have permission to do this."))


def centre_roles(user):
    """{centre id: role} for the person's memberships, read once per user object."""
    if not user.is_authenticated:
        return {}
    if not hasattr(user, "_casework_centre_roles"):
        user._casework_centre_roles = dict(user.centre_memberships.values_list("centre_id", "role"))
    return user._casework_centre_roles


def is_network_coordinator(user):
    if not user.is_authenticated:
        return False
    if not hasattr(user, "_casework_network_coordinator"):
        user._casework_network_coordinator = user.is_superuser or user.groups.filter(
            name=NETWORK_COORDINATORS
        ).exists()
    return user._casework_network_coordinator


def works_at(user, centre_id):
    return centre_id in centre_roles(user)


def leads(user, centre_id):
    return centre_roles(user).get(centre_id) == StaffRole.LEAD


def may_use_counter(user):
    """Anyone with a place at the counter: centre staff, leads and the network coordinator."""
    return bool(centre_roles(user)) or is_network_coordinator(user)
