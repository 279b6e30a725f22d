"""Guessing passwords is limited: per account (a stolen session or token is no password oracle)
and per network address, with the address limit high enough for a centre's shared Wi-Fi."""

import json
import re

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.test import Client
from freezegun import freeze_time
from wagtail.models import APIToken

from tests.conftest import PASSWORD

pytestmark = pytest.mark.django_db

GUESSES = 30


def bearer(user):
    _token, plaintext = APIToken.create_token(user=user, name="stolen")
    return {"HTTP_AUTHORIZATION": f"Bearer {plaintext}"}


def delete_through_api(client, password, auth):
    body = json.dumps({"password": password})
    return client.delete("/api/accounts/me", body, content_type="application/json", **auth)


def sign_in(client, email, password):
    return client.post("/en/accounts/login/", {"login": email, "password": password})


def signed_in(client):
    return "_auth_user_id" in client.session


def rate(action, per):
    """The number of attempts settings allow for `action` per "ip" or "key"."""
    for part in settings.ACCOUNT_RATE_LIMITS[action].split(","):
        if part.strip().endswith(f"/{per}"):
            return int(re.match(r"\d+", part.strip()).group())
    raise AssertionError(f"no {per} limit for {action}")


def test_guessing_the_password_through_the_api_is_refused_even_with_the_right_one(client, make_user):
    user = make_user()
    auth = bearer(user)
    with freeze_time("2026-11-22 08:00:00"):
        answers = [delete_through_api(client, f"guess {n}", auth).status_code for n in range(GUESSES)]
        assert set(answers[:5]) == {403}
        assert answers[-1] == 429
        response = delete_through_api(client, PASSWORD, auth)
        assert response.status_code == 429
        assert response.json()["detail"]
    assert get_user_model().objects.filter(pk=user.pk).exists()

    with freeze_time("2026-11-22 08:06:00"):
        assert delete_through_api(client, PASSWORD, auth).status_code == 204
    assert not get_user_model().objects.filter(pk=user.pk).exists()


def test_guessing_the_password_on_the_delete_page_is_refused_even_with_the_right_one(client, make_user):
    user = make_user()
    client.force_login(user)
    with freeze_time("2026-11-22 09:00:00"):
        for guess in range(GUESSES):
            client.post("/en/account/delete/", {"password": f"guess {guess}"})
        response = client.post("/en/account/delete/", {"password": PASSWORD})
    assert response.status_code == 200
    assert "Too many wrong passwords" in response.content.decode()
    assert get_user_model().objects.filter(pk=user.pk).exists()


def test_guesses_on_the_delete_page_count_against_signing_in_too(client, make_user):
    user = make_user()
    client.force_login(user)
    with freeze_time("2026-11-22 10:00:00"):
        for guess in range(GUESSES):
            client.post("/en/account/delete/", {"password": f"guess {guess}"})
        other_device = Client()
        sign_in(other_device, user.email, PASSWORD)
        assert not signed_in(other_device)


def test_failed_sign_ins_on_one_account_do_not_lock_out_others_behind_the_same_address(make_user):
    shared_wifi = "10.20.30.40"
    mistyped, neighbour = make_user(), make_user()
    with freeze_time("2026-11-22 11:00:00"):
        first = Client(REMOTE_ADDR=shared_wifi)
        for _attempt in range(rate("login_failed", "key") + 1):
            sign_in(first, mistyped.email, "wrong password")
        second = Client(REMOTE_ADDR=shared_wifi)
        sign_in(second, neighbour.email, PASSWORD)
        assert signed_in(second)


def test_an_address_may_fail_often_enough_for_a_busy_centre_but_not_without_end(make_user):
    address_limit = rate("login_failed", "ip")
    assert address_limit >= 50, "a centre's shared address must not lock out after a few typos"
    shared_wifi = "10.20.30.41"
    people = [make_user() for _ in range(address_limit // 2 + 1)]
    with freeze_time("2026-11-22 12:00:00"):
        for person in people:
            for _typo in range(2):
                sign_in(Client(REMOTE_ADDR=shared_wifi), person.email, "typo")
        latecomer = make_user()
        late = Client(REMOTE_ADDR=shared_wifi)
        sign_in(late, latecomer.email, PASSWORD)
        assert not signed_in(late)
        elsewhere = Client(REMOTE_ADDR="10.99.0.1")
        sign_in(elsewhere, latecomer.email, PASSWORD)
        assert signed_in(elsewhere)
