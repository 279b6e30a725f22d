"""An app signs a newcomer up and in through allauth's headless API (app client), gets an API
token for them and revokes it; the same rate limits as the pages apply."""

import json
import re

import pytest
from django.core import mail
from django.test import Client
from freezegun import freeze_time
from wagtail.models import APIToken

from accounts.models import Profile
from tests.accounts.test_rate_limits import FAILED_SIGN_INS_ALLOWED, refused_for_too_many_attempts, sign_in
from tests.conftest import PASSWORD

pytestmark = pytest.mark.django_db

AUTH = "/api/auth/app/v1"


@pytest.fixture
def app(django_capture_on_commit_callbacks):
    """An app's HTTP client: JSON in and out, no cookies kept; each call commits, which releases
    the e-mail it queued (as each request does in production)."""

    class App:
        def call(self, method, path, body=None, **headers):
            client = Client(enforce_csrf_checks=True)
            with django_capture_on_commit_callbacks(execute=True):
                response = client.generic(
                    method,
                    path,
                    json.dumps(body) if body is not None else "",
                    content_type="application/json",
                    **{f"HTTP_{name.upper().replace('-', '_')}": value for name, value in headers.items()},
                )
            return response.status_code, response.json() if response.content else None

    return App()


def verification_code(message):
    return re.search(r"^([A-Z0-9]{4}-[A-Z0-9]{4})$", message.body, re.MULTILINE).group(1)


def test_app_signs_a_newcomer_up_in_arabic_and_the_code_verifies_the_address(app):
    status, body = app.call(
        "POST",
        f"{AUTH}/auth/signup",
        {"email": "amal@example.org", "password": PASSWORD},
        accept_language="ar",
    )
    assert status == 401
    assert [flow["id"] for flow in body["data"]["flows"] if flow.get("is_pending")] == ["verify_email"]
    session_token = body["meta"]["session_token"]
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["amal@example.org"]
    assert Profile.objects.get(user__email="amal@example.org").preferred_language == "ar"

    status, _body = app.call(
        "POST", f"{AUTH}/auth/email/verify", {"key": "AAAA-AAAA"}, x_session_token=session_token
    )
    assert status == 400
    status, body = app.call(
        "POST",
        f"{AUTH}/auth/email/verify",
        {"key": verification_code(mail.outbox[0])},
        x_session_token=session_token,
    )
    assert status == 200
    assert body["meta"]["is_authenticated"]
    signed_in_token = body["meta"]["session_token"]

    status, me = app.call("GET", "/api/accounts/me", x_session_token=signed_in_token)
    assert status == 200
    assert (me["email"], me["preferred_language"]) == ("amal@example.org", "ar")


def test_app_signs_in_gets_an_api_token_and_signing_out_ends_the_session(app, make_user):
    user = make_user(email="ion@example.org")
    status, body = app.call("POST", f"{AUTH}/auth/login", {"email": user.email, "password": PASSWORD})
    assert status == 200
    session_token = body["meta"]["session_token"]

    status, created = app.call(
        "POST", "/api/accounts/me/tokens", {"name": "city app"}, x_session_token=session_token
    )
    assert status == 201
    assert created["token"].startswith(created["prefix"])
    status, me = app.call("GET", "/api/accounts/me", authorization=f"Bearer {created['token']}")
    assert (status, me["email"]) == (200, "ion@example.org")

    assert app.call("DELETE", f"{AUTH}/auth/session", x_session_token=session_token)[0] == 401
    assert app.call("GET", "/api/accounts/me", x_session_token=session_token)[0] == 401
    # The API token outlives the session until it is revoked.
    assert app.call("GET", "/api/accounts/me", authorization=f"Bearer {created['token']}")[0] == 200


def test_wrong_passwords_through_the_app_count_against_the_same_limit_as_the_pages(app, make_user):
    user = make_user()
    with freeze_time("2026-11-22 08:00:00"):
        for _attempt in range(FAILED_SIGN_INS_ALLOWED):
            status, _body = app.call("POST", f"{AUTH}/auth/login", {"email": user.email, "password": "nope"})
            assert status == 400
        status, body = app.call("POST", f"{AUTH}/auth/login", {"email": user.email, "password": PASSWORD})
        assert status == 400
        assert [error["code"] for error in body["errors"]] == ["too_many_login_attempts"]
        page = Client()
        assert refused_for_too_many_attempts(sign_in(page, user.email, PASSWORD))
        assert "_auth_user_id" not in page.session


