"""Roles are declared once and synced to groups; one question answers "may this user do this"."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.exceptions import PermissionDenied

from core import permissions, roles


@pytest.mark.django_db
def test_every_role_holds_exactly_what_is_declared():
    for role, patterns in roles.ROLE_PERMISSIONS.items():
        group = Group.objects.get(name=role)
        held = {
            f"{p.content_type.app_label}.{p.codename}"
            for p in group.permissions.select_related("content_type")
        }
        everything = {
            f"{p.content_type.app_label}.{p.codename}": p
            for p in Permission.objects.select_related("content_type")
        }
        declared = {f"{p.content_type.app_label}.{p.codename}" for p in roles.expand(patterns, everything)}
        assert held == declared, role


@pytest.mark.django_db
def test_a_permission_granted_by_hand_to_a_role_is_reset_by_the_next_sync():
    participants = Group.objects.get(name=roles.PARTICIPANTS)
    participants.permissions.add(Permission.objects.get(codename="delete_meeting"))
    roles.sync_roles()
    assert not participants.permissions.exists()


def test_a_pattern_matching_no_permission_is_refused():
    with pytest.raises(LookupError):
        roles.expand(["nowhere.*"], {"events.view_registration": object()})


@pytest.mark.django_db
def test_roles_grant_their_permissions(make_user):
    coordinator = make_user(roles.COORDINATORS)
    member = make_user(roles.TEAM_MEMBERS)
    assert permissions.may(coordinator, "coordination.change_meeting")
    assert not permissions.may(member, "coordination.change_meeting")
    assert permissions.may(member, "coordination.view_meeting")


@pytest.mark.django_db
def test_anonymous_and_inactive_people_hold_nothing(make_user):
    from django.contrib.auth.models import AnonymousUser

    inactive = make_user(roles.COORDINATORS, is_active=False)
    assert not permissions.may(AnonymousUser(), "coordination.view_meeting")
    assert not permissions.may(inactive, "coordination.view_meeting")
    assert not permissions.may(None, "coordination.view_meeting")


@pytest.mark.django_db
def test_an_object_rule_decides_and_may_ask_the_role(make_user):
    perm = "tests.rule_probe"

    @permissions.rule(perm)
    def owner_or_coordinator(user, obj):
        return permissions.holds(user, "coordination.change_meeting") or obj == user.pk

    try:
        owner, other, coordinator = make_user(), make_user(), make_user(roles.COORDINATORS)
        assert permissions.may(owner, perm, owner.pk)
        assert not permissions.may(other, perm, owner.pk)
        assert permissions.may(coordinator, perm, owner.pk)
        with pytest.raises(PermissionDenied):
            permissions.require(other, perm, owner.pk)
    finally:
        permissions._rules.pop(perm)


@pytest.mark.django_db
def test_superusers_may_do_anything(make_user):
    assert permissions.may(make_user(superuser=True), "anything.at_all", object())


def test_one_permission_has_one_rule():
    permissions.rule("tests.single")(lambda user, obj: True)
    try:
        with pytest.raises(ValueError):
            permissions.rule("tests.single")(lambda user, obj: False)
    finally:
        permissions._rules.pop("tests.single")
