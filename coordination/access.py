"""Who may see and do what in coordination. Views, API and services ask these functions."""

from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied

from accounts import roles

from .models import Minutes, MinutesStatus


def is_coordinator(user):
    return roles.has_role(user, roles.COORDINATORS)


def is_team_member(user):
    """Integration-team members and coordinators (and superusers) see the internal side."""
    return roles.has_role(user, roles.TEAM_MEMBERS, roles.COORDINATORS)


def visible_minutes(user):
    """Coordinators see every draft; members see approved and published minutes; everyone else
    sees only minutes published to the public."""
    minutes = Minutes.objects.all()
    if is_coordinator(user):
        return minutes
    if is_team_member(user):
        return minutes.exclude(status=MinutesStatus.DRAFT)
    return minutes.filter(status=MinutesStatus.PUBLISHED, audience="public")


def is_chair(user, body):
    return user.is_authenticated and body.memberships.filter(is_chair=True, member__user=user).exists()


def _role_required(check):
    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            if not check(request.user):
                raise PermissionDenied
            return view(request, *args, **kwargs)

        return wrapped

    return decorator


team_member_required = _role_required(is_team_member)
coordinator_required = _role_required(is_coordinator)
