"""Who may call the API and what a caller is told when they may not."""

import pytest
from django.test import Client

from tests.conftest import PASSWORD

pytestmark = pytest.mark.django_db

WRITES = [
    ("patch", "/api/accounts/me"),
    ("delete", "/api/accounts/me"),
    ("post", "/api/coordination/meetings"),
    ("post", "/api/events/1/registrations"),
]


@pytest.mark.parametrize("method, path", WRITES)
def test_an_anonymous_write_is_told_to_authenticate_not_that_csrf_failed(method, path):
    client = Client(enforce_csrf_checks=True, HTTP_ACCEPT_LANGUAGE="en")
    response = getattr(client, method)(path, "{}", content_type="application/json")
    assert response.status_code == 401
    assert response["WWW-Authenticate"] == "Bearer"
    assert "Sign in first" in response.json()["detail"]
    assert "CSRF" not in response.content.decode()


def test_a_signed_in_session_without_its_csrf_token_is_refused_with_a_clear_message(make_user):
    client = Client(enforce_csrf_checks=True, HTTP_ACCEPT_LANGUAGE="en")
    client.force_login(make_user(), backend="django.contrib.auth.backends.ModelBackend")
    response = client.patch("/api/accounts/me", {"display_name": "Ana"}, content_type="application/json")
    assert response.status_code == 403
    assert "security token" in response.json()["detail"]


def test_a_signed_in_session_with_its_csrf_token_may_write(make_user):
    user = make_user()
    client = Client(enforce_csrf_checks=True)
    client.login(username=user.username, password=PASSWORD)
    client.get("/ro/account/")
    token = client.cookies["csrftoken"].value
    response = client.patch(
        "/api/accounts/me",
        {"display_name": "Ana"},
        content_type="application/json",
        HTTP_X_CSRFTOKEN=token,
    )
    assert response.status_code == 200, response.content
    assert response.json()["display_name"] == "Ana"


def test_an_anonymous_write_to_the_content_api_is_told_to_authenticate():
    client = Client(enforce_csrf_checks=True, HTTP_ACCEPT_LANGUAGE="en")
    response = client.post("/api/v3/pages/", "{}", content_type="application/json")
    assert response.status_code == 401
    assert "Sign in first" in response.json()["detail"]
