from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404

from ..access import may_use_counter, require


def counter_required(view):
    """Centre staff, leads and the network coordinator; anonymous people are sent to sign in."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not may_use_counter(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapped


def get_allowed(queryset, perm, user, **lookup):
    obj = get_object_or_404(queryset, **lookup)
    require(user, perm, obj)
    return obj


def add_errors(form, error):
    """A service's refusal shown on the form, in the person's language."""
    if isinstance(error, ValidationError):
        for message in error.messages:
            form.add_error(None, message)
    return form
