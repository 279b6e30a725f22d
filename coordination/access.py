"""Page decorators: who may open coordination pages, by permission (see coordination.rules)."""

from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied

from core.permissions import may

from .rules import MANAGE_MEETINGS, VIEW_INTERNAL


def permission_required(perm):
    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            if not may(request.user, perm):
                raise PermissionDenied
            return view(request, *args, **kwargs)

        return wrapped

    return decorator


team_member_required = permission_required(VIEW_INTERNAL)
coordinator_required = permission_required(MANAGE_MEETINGS)
