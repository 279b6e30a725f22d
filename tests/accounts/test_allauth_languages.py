"""allauth's pages speak each language the way the rest of the site does: formal Romanian with
diacritics, and Nepali, Urdu, Pashto and Bengali, which allauth itself does not translate."""

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db

#: For each language: texts of the sign-in and sign-up pages, and their direction.
PAGES = {
    "ne": ("पासवर्ड बिर्सनुभयो?", "पासवर्ड (फेरि)", "ltr"),
    "ur": ("پاس ورڈ بھول گئے؟", "پاس ورڈ (دوبارہ)", "rtl"),
    "ps": ("پټنوم مو هېر شوی؟", "پټنوم (بیا)", "rtl"),
    "bn": ("পাসওয়ার্ড ভুলে গেছেন?", "পাসওয়ার্ড (আবার)", "ltr"),
}


def test_a_wrong_password_is_refused_in_formal_romanian_with_diacritics(make_user):
    user = make_user()
    response = Client().post("/ro/accounts/login/", {"login": user.email, "password": "not the password"})
    page = response.content.decode()
    assert response.status_code == 200
    assert "Adresa de e-mail și/sau parola introduse nu sunt corecte." in page
    assert "si / sau" not in page


def test_the_romanian_sign_in_page_addresses_the_reader_formally():
    page = Client().get("/ro/accounts/login/").content.decode()
    assert "Ați uitat parola?" in page
    assert "Ai uitat parola?" not in page


@pytest.mark.parametrize("language", PAGES)
def test_sign_in_page_is_translated_with_the_right_direction(language):
    forgotten_password, _password_again, direction = PAGES[language]
    page = Client().get(f"/{language}/accounts/login/").content.decode()
    assert f'<html lang="{language}" dir="{direction}">' in page
    assert forgotten_password in page
    assert "Forgot your password?" not in page


@pytest.mark.parametrize("language", PAGES)
def test_sign_up_page_is_translated_with_the_right_direction(language):
    _forgotten_password, password_again, direction = PAGES[language]
    page = Client().get(f"/{language}/accounts/signup/").content.decode()
    assert f'<html lang="{language}" dir="{direction}">' in page
    assert password_again in page
    assert "Password (again)" not in page
