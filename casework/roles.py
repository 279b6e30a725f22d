"""Who is staff or lead of which centre is a CentreMembership row; the membership puts the
person in the matching role group of core/roles.py (which holds the permissions), and the object
rules in rules.py narrow those rights to their own centre."""

from django.contrib.auth.models import Group
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from core.roles import CENTRE_LEADS, CENTRE_STAFF, NETWORK_COORDINATORS

from .choices import StaffRole

MEMBERSHIP_GROUPS = {StaffRole.STAFF: CENTRE_STAFF, StaffRole.LEAD: CENTRE_LEADS}

__all__ = ["CENTRE_LEADS", "CENTRE_STAFF", "NETWORK_COORDINATORS", "sync_membership_groups"]


def sync_membership_groups(user):
    """Put a person in the staff or lead group exactly when a membership gives them that role."""
    held = set(user.centre_memberships.values_list("role", flat=True))
    for role, group_name in MEMBERSHIP_GROUPS.items():
        group = Group.objects.get_or_create(name=group_name)[0]
        if role in held:
            user.groups.add(group)
        else:
            user.groups.remove(group)


@receiver(post_save, sender="casework.CentreMembership")
@receiver(post_delete, sender="casework.CentreMembership")
def membership_changed(sender, instance, **kwargs):
    sync_membership_groups(instance.user)
