"""The demo's mailbox: in development, every e-mail the site sends is kept as a file and listed
at /dev/mail/, so a person trying the demo can open the confirmation link of the account they
just created. Only dev settings turn it on (DEBUG and DEV_MAILBOX_DIR); production has neither,
and the page answers 404 whenever DEBUG is off."""

import email
import email.policy
from pathlib import Path

from django.conf import settings
from django.core.mail.backends.base import BaseEmailBackend
from django.http import Http404
from django.shortcuts import render
from django.urls import path
from django.utils import timezone

#: How many of the latest messages the page lists.
SHOWN_MESSAGES = 50


def mailbox():
    return Path(settings.DEV_MAILBOX_DIR)


class MailboxBackend(BaseEmailBackend):
    """Writes each message to DEV_MAILBOX_DIR as an .eml file and says where to read it."""

    def send_messages(self, email_messages):
        folder = mailbox()
        folder.mkdir(parents=True, exist_ok=True)
        for number, message in enumerate(email_messages):
            stamp = timezone.now().strftime("%Y%m%d-%H%M%S-%f")
            (folder / f"{stamp}-{number}.eml").write_bytes(message.message().as_bytes())
            print(f"E-mail to {', '.join(message.to)}: “{message.subject}” (read it at /dev/mail/)")
        return len(email_messages)


def read_message(file):
    parsed = email.message_from_bytes(file.read_bytes(), policy=email.policy.default)
    body = parsed.get_body(preferencelist=("plain", "html"))
    return {
        "id": file.stem,
        "subject": parsed["Subject"],
        "to": parsed["To"],
        "date": parsed["Date"],
        "body": body.get_content() if body else "",
    }


def latest_messages():
    files = sorted(mailbox().glob("*.eml"), reverse=True) if mailbox().is_dir() else []
    return [read_message(file) for file in files[:SHOWN_MESSAGES]]


def sent_mail(request):
    if not settings.DEBUG or not getattr(settings, "DEV_MAILBOX_DIR", None):
        raise Http404
    return render(request, "dev/mail.html", {"messages_sent": latest_messages()})


urlpatterns = [path("dev/mail/", sent_mail, name="dev_mail")]
