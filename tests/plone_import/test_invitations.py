"""Imported Plone users get into their account: an administrator (or `import_plone --invite`)
e-mails each of them a link to set a password; the link works once and expires."""

import re

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.management import call_command
from django.urls import reverse

from plone_import import invitations
from plone_import.accounts import import_accounts
from plone_import.models import ImportedAccount
from plone_import.report import Report
from plone_import.sample import generate

from .test_admin import small_export

NEW_PASSWORD = "a-new-long-passphrase-42"


@pytest.fixture
def imported_people(db):
    import_accounts(generate.MEMBERS, Report(source="test", export_format="test", dry_run=False))
    return get_user_model().objects.filter(plone_account__isnull=False).order_by("username")


def invitation_link(message):
    return re.search(r"https?://\S+/plone-invitation/\S+/", message.body).group(0)


def invite_as_admin(client, make_user, django_capture_on_commit_callbacks):
    client.force_login(make_user(superuser=True))
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("plone_import:invite"), follow=True)
    client.logout()
    return response


def test_the_admin_invites_imported_people_who_then_set_a_password_and_sign_in(
    client, make_user, imported_people, django_capture_on_commit_callbacks
):
    index = client
    index.force_login(make_user(superuser=True))
    assert (
        "2 persoane importate nu și-au setat încă parola."
        in index.get(reverse("plone_import:index")).content.decode()
    )
    index.logout()

    response = invite_as_admin(client, make_user, django_capture_on_commit_callbacks)
    assert "2 persoane importate au fost invitate să își seteze parola." in response.content.decode()
    assert sorted(message.to[0] for message in mail.outbox) == ["ion@example.org", "maria@example.org"]
    message = next(message for message in mail.outbox if message.to == ["maria@example.org"])
    assert "Maria Ionescu" in message.body and "14 zile" in message.body

    link = invitation_link(message)
    form = client.get(link)
    assert form.status_code == 200 and "maria@example.org" in form.content.decode()
    response = client.post(link, {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD})
    assert response.status_code == 302 and response["Location"] == reverse("account_login")

    maria = get_user_model().objects.get(username="maria")
    assert maria.check_password(NEW_PASSWORD)
    assert EmailAddress.objects.get(user=maria).verified
    signed_in = client.post(
        reverse("account_login"), {"login": "maria@example.org", "password": NEW_PASSWORD}
    )
    assert signed_in.status_code == 302 and "/accounts/" not in signed_in["Location"]
    assert client.get(reverse("accounts:profile")).status_code == 200

    # Used once: the same link is refused, and Maria is not invited again.
    client.logout()
    assert client.get(link).status_code == 400
    mail.outbox.clear()
    invite_as_admin(client, make_user, django_capture_on_commit_callbacks)
    assert [message.to for message in mail.outbox] == [["ion@example.org"]]


def test_a_mismatched_password_is_refused_and_nothing_changes(client, imported_people):
    maria = imported_people.get(username="maria")
    link = reverse("plone_invitations:accept", kwargs={"token": invitations.invitation_token(maria)})
    response = client.post(link, {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD + "x"})
    assert response.status_code == 200
    assert "didn’t match" in response.content.decode()
    maria.refresh_from_db()
    assert not maria.has_usable_password()


def test_an_expired_or_forged_link_is_refused(client, imported_people, monkeypatch):
    maria = imported_people.get(username="maria")
    link = reverse("plone_invitations:accept", kwargs={"token": invitations.invitation_token(maria)})
    assert client.get(link).status_code == 200
    monkeypatch.setattr(invitations, "INVITATION_DAYS", -1)
    response = client.get(link)
    assert response.status_code == 400
    assert "not valid, has expired or was already used" in response.content.decode()
    assert client.get(reverse("plone_invitations:accept", kwargs={"token": "forged"})).status_code == 400


def test_people_who_already_had_an_account_are_not_invited(imported_people, make_user):
    existing = make_user(email="existing@example.org")
    members = {"members": [{"username": "someone", "email": "existing@example.org", "fullname": "Existing"}]}
    import_accounts(members, Report(source="test", export_format="test", dry_run=False))
    assert not ImportedAccount.objects.filter(user=existing).exists()
    assert {account.user.username for account in invitations.waiting_accounts()} == {"maria", "ion"}


def test_others_cannot_send_invitations(client, make_user, imported_people):
    client.force_login(make_user("Coordinators"))
    assert client.post(reverse("plone_import:invite")).status_code in (302, 403)
    assert not mail.outbox


def test_the_command_invites_after_importing(home, tmp_path, django_capture_on_commit_callbacks, settings):
    settings.MEDIA_ROOT = tmp_path / "media"
    export = tmp_path / "small.zip"
    export.write_bytes(small_export(tmp_path).read())
    with django_capture_on_commit_callbacks(execute=True):
        call_command("import_plone", str(export), "--no-progress", "--accounts", "--invite")
    assert sorted(message.to[0] for message in mail.outbox) == ["ion@example.org", "maria@example.org"]
