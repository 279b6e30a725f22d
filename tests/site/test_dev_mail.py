"""The demo shows the e-mails it would have sent at /dev/mail/; production never does."""

import pytest
from django.core import mail
from django.http import Http404

from integration_site.dev_mail import sent_mail
from integration_site.settings import dev

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo_mailbox(settings, tmp_path):
    settings.DEBUG = True
    settings.DEV_MAILBOX_DIR = str(tmp_path)
    settings.EMAIL_BACKEND = "integration_site.dev_mail.MailboxBackend"
    return tmp_path


def test_the_demo_keeps_its_mail_in_the_mailbox():
    assert dev.EMAIL_BACKEND == "integration_site.dev_mail.MailboxBackend"
    assert dev.DEV_MAILBOX_DIR


@pytest.mark.urls("integration_site.dev_mail")
def test_a_new_user_finds_the_confirmation_link_on_the_mail_page(client, demo_mailbox):
    mail.send_mail(
        "Confirm your e-mail address",
        "Open http://127.0.0.1:8201/en/accounts/confirm-email/abc/ to confirm.",
        "centre@example.org",
        ["amal@example.org"],
    )
    html = client.get("/dev/mail/").content.decode()
    assert "Confirm your e-mail address" in html
    assert "amal@example.org" in html
    assert '<a href="http://127.0.0.1:8201/en/accounts/confirm-email/abc/"' in html


def test_the_mail_page_is_gone_when_debug_is_off(rf, demo_mailbox, settings):
    settings.DEBUG = False
    with pytest.raises(Http404):
        sent_mail(rf.get("/dev/mail/"))


def test_production_and_test_settings_have_no_mail_page(client):
    assert client.get("/dev/mail/", follow=True).status_code == 404
