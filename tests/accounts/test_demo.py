import io

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model

from accounts import demo, roles
from accounts.models import LanguageSkill, Profile

pytestmark = pytest.mark.django_db


def snapshot():
    return (
        sorted(get_user_model().objects.values_list("username", "email", "is_superuser", "password")),
        sorted(Profile.objects.values_list("user__username", "display_name", "preferred_language")),
        sorted(LanguageSkill.objects.values_list("user__username", "language", "level")),
        sorted(EmailAddress.objects.values_list("email", "verified", "primary")),
    )


def test_demo_accounts_are_idempotent_and_believable(client):
    demo.load(io.StringIO())
    first = snapshot()
    demo.load(io.StringIO())
    assert snapshot() == first
    assert len(first[0]) == len(demo.DEMO_USERS) == len(first[1])

    newcomer = get_user_model().objects.get(email="newcomer@example.org")
    assert newcomer.groups.filter(name=roles.PARTICIPANTS).exists()
    assert newcomer.profile.preferred_language == "ar"
    assert ("ar", "native") in newcomer.language_skills.values_list("language", "level")
    volunteer = get_user_model().objects.get(email="volunteer@example.org")
    assert set(volunteer.language_skills.values_list("language", flat=True)) == {"ro", "en"}

    response = client.post(
        "/ro/accounts/login/",
        {"login": "newcomer@example.org", "password": demo.DEMO_PASSWORD},
    )
    assert response["Location"] == "/ar/account/"
