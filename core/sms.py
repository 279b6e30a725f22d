"""The one way to tell someone something by text message (SMS), the way `core.notify` does it by
e-mail: rendered now, in the recipient's language, and sent by a background task once the
transaction that caused it has committed. If it rolls back, nothing is sent; a request never
waits for the gateway.

How a message leaves is the backend's business, as with Django's e-mail backends: the setting
SMS_BACKEND names a class with `send(to, body)`.
- `core.sms.TwilioBackend`: Twilio's Programmable Messaging REST API (a real gateway);
- `core.sms.ConsoleBackend`: prints the message (development);
- `core.sms.LocmemBackend`: keeps it in `core.sms.outbox` (tests).

Templates are plain text (an e-mail body in plain text serves), its whitespace collapsed."""

import re
import sys

import requests
from django.conf import settings
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.module_loading import import_string
from django_tasks import task

#: What LocmemBackend has sent, as {"to", "body"} dicts, oldest first.
outbox = []

TWILIO_MESSAGES_URL = "https://api.twilio.com/2010-04-01/Accounts/{account}/Messages.json"
GATEWAY_TIMEOUT_SECONDS = 10


class SmsNotSent(Exception):
    """The gateway refused the message; the task fails and shows in the task log."""


def international_number(phone):
    """`phone` in E.164 (+40722123456), the form gateways take, or None when it cannot be a phone
    number. A national number (0722 123 456) takes the country prefix of SMS_COUNTRY_PREFIX."""
    digits = re.sub(r"[\s().-]", "", phone or "")
    if digits.startswith("00"):
        digits = "+" + digits[2:]
    elif digits.startswith("0"):
        digits = settings.SMS_COUNTRY_PREFIX + digits[1:]
    return digits if re.fullmatch(r"\+[1-9][0-9]{7,14}", digits) else None


def send_sms(*, to, template_name, context, language):
    """Queue one text message to the phone number `to`. Returns False, and queues nothing, when
    `to` is not a usable phone number."""
    number = international_number(to)
    if number is None:
        return False
    with translation.override(language):
        body = " ".join(render_to_string(template_name, {**context, "language": language}).split())
    transaction.on_commit(lambda: send_text.enqueue({"to": number, "body": body}))
    return True


def backend():
    return import_string(settings.SMS_BACKEND)()


@task()
def send_text(message):
    backend().send(message["to"], message["body"])


class ConsoleBackend:
    def send(self, to, body):
        sys.stdout.write(f"SMS to {to}: {body}\n")
        sys.stdout.flush()


class LocmemBackend:
    def send(self, to, body):
        outbox.append({"to": to, "body": body})


class TwilioBackend:
    """https://www.twilio.com/docs/messaging/api/message-resource#create-a-message-resource:
    a form POST of To, From (or MessagingServiceSid) and Body, with HTTP basic authentication by
    the account SID and its auth token; 201 when the message is accepted."""

    def __init__(self):
        self.account = settings.SMS_TWILIO_ACCOUNT_SID
        self.token = settings.SMS_TWILIO_AUTH_TOKEN
        self.sender = settings.SMS_FROM

    def send(self, to, body):
        sender = (
            {"MessagingServiceSid": self.sender} if self.sender.startswith("MG") else {"From": self.sender}
        )
        response = requests.post(
            TWILIO_MESSAGES_URL.format(account=self.account),
            data={"To": to, "Body": body, **sender},
            auth=(self.account, self.token),
            timeout=GATEWAY_TIMEOUT_SECONDS,
        )
        if response.status_code != 201:
            # The gateway's own code and message (never the recipient's number) for the task log.
            try:
                detail = response.json()
            except ValueError:
                detail = {}
            raise SmsNotSent(
                f"Twilio answered {response.status_code}: {detail.get('code')} {detail.get('message')}"
            )
