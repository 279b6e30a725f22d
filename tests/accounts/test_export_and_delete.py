import json

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model

from accounts import personal_data, services
from accounts.models import LanguageSkill, Profile
from tests.conftest import PASSWORD

pytestmark = pytest.mark.django_db


@pytest.fixture
def recorded_source():
    """A stand-in for another app's personal data, registered like the apps do."""
    calls = []
    personal_data.register(
        "test_notes",
        export=lambda user: {"notes": [f"note of {user.email}"]},
        erase=lambda user: calls.append(user.pk),
    )
    yield calls
    personal_data._sources.pop("test_notes")


def test_export_downloads_the_account_profile_languages_and_every_source(client, make_user, recorded_source):
    user = make_user(email="amal@example.org")
    Profile.objects.create(user=user, display_name="Amal", preferred_language="ar")
    LanguageSkill.objects.create(user=user, language="ar", level="native")
    EmailAddress.objects.create(user=user, email="amal.work@example.org", verified=False)
    client.force_login(user)
    response = client.get("/ro/account/export/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    assert "attachment" in response["Content-Disposition"]
    data = json.loads(response.content)
    assert data["account"]["email"] == "amal@example.org"
    assert {address["email"] for address in data["account"]["email_addresses"]} == {
        "amal@example.org",
        "amal.work@example.org",
    }
    assert data["profile"]["display_name"] == "Amal"
    assert data["profile"]["preferred_language"] == "ar"
    assert data["profile"]["language_skills"] == [{"language": "ar", "level": "native"}]
    assert data["test_notes"] == {"notes": ["note of amal@example.org"]}


def test_deleting_asks_for_the_password_and_keeps_the_account_when_wrong(client, make_user, recorded_source):
    user = make_user()
    client.force_login(user)
    response = client.post("/ro/account/delete/", {"password": "not-my-password"})
    assert response.status_code == 200
    assert 'class="errorlist' in response.content.decode()
    assert get_user_model().objects.filter(pk=user.pk).exists()
    assert recorded_source == []


def test_empty_password_is_refused(client, make_user):
    user = make_user()
    client.force_login(user)
    response = client.post("/ro/account/delete/", {"password": ""})
    assert response.status_code == 200
    assert get_user_model().objects.filter(pk=user.pk).exists()


def test_deleting_erases_every_source_and_the_user_and_signs_out(client, make_user, recorded_source):
    user = make_user()
    LanguageSkill.objects.create(user=user, language="uk", level="native")
    Profile.objects.create(user=user)
    client.force_login(user)
    response = client.post("/ro/account/delete/", {"password": PASSWORD})
    assert response.status_code == 302
    assert response["Location"] == "/ro/"
    assert recorded_source == [user.pk]
    assert not get_user_model().objects.filter(pk=user.pk).exists()
    assert not EmailAddress.objects.filter(email=user.email).exists()
    assert not LanguageSkill.objects.exists()
    assert client.get("/ro/account/").status_code == 302


def test_a_failing_eraser_rolls_everything_back(make_user):
    user = make_user()
    LanguageSkill.objects.create(user=user, language="uk", level="native")

    def broken(user):
        raise RuntimeError("storage unavailable")

    personal_data.register("broken", export=lambda user: None, erase=broken)
    try:
        with pytest.raises(RuntimeError):
            services.delete_account(user, password=PASSWORD)
    finally:
        personal_data._sources.pop("broken")
    assert get_user_model().objects.filter(pk=user.pk).exists()
    assert LanguageSkill.objects.filter(user=user).exists()


def test_the_last_superuser_cannot_delete_themselves(client, make_user):
    admin = make_user(superuser=True)
    client.force_login(admin)
    response = client.post("/ro/account/delete/", {"password": PASSWORD})
    assert response.status_code == 200
    assert get_user_model().objects.filter(pk=admin.pk).exists()


def test_a_superuser_can_leave_when_another_remains(make_user):
    leaving = make_user(superuser=True)
    make_user(superuser=True)
    services.delete_account(leaving, password=PASSWORD)
    assert not get_user_model().objects.filter(pk=leaving.pk).exists()
