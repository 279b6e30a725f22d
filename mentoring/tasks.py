"""Background work: every e-mail of the app goes out through a task, in the recipient's language."""

from django.contrib.auth import get_user_model
from django_tasks import task

from accounts.models import preferred_language
from integration_site.mail import send_templated_mail


@task()
def send_mentoring_mail(user_id, template, context):
    """`context` holds JSON values only; the recipient is added as `person`."""
    user = get_user_model().objects.filter(pk=user_id).first()
    if user is None or not user.email:
        return
    send_templated_mail(
        to=user.email,
        template_prefix=f"mentoring/email/{template}",
        context={**context, "person": user.get_full_name() or user.username},
        language=preferred_language(user),
    )


def notify(user, template, **context):
    send_mentoring_mail.enqueue(user.pk, template, context)

