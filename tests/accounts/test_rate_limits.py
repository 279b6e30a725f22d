import pytest
from django.test import Client
from freezegun import freeze_time

from tests.conftest import PASSWORD

pytestmark = pytest.mark.django_db

FAILED_SIGN_INS_ALLOWED = 5  # settings.ACCOUNT_RATE_LIMITS["login_failed"]: 5 per 5 minutes
TOO_MANY = "Prea multe încercări de autentificare eșuate"


def sign_in(client, email, password):
    return client.post("/ro/accounts/login/", {"login": email, "password": password})


def refused_for_too_many_attempts(response):
    return response.status_code == 429 or (
        response.status_code == 200 and TOO_MANY in response.content.decode()
    )


def test_repeated_failed_sign_ins_are_refused_even_with_the_right_password(client, make_user):
    user = make_user()
    with freeze_time("2026-11-22 08:00:00"):
        for _attempt in range(FAILED_SIGN_INS_ALLOWED):
            response = sign_in(client, user.email, "wrong password")
            assert response.status_code == 200
            assert "Adresa de e-mail și/sau parola introduse nu sunt corecte" in response.content.decode()
        assert refused_for_too_many_attempts(sign_in(client, user.email, "wrong password"))
        assert refused_for_too_many_attempts(sign_in(client, user.email, PASSWORD))
        assert "_auth_user_id" not in client.session

    with freeze_time("2026-11-22 08:06:00"):
        response = sign_in(client, user.email, PASSWORD)
        assert response.status_code == 302
        assert "_auth_user_id" in client.session


def test_the_address_stays_protected_from_another_device(client, make_user):
    user = make_user()
    with freeze_time("2026-11-22 09:00:00"):
        for _attempt in range(FAILED_SIGN_INS_ALLOWED):
            sign_in(client, user.email, "wrong password")
        other_device = Client(REMOTE_ADDR="10.0.0.2")
        assert refused_for_too_many_attempts(sign_in(other_device, user.email, PASSWORD))


def test_too_many_signups_get_a_translated_429_page(client):
    for number in range(20):  # settings.ACCOUNT_RATE_LIMITS["signup"]: 20 per minute per address
        client.post("/fr/accounts/signup/", {"email": f"p{number}@example.org"})
    response = client.post("/fr/accounts/signup/", {"email": "one.more@example.org"})
    assert response.status_code == 429
    html = response.content.decode()
    assert '<html lang="fr"' in html
    assert "Trop de tentatives" in html
