"""One question, asked everywhere: may this user do this (to this object)?

Roles grant permissions ("app_label.codename"), declared in `core.roles`. Where the answer also
depends on the object (the organiser of this event, a member of this body, the caseworker of this
case), the app registers a rule for the permission with `@rule(...)`; the rule then decides, and may
ask `holds(user, perm)` for what the user's roles grant. Services call `require()` themselves, so
pages, API and admin cannot disagree."""

from django.core.exceptions import PermissionDenied

_rules = {}


def rule(perm):
    """Register `function(user, obj) -> bool` as the object rule for `perm`."""

    def register(function):
        if perm in _rules and _rules[perm] is not function:
            raise ValueError(f"A rule for {perm} is already registered")
        _rules[perm] = function
        return function

    return register


def holds(user, perm):
    """What the user's roles grant, ignoring object rules."""
    if user is None or not user.is_authenticated or not user.is_active:
        return False
    return user.is_superuser or user.has_perm(perm)


def may(user, perm, obj=None):
    if user is not None and user.is_authenticated and user.is_active and user.is_superuser:
        return True
    check = _rules.get(perm)
    if check is not None:
        return bool(check(user, obj))
    return holds(user, perm)


def require(user, perm, obj=None):
    if not may(user, perm, obj):
        raise PermissionDenied(perm)
