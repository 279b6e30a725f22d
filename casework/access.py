"""Who works where: the facts the object rules (rules.py) and the counter's lists ask about.
The question "may this person do this to this object" itself is core.permissions.may."""

from core.permissions import may, require

from .choices import StaffRole
from .roles import NETWORK_COORDINATORS

__all__ = ["may", "require", "centre_roles", "is_network_coordinator", "works_at", "leads", "may_use_counter"]


def centre_roles(user):
    """{centre id: role} for the person's memberships, read once per user object."""
    if user is None or not user.is_authenticated:
        return {}
    if not hasattr(user, "_casework_centre_roles"):
        user._casework_centre_roles = dict(user.centre_memberships.values_list("centre_id", "role"))
    return user._casework_centre_roles


def is_network_coordinator(user):
    if user is None or not user.is_authenticated or not user.is_active:
        return False
    if not hasattr(user, "_casework_network_coordinator"):
        user._casework_network_coordinator = (
            user.is_superuser or user.groups.filter(name=NETWORK_COORDINATORS).exists()
        )
    return user._casework_network_coordinator


def works_at(user, centre_id):
    return user is not None and user.is_active and centre_id in centre_roles(user)


def leads(user, centre_id):
    return user is not None and user.is_active and centre_roles(user).get(centre_id) == StaffRole.LEAD


def may_use_counter(user):
    """Anyone with a place at the counter: centre staff, leads and the network coordinator."""
    return bool(user is not None and user.is_active and centre_roles(user)) or is_network_coordinator(user)
