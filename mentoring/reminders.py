"""Check-in reminders and coordinator alerts. Each is recorded in ReminderLog before it is
enqueued, and the unique constraint there makes every run of the cron command idempotent."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.db import IntegrityError, transaction
from django.db.models import Max, Q
from django.utils import timezone
from django_tasks import task

from .models import Match, MatchState, ReminderLog
from .notifications import tell
from .queries import is_quiet, quiet_since
from .schedule import check_in_due_dates


def _record_once(match, kind, due_on):
    """True the first time a (match, kind, date) is recorded, False on every later try."""
    try:
        with transaction.atomic():
            ReminderLog.objects.create(match=match, kind=kind, due_on=due_on)
    except IntegrityError:
        return False
    return True


def coordinators():
    """Everyone who coordinates mentoring: holders of the permission through a role or by hand."""
    permission = Permission.objects.get(content_type__app_label="mentoring", codename="view_match")
    users = get_user_model().objects.filter(is_active=True)
    return users.filter(
        Q(groups__permissions=permission) | Q(user_permissions=permission) | Q(is_superuser=True)
    ).distinct()


def alert_coordinators(match, kind, due_on=None):
    if not _record_once(match, kind, due_on or timezone.localdate()):
        return False
    for coordinator in coordinators():
        tell(coordinator, f"alert_{kind}", programme=match.programme.name, match=match.pk)
    return True


def send_check_in_reminders(today=None):
    """Remind both sides of every active match whose check-in is due, and alert coordinators
    about matches gone quiet. Returns (reminders, alerts) newly sent."""
    today = today or timezone.localdate()
    reminders = alerts = 0
    matches = (
        Match.objects.filter(state=MatchState.ACTIVE)
        .select_related("programme", "volunteer__user", "mentee_request__user")
        .annotate(last_check_in=Max("check_ins__met_on"))
    )
    for match in matches:
        start = timezone.localdate(match.activated_at)
        last = match.last_check_in or start
        due_dates = [due for due in check_in_due_dates(start, today) if due > last]
        if due_dates and _record_once(match, ReminderLog.Kind.CHECK_IN_DUE, due_dates[-1]):
            reminders += 1
            for person in (match.volunteer.user, match.mentee_request.user):
                tell(person, "check_in_due", programme=match.programme.name, due=due_dates[-1].isoformat())
        if is_quiet(last, today) and alert_coordinators(match, ReminderLog.Kind.QUIET, quiet_since(last)):
            alerts += 1
    return reminders, alerts


@task()
def send_check_in_reminders_task():
    reminders, alerts = send_check_in_reminders()
    return {"reminders": reminders, "alerts": alerts}
