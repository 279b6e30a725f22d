"""Background work of participation (django-tasks)."""

from django_tasks import task

from .services.audiences import send_audience_reminders
from .services.desk import alert_due_cases


@task()
def alert_due_cases_task():
    """Alert each assignee once a day about cases overdue or nearly due, and remind people of
    tomorrow's audiences."""
    return alert_due_cases() + send_audience_reminders()
