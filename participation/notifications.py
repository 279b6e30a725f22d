"""E-mails of participation, rendered in the recipient's language and sent by a background task
once the transaction that caused them has committed (never inside a request)."""

from django.db import transaction
from django_tasks import task

from integration_site.mail import send_templated_mail


@task()
def send_mail_task(*, to, template_prefix, context, language):
    send_templated_mail(to=to, template_prefix=template_prefix, context=context, language=language)


def notify(*, to, template_prefix, context, language):
    """Queue one e-mail after commit. `context` must be plain data (it crosses into a task)."""
    if not to:
        return
    transaction.on_commit(
        lambda: send_mail_task.enqueue(to=to, template_prefix=template_prefix, context=context, language=language)
    )
