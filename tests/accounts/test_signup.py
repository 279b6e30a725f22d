import re

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.core import mail
from freezegun import freeze_time

from accounts.models import Profile
from tests.conftest import PASSWORD

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def requests_release_their_mail(client, django_capture_on_commit_callbacks, monkeypatch):
    """In production each request commits, which releases the e-mail it queued; here the test's
    own transaction never commits, so each request's queued e-mail is released as it returns."""
    post = client.post

    def committing_post(*args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return post(*args, **kwargs)

    monkeypatch.setattr(client, "post", committing_post)


def sign_up(client, language, email="new.person@example.org"):
    return client.post(
        f"/{language}/accounts/signup/",
        {"email": email, "password1": PASSWORD, "password2": PASSWORD},
    )


def verification_code(message):
    """The code on a line of its own in the verification e-mail (pages and apps use the same)."""
    return re.search(r"^([A-Z0-9]{4}-[A-Z0-9]{4})$", message.body, re.MULTILINE).group(1)


def test_signup_page_is_in_the_site_layout_with_labelled_fields(client):
    response = client.get("/ro/accounts/signup/")
    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="ro"' in html
    assert 'class="site-header"' in html
    for field in ("id_email", "id_password1", "id_password2"):
        assert f'<label for="{field}"' in html


def test_signup_sends_a_verification_code_that_signs_in(client):
    response = sign_up(client, "ro")
    assert response.status_code == 302
    assert response["Location"] == "/ro/accounts/confirm-email/"
    user = get_user_model().objects.get(email="new.person@example.org")
    assert not EmailAddress.objects.get(user=user).verified
    assert Profile.objects.get(user=user).preferred_language == "ro"
    assert len(mail.outbox) == 1
    code = verification_code(mail.outbox[0])

    confirm_page = client.get("/ro/accounts/confirm-email/")
    assert confirm_page.status_code == 200
    assert client.post("/ro/accounts/confirm-email/", {"code": "AAAA-AAAA"}).status_code == 200
    assert not EmailAddress.objects.get(user=user).verified
    response = client.post("/ro/accounts/confirm-email/", {"code": code})
    assert response.status_code == 302
    assert response["Location"] == "/ro/account/"
    assert EmailAddress.objects.get(user=user).verified
    profile_page = client.get("/ro/account/")
    assert profile_page.status_code == 200
    assert "new.person@example.org" in profile_page.content.decode()


def test_person_who_signs_up_in_ukrainian_gets_the_email_in_ukrainian(client):
    sign_up(client, "uk")
    user = get_user_model().objects.get(email="new.person@example.org")
    assert Profile.objects.get(user=user).preferred_language == "uk"
    message = mail.outbox[0]
    assert message.subject.startswith("[Integration Centre] ")
    assert "Підтвердіть" in message.subject
    assert "Integration Centre" in message.body
    assert "Нижче наведено код підтвердження" in message.body
    assert verification_code(message)


def test_unverified_person_cannot_sign_in_and_gets_a_new_code(client):
    with freeze_time("2026-11-22 08:00:00"):
        sign_up(client, "ro")
    client.logout()
    # allauth sends at most one code every 3 minutes (ACCOUNT_RATE_LIMITS["confirm_email"]).
    with freeze_time("2026-11-22 08:04:00"):
        response = client.post(
            "/ro/accounts/login/", {"login": "new.person@example.org", "password": PASSWORD}
        )
        assert response.status_code == 302
        assert response["Location"] == "/ro/accounts/confirm-email/"
        assert len(mail.outbox) == 2
        assert verification_code(mail.outbox[1]) != verification_code(mail.outbox[0])
        assert client.get("/ro/account/").status_code == 302


def test_signup_with_mismatched_passwords_shows_the_error_and_creates_nobody(client):
    response = client.post(
        "/pl/accounts/signup/",
        {"email": "x@example.org", "password1": PASSWORD, "password2": PASSWORD + "x"},
    )
    assert response.status_code == 200
    assert 'class="errorlist' in response.content.decode()
    assert not get_user_model().objects.filter(email="x@example.org").exists()
    assert not mail.outbox


def test_verified_person_signs_in_and_lands_on_the_profile_in_their_language(client, make_user):
    user = make_user()
    Profile.objects.create(user=user, preferred_language="fr")
    response = client.post("/ro/accounts/login/", {"login": user.email, "password": PASSWORD})
    assert response.status_code == 302
    assert response["Location"] == "/fr/account/"


def test_sign_out(client, make_user):
    client.force_login(make_user())
    response = client.post("/ro/accounts/logout/")
    assert response.status_code == 302
    assert client.get("/ro/account/").status_code == 302


def test_password_reset_email_is_in_the_owners_language_with_a_link_in_it(client, make_user):
    user = make_user()
    Profile.objects.create(user=user, preferred_language="pl")
    response = client.post("/ro/accounts/password/reset/", {"email": user.email})
    assert response.status_code == 302
    message = mail.outbox[0]
    assert "/pl/accounts/password/reset/key/" in message.body
    assert "hasła" in message.subject + message.body

    link = re.search(r"https?://\S+/password/reset/key/\S+/", message.body).group(0)
    form_page = client.get(link, follow=True)
    assert form_page.status_code == 200
    response = client.post(
        form_page.redirect_chain[-1][0] if form_page.redirect_chain else link,
        {"password1": "a-new-long-password-42", "password2": "a-new-long-password-42"},
    )
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.check_password("a-new-long-password-42")


def test_password_reset_for_an_unknown_address_uses_the_page_language(client):
    client.post("/fr/accounts/password/reset/", {"email": "nobody@example.org"})
    assert len(mail.outbox) == 1
    assert "/fr/accounts/" in mail.outbox[0].body


def test_email_change_sends_a_verification_to_the_new_address(client, make_user):
    user = make_user()
    client.force_login(user)
    response = client.post("/ro/accounts/email/", {"action_add": "", "email": "other@example.org"})
    assert response["Location"] == "/ro/accounts/confirm-email/"
    assert mail.outbox[-1].to == ["other@example.org"]
    assert not EmailAddress.objects.filter(email="other@example.org", verified=True).exists()
    client.post("/ro/accounts/confirm-email/", {"code": verification_code(mail.outbox[-1])})
    assert EmailAddress.objects.get(user=user, email="other@example.org").verified


def test_signing_up_with_a_taken_address_warns_its_owner_in_their_language(client, make_user):
    owner = make_user(email="olena@example.org")
    Profile.objects.create(user=owner, preferred_language="uk")
    response = sign_up(client, "fr", email="olena@example.org")
    assert response.status_code == 302
    assert get_user_model().objects.filter(email__iexact="olena@example.org").count() == 1
    assert mail.outbox[0].to == ["olena@example.org"]
    assert "/uk/accounts/password/reset/" in mail.outbox[0].body
