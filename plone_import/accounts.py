"""Plone users and groups, imported only on request: groups become Django groups, users become
accounts without a usable password, recorded as imported so that they can be invited to set one
(invitations.py). Plone's roles give no rights here: administrators choose each person's role
afterwards."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from django.utils.translation import gettext as _

from .models import ImportedAccount

#: Plone's built-in groups, which mean nothing on this platform.
BUILT_IN_GROUPS = {"Administrators", "Site Administrators", "Reviewers", "AuthenticatedUsers"}
GROUP_PREFIX = "Plone: "


def group_name(group_id, title=None):
    return (GROUP_PREFIX + (title or group_id))[:150]


def import_accounts(principals, report):
    """Returns {Plone group id: Group}."""
    groups = {}
    for entry in principals.get("groups") or []:
        group_id = entry.get("groupid")
        if not group_id or group_id in BUILT_IN_GROUPS:
            continue
        group, created = Group.objects.get_or_create(name=group_name(group_id, entry.get("title")))
        report.accounts["groups_created" if created else "groups_existing"] += 1
        groups[group_id] = group
    user_model = get_user_model()
    for member in principals.get("members") or []:
        username = str(member.get("username") or "").strip()
        if not username or username == "admin":
            continue
        email = str(member.get("email") or "").strip()
        with transaction.atomic():
            user = user_model.objects.filter(username=username).first()
            if user is None and email:
                user = user_model.objects.filter(email__iexact=email).first()
            if user is None:
                first, _space, last = str(member.get("fullname") or "").partition(" ")
                user = user_model(
                    username=username[:150], email=email, first_name=first[:150], last_name=last[:150]
                )
                user.set_unusable_password()
                user.save()
                ImportedAccount.objects.create(user=user, plone_username=username[:150])
                report.accounts["users_created"] += 1
            else:
                report.accounts["users_existing"] += 1
            wanted = [groups[group_id] for group_id in member.get("groups") or [] if group_id in groups]
            if wanted:
                user.groups.add(*wanted)
        if {"Manager", "Site Administrator"} & set(member.get("roles") or []):
            report.note(
                _("%(user)s was an administrator in Plone; give them a role here if they need one.")
                % {"user": username}
            )
    return groups
