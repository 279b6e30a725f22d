"""One way to notify: rendered in the recipient's language, sent by a task after commit."""

import pytest
from django.core import mail
from django.db import transaction
from django.test import override_settings

from core.notify import notify


@pytest.mark.django_db
def test_nothing_is_sent_before_the_transaction_commits(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        notify(
            to="amina@example.org", template_prefix="core/email/probe", context={"name": "A"}, language="ro"
        )
        assert mail.outbox == []
    assert len(callbacks) == 1
    assert len(mail.outbox) == 1


@pytest.mark.django_db
def test_the_message_is_in_the_recipients_language(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        notify(
            to=["amina@example.org"],
            template_prefix="core/email/probe",
            context={"name": "Amina"},
            language="ro",
            attachments=[("invite.ics", "BEGIN:VCALENDAR", "text/calendar")],
        )
    message = mail.outbox[0]
    assert message.subject == "Salt la conținutul principal"
    assert message.body.strip() == "Salt la conținutul principal Amina"
    assert message.extra_headers["Content-Language"] == "ro"
    assert message.attachments[0][0] == "invite.ics"


@pytest.mark.django_db(transaction=True)
def test_a_rolled_back_change_sends_nothing():
    with pytest.raises(RuntimeError):
        with transaction.atomic():
            notify(to="amina@example.org", template_prefix="core/email/probe", context={}, language="fr")
            raise RuntimeError
    assert mail.outbox == []


@override_settings(EMAIL_BACKEND="core.mail_backends.QueuedOnlyEmailBackend")
def test_mail_sent_around_the_queue_is_refused():
    with pytest.raises(AssertionError):
        mail.send_mail("subject", "body", None, ["amina@example.org"])
