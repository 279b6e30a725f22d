"""The counter's roles and the permissions each holds. To move into core/roles.py
(ROLE_PERMISSIONS) once the shared core app is on main; until then they are synced to groups
here, on post_migrate. Who is staff or lead of which centre is a CentreMembership row; the
membership puts the person in the matching group, and object rules (rules.py) narrow it to
their own centre."""

from django.apps import apps
from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from .choices import StaffRole

CENTRE_STAFF = "Centre staff"
CENTRE_LEADS = "Centre leads"
NETWORK_COORDINATORS = "Network coordinators"

_STAFF = [
    "casework.view_centre",
    "casework.view_visitor", "casework.add_visitor", "casework.change_visitor", "casework.view_identity",
    "casework.view_contact", "casework.add_contact", "casework.change_contact",
    "casework.view_case", "casework.add_case", "casework.change_case",
    "casework.view_slot", "casework.add_slot",
    "casework.view_appointment", "casework.add_appointment", "casework.change_appointment",
    "casework.view_monthlyreport",
]
ROLE_PERMISSIONS = {
    CENTRE_STAFF: _STAFF,
    CENTRE_LEADS: [
        *_STAFF,
        "casework.merge_visitor", "casework.export_visitor", "casework.change_slot", "casework.delete_slot",
        "casework.change_monthlyreport", "casework.submit_monthlyreport",
    ],
    NETWORK_COORDINATORS: [
        "casework.view_centre", "casework.view_visitor", "casework.view_contact", "casework.view_case",
        "casework.approve_assistance", "casework.view_appointment", "casework.view_slot",
        "casework.view_monthlyreport", "casework.approve_monthlyreport", "casework.change_network",
    ],
}
MEMBERSHIP_GROUPS = {StaffRole.STAFF: CENTRE_STAFF, StaffRole.LEAD: CENTRE_LEADS}


def sync_role_groups(**kwargs):
    """Give each role's group exactly the permissions listed above (idempotent)."""
    # This app's receiver runs before auth's, which would create the permissions only afterwards.
    create_permissions(apps.get_app_config("casework"), verbosity=0)
    for role, names in ROLE_PERMISSIONS.items():
        group = Group.objects.get_or_create(name=role)[0]
        codenames = {name.split(".", 1)[1] for name in names}
        permissions = Permission.objects.filter(content_type__app_label="casework", codename__in=codenames)
        group.permissions.remove(*group.permissions.filter(content_type__app_label="casework").exclude(
            pk__in=permissions
        ))
        group.permissions.add(*permissions)


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
