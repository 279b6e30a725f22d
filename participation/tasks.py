"""Background work of participation (django-tasks)."""

from django_tasks import task

from .services.desk import alert_due_cases


@task()
def alert_due_cases_task():
    """Alert each assignee once a day about cases overdue or nearly due."""
    return alert_due_cases()
