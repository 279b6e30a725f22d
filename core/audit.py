"""One audit trail: who did what to which record, when, and how (a session, an API token, the
admin, or the system), written to Wagtail's log so it shows in the admin's history and reports.

Actions are named "<app>.<verb>" and registered in the app's wagtail_hooks:

    @hooks.register("register_log_actions")
    def register_actions(actions):
        actions.register_action("events.cancel", _("Cancel registration"), _("Registration cancelled"))

Never put a person's name or contact details in `data` or `title`: log lines outlive the data."""

from wagtail.log_actions import log
from wagtail.models import APIToken

from .context import current_request

SESSION = "session"
API_TOKEN = "token"
ADMIN = "admin"
SYSTEM = "system"


def channel_of(request):
    if request is None:
        return SYSTEM
    if isinstance(getattr(request, "auth", None), APIToken):
        return API_TOKEN
    if request.path.startswith("/admin/"):
        return ADMIN
    return SESSION


def record(action, instance, *, user=None, request=None, data=None, title=None):
    """Log `action` on `instance`. `user` defaults to the request's; `title` defaults to the
    record's model label and id, never its text, so no personal data reaches the log."""
    request = request or current_request()
    if user is None and request is not None and getattr(request, "user", None) is not None:
        user = request.user
    if user is not None and not user.is_authenticated:
        user = None
    entry_data = {"via": channel_of(request), **(data or {})}
    return log(
        instance,
        action,
        user=user,
        data=entry_data,
        title=title or f"{instance._meta.label} #{instance.pk}",
    )


VIEW_RECORD = "core.view_record"


def record_read(instance, *, user=None, request=None, data=None):
    """Opening a sensitive personal record (a case file, a visitor) is logged like a write."""
    return record(VIEW_RECORD, instance, user=user, request=request, data=data)
