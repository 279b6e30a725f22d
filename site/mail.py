"""E-mails in the recipient's language, rendered from templates.

`<template_prefix>_subject.txt` and `<template_prefix>.txt` are required; `<template_prefix>.html`
is used as an HTML alternative when it exists."""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template import TemplateDoesNotExist
from django.template.loader import render_to_string
from django.utils import translation


def send_templated_mail(*, to, template_prefix, context, language, attachments=(), reply_to=None):
    """Render and send one e-mail. `attachments` holds (filename, content, mimetype) tuples."""
    with translation.override(language):
        context = {**context, "language": language}
        subject = " ".join(render_to_string(f"{template_prefix}_subject.txt", context).split())
        body = render_to_string(f"{template_prefix}.txt", context)
        try:
            html = render_to_string(f"{template_prefix}.html", context)
        except TemplateDoesNotExist:
            html = None
    message = EmailMultiAlternatives(
        subject=subject,
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[to] if isinstance(to, str) else list(to),
        reply_to=reply_to,
        headers={"Content-Language": language},
    )
    if html:
        message.attach_alternative(html, "text/html")
    for filename, content, mimetype in attachments:
        message.attach(filename, content, mimetype)
    message.send()
    return message
