import re

import pytest
from django.core import mail
from django.core.cache import cache

PASSWORD = "a-long-and-good-password-7"


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    cache.clear()


@pytest.mark.django_db(transaction=True)
def test_visitor_signs_up_verifies_the_email_and_sees_their_account(tab):
    tab.goto("/ro/accounts/signup/")
    tab.get_by_label("E-mail").fill("maryam@example.org")
    tab.locator("#id_password1").fill(PASSWORD)
    tab.locator("#id_password2").fill(PASSWORD)
    tab.locator("main button[type=submit]").click()
    tab.wait_for_url("**/ro/accounts/confirm-email/")

    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["maryam@example.org"]
    code = re.search(r"^([A-Z0-9]{4}-[A-Z0-9]{4})$", mail.outbox[0].body, re.MULTILINE).group(1)
    tab.locator("input[name=code]").fill(code)
    tab.get_by_role("button", name="Confirmați").click()

    tab.wait_for_url("**/ro/account/")
    assert tab.locator("h1").inner_text() == "Contul meu"
    assert "maryam@example.org" in tab.locator("main").inner_text()
    assert tab.evaluate("document.documentElement.scrollWidth") <= 360


@pytest.mark.django_db(transaction=True)
def test_changing_the_preferred_language_switches_the_site(tab, sign_in, make_user):
    sign_in(tab, make_user())
    tab.goto("/ro/account/")
    tab.locator("#id_preferred_language").select_option("uk")
    tab.locator("main form.account-form button[type=submit]").click()

    tab.wait_for_url("**/uk/account/")
    assert tab.locator("html").get_attribute("lang") == "uk"
    assert tab.locator("#id_preferred_language").input_value() == "uk"
    tab.goto("/ar/account/")
    assert tab.locator("html").get_attribute("dir") == "rtl"
