"""E-mails of the counter, rendered in the recipient's language and sent by a background task
once the transaction commits. Shaped like core.notify.notify, which replaces it once merged."""

from django.db import transaction
from django_tasks import task

from integration_site.mail import send_templated_mail


@task()
def send_mail_task(*, to, template_prefix, context, language):
    send_templated_mail(to=to, template_prefix=template_prefix, context=context, language=language)


def notify(*, to, template_prefix, context, language):
    """`context` must be JSON-serialisable (it travels through the task queue)."""
    if not to:
        return
    transaction.on_commit(
        lambda: send_mail_task.enqueue(to=to, template_prefix=template_prefix, context=context, language=language)
    )
