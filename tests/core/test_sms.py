"""core.sms: numbers made international, messages queued after commit in the recipient's language,
and the Twilio backend speaking real HTTP to a gateway (a local server answering as Twilio does)."""

import base64
import json
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qs

import pytest
from django.test import override_settings

from core import sms


@pytest.fixture(autouse=True)
def empty_outbox():
    sms.outbox.clear()
    yield
    sms.outbox.clear()


@pytest.mark.parametrize(
    "given,sent_to",
    [
        ("0722 123 456", "+40722123456"),
        ("+380 (44) 123-45-67", "+380441234567"),
        ("0049 30 1234567", "+49301234567"),
        ("0722", None),
        ("call me", None),
        ("", None),
    ],
)
def test_numbers_are_sent_in_international_form_or_not_at_all(given, sent_to):
    assert sms.international_number(given) == sent_to


def test_a_message_leaves_after_commit_rendered_in_the_recipients_language(
    db, django_capture_on_commit_callbacks
):
    from django.utils import translation

    with django_capture_on_commit_callbacks(execute=False) as queued:
        assert sms.send_sms(
            to="0722 123 456",
            template_name="casework/email/appointment_reminder.txt",
            context={"centre": "Centrul Cluj", "starts_at": "2027-01-05 10:00", "cancel_url": "https://x/c/"},
            language="fr",
        )
        assert not sms.send_sms(to="0722", template_name="unused.txt", context={}, language="fr")
    assert sms.outbox == [] and len(queued) == 1
    queued[0]()
    (message,) = sms.outbox
    with translation.override("fr"):
        cancel = translation.gettext("To cancel:")
    assert message["to"] == "+40722123456" and cancel in message["body"] and "\n" not in message["body"]


def test_the_console_backend_prints_the_message(capsys):
    sms.ConsoleBackend().send("+40722123456", "Bună ziua")
    assert "SMS to +40722123456: Bună ziua" in capsys.readouterr().out


class Gateway(BaseHTTPRequestHandler):
    """Answers as Twilio's Messages resource does: 201 with the message, or 400 with a code."""

    received = []

    def do_POST(self):
        form = parse_qs(self.rfile.read(int(self.headers["Content-Length"])).decode())
        Gateway.received.append((self.path, self.headers["Authorization"], form))
        refused = form["To"] == ["+40700000000"]
        answer = {"code": 21211, "message": "Invalid 'To' Phone Number"} if refused else {"sid": "SM1"}
        self.send_response(400 if refused else 201)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(json.dumps(answer).encode())

    def log_message(self, *args):
        pass


@pytest.fixture
def gateway(monkeypatch):
    server = HTTPServer(("127.0.0.1", 0), Gateway)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_port}/2010-04-01/Accounts/{{account}}/Messages.json"
    monkeypatch.setattr(sms, "TWILIO_MESSAGES_URL", url)
    Gateway.received = []
    yield Gateway
    server.shutdown()


@override_settings(SMS_TWILIO_ACCOUNT_SID="AC123", SMS_TWILIO_AUTH_TOKEN="secret", SMS_FROM="+40312000000")
def test_the_twilio_backend_posts_the_message_and_reports_a_refusal(gateway):
    sms.TwilioBackend().send("+40722123456", "Programarea dvs. este mâine.")
    path, authorization, form = gateway.received[0]
    assert path == "/2010-04-01/Accounts/AC123/Messages.json"
    assert authorization == "Basic " + base64.b64encode(b"AC123:secret").decode()
    assert form == {
        "To": ["+40722123456"],
        "From": ["+40312000000"],
        "Body": ["Programarea dvs. este mâine."],
    }
    with pytest.raises(sms.SmsNotSent, match="400: 21211"):
        sms.TwilioBackend().send("+40700000000", "x")


@override_settings(SMS_BACKEND="core.sms.TwilioBackend", SMS_FROM="MG0001", SMS_TWILIO_ACCOUNT_SID="AC1")
def test_the_setting_names_the_backend_and_a_messaging_service_is_the_sender(gateway):
    sms.send_text.call({"to": "+40722123456", "body": "Salut"})
    assert gateway.received[0][2]["MessagingServiceSid"] == ["MG0001"]