def test_app_asks_for_a_password_reset_and_the_owner_gets_the_mail(app, make_user):
    user = make_user(email="olena@example.org")
    status, _body = app.call("POST", f"{AUTH}/auth/password/request", {"email": user.email})
    assert status == 200
    assert mail.outbox[0].to == ["olena@example.org"]
    assert "/password/reset/key/" in mail.outbox[0].body


def test_two_factor_status_is_available_to_a_signed_in_app(app, make_user):
    user = make_user()
    session_token = app.call("POST", f"{AUTH}/auth/login", {"email": user.email, "password": PASSWORD})[1][
        "meta"
    ]["session_token"]
    status, body = app.call("GET", f"{AUTH}/account/authenticators", x_session_token=session_token)
    assert (status, body["data"]) == (200, [])


def test_the_api_document_points_to_the_accounts_document_which_is_served():
    document = Client().get("/api/openapi.json").json()
    assert "/api/auth/openapi.json" in document["info"]["description"]
    accounts = Client().get("/api/auth/openapi.json")
    assert accounts.status_code == 200
    paths = json.loads(accounts.content)["paths"]
    assert "/api/auth/app/v1/auth/signup" in paths
    assert "/api/auth/app/v1/auth/email/verify" in paths
    assert "/api/auth/app/v1/account/authenticators/totp" in paths


def test_person_creates_and_revokes_their_own_tokens_through_the_api(client, make_user):
    owner, stranger = make_user(), make_user()
    stranger_token = APIToken.create_token(user=stranger, name="theirs")[0]
    client.force_login(owner)
    created = client.post(
        "/api/accounts/me/tokens", {"name": "  my   phone "}, content_type="application/json"
    )
    assert created.status_code == 201
    assert created.json()["name"] == "my phone"
    listed = client.get("/api/accounts/me/tokens").json()
    assert [token["name"] for token in listed] == ["my phone"]
    assert "token" not in listed[0]

    assert client.delete(f"/api/accounts/me/tokens/{stranger_token.pk}").status_code == 404
    stranger_token.refresh_from_db()
    assert stranger_token.revoked_at is None
    assert client.delete(f"/api/accounts/me/tokens/{created.json()['id']}").status_code == 204
    assert client.get("/api/accounts/me/tokens").json() == []
    assert client.delete(f"/api/accounts/me/tokens/{created.json()['id']}").status_code == 404


def test_a_person_has_at_most_ten_live_tokens(client, make_user):
    client.force_login(make_user())
    for number in range(10):
        created = client.post(
            "/api/accounts/me/tokens", {"name": f"app {number}"}, content_type="application/json"
        )
        assert created.status_code == 201
    refused = client.post(
        "/api/accounts/me/tokens",
        {"name": "one more"},
        content_type="application/json",
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert refused.status_code == 400
    assert refused.json()["detail"] == "You have 10 API tokens already. Revoke one you no longer use first."
    assert len(client.get("/api/accounts/me/tokens").json()) == 10


def test_token_page_shows_the_new_token_once_and_revokes_it(client, make_user):
    owner = make_user()
    client.force_login(owner)
    page = client.get("/en/account/api-tokens/")
    assert page.status_code == 200
    assert "You have no API tokens." in page.content.decode()

    created = client.post("/en/account/api-tokens/", {"name": "city app"})
    html = created.content.decode()
    token = APIToken.objects.get(user=owner)
    plaintext = re.search(r'<code class="api-token">(\S+)</code>', html).group(1)
    assert token.key_hash == APIToken.hash_token(plaintext)
    assert created["Cache-Control"] == "no-store"
    assert plaintext not in client.get("/en/account/api-tokens/").content.decode()

    response = client.post(f"/en/account/api-tokens/{token.pk}/revoke/")
    assert response.status_code == 302
    token.refresh_from_db()
    assert token.revoked_at is not None
    assert Client().get("/api/accounts/me", HTTP_AUTHORIZATION=f"Bearer {plaintext}").status_code == 401


def test_nobody_revokes_someone_elses_token_from_the_page(client, make_user):
    token = APIToken.create_token(user=make_user(), name="theirs")[0]
    client.force_login(make_user())
    assert client.post(f"/en/account/api-tokens/{token.pk}/revoke/").status_code == 404
    token.refresh_from_db()
    assert token.revoked_at is None
