"""The one way to tell someone something by e-mail: rendered now, in the recipient's language,
and sent by a background task once the transaction that caused it has committed. If it rolls back,
nothing is sent; a request never waits for a mail server.

Templates: `<prefix>_subject.txt` and `<prefix>.txt` are required; `<prefix>.html` is used as an
HTML alternative when it exists."""

import base64
from contextvars import ContextVar

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.template import TemplateDoesNotExist
from django.template.loader import render_to_string
from django.utils import translation
from django_tasks import task

_sending_from_task = ContextVar("sending_from_task", default=False)


def render(template_prefix, context, language):
    with translation.override(language):
        context = {**context, "language": language}
        subject = " ".join(render_to_string(f"{template_prefix}_subject.txt", context).split())
        body = render_to_string(f"{template_prefix}.txt", context)
        try:
            html = render_to_string(f"{template_prefix}.html", context)
        except TemplateDoesNotExist:
            html = None
    return subject, body, html


def notify(*, to, template_prefix, context, language, attachments=(), reply_to=None, using=None):
    """Queue one e-mail to `to` (an address or a list). `attachments` holds (filename, content,
    mimetype) tuples; content is bytes or str."""
    subject, body, html = render(template_prefix, context, language)
    queue_rendered(
        to=to,
        subject=subject,
        body=body,
        html=html,
        language=language,
        attachments=attachments,
        reply_to=reply_to,
        using=using,
    )


def queue_rendered(*, to, subject, body, html, language, attachments=(), reply_to=None, using=None):
    """Queue an e-mail another library has already rendered in the recipient's language
    (django-allauth's), so it too leaves only after commit and from the background task."""
    message = {
        "to": [to] if isinstance(to, str) else list(to),
        "subject": subject,
        "body": body,
        "html": html,
        "language": language,
        "reply_to": list(reply_to or []),
        "attachments": [(name, _base64(content), mimetype) for name, content, mimetype in attachments],
    }
    transaction.on_commit(lambda: send_message.enqueue(message), using=using)


def _base64(content):
    return base64.b64encode(content.encode() if isinstance(content, str) else content).decode()


@task()
def send_message(message):
    email = EmailMultiAlternatives(
        subject=message["subject"],
        body=message["body"],
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=message["to"],
        reply_to=message["reply_to"] or None,
        headers={"Content-Language": message["language"]},
    )
    if message["html"]:
        email.attach_alternative(message["html"], "text/html")
    for name, content, mimetype in message["attachments"]:
        email.attach(name, base64.b64decode(content), mimetype)
    token = _sending_from_task.set(True)
    try:
        email.send()
    finally:
        _sending_from_task.reset(token)


def sending_from_task():
    return _sending_from_task.get()
