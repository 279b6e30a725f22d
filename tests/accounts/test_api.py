import json

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import APIToken

from accounts.models import LanguageSkill, Profile
from tests.conftest import ALL_ROLES, PASSWORD

pytestmark = pytest.mark.django_db

ME = "/api/accounts/me"
EVERYONE_SIGNED_IN = [*ALL_ROLES, "superuser"]


def bearer(user):
    _token, plaintext = APIToken.create_token(user=user, name="test")
    return {"HTTP_AUTHORIZATION": f"Bearer {plaintext}"}


def person(make_user, who, **fields):
    if who == "superuser":
        return make_user(superuser=True, **fields)
    return make_user(role=who, **fields)


def patch(client, body, auth):
    return client.patch(ME, json.dumps(body), content_type="application/json", **auth)


def delete(client, body, auth):
    return client.delete(ME, json.dumps(body), content_type="application/json", **auth)


@pytest.mark.parametrize(
    "method, url",
    [("get", ME), ("patch", ME), ("get", f"{ME}/export"), ("delete", ME)],
)
def test_anonymous_gets_401(client, method, url):
    response = getattr(client, method)(url, content_type="application/json")
    assert response.status_code == 401
    assert response.json()["detail"]


def test_an_unknown_token_gets_401(client):
    response = client.get(ME, HTTP_AUTHORIZATION="Bearer wagtail_notarealtoken")
    assert response.status_code == 401


@pytest.mark.parametrize("who", EVERYONE_SIGNED_IN)
def test_every_role_reads_only_their_own_account(client, make_user, who):
    make_user(email="someone.else@example.org")
    user = person(make_user, who)
    Profile.objects.create(user=user, display_name="Me", preferred_language="uk")
    LanguageSkill.objects.create(user=user, language="ru", level="C1")
    response = client.get(ME, **bearer(user))
    assert response.status_code == 200
    assert response.json() == {
        "email": user.email,
        "display_name": "Me",
        "preferred_language": "uk",
        "language_skills": [{"language": "ru", "level": "C1"}],
    }
    changed = patch(client, {"display_name": f"Me as {who}"}, bearer(user))
    assert changed.status_code == 200
    assert changed.json()["display_name"] == f"Me as {who}"
    exported = client.get(f"{ME}/export", **bearer(user))
    assert exported.status_code == 200
    assert exported.json()["account"]["email"] == user.email
    assert "someone.else@example.org" not in exported.content.decode()


def test_a_token_never_reaches_another_persons_data_even_with_their_session(client, make_user):
    owner = make_user(email="owner@example.org")
    other = make_user(email="other@example.org")
    client.force_login(other)
    response = client.get(ME, **bearer(owner))
    assert response.json()["email"] == "owner@example.org"
    patch(client, {"display_name": "Owner"}, bearer(owner))
    assert not Profile.objects.filter(user=other, display_name="Owner").exists()
    assert Profile.objects.get(user=owner).display_name == "Owner"


def test_session_sign_in_works_too(client, make_user):
    user = make_user()
    client.force_login(user)
    assert client.get(ME).json()["email"] == user.email


def test_patch_changes_profile_and_replaces_languages(client, make_user):
    user = make_user()
    LanguageSkill.objects.create(user=user, language="en", level="B1")
    response = patch(
        client,
        {
            "display_name": "Olena",
            "preferred_language": "pl",
            "language_skills": [
                {"language": "uk", "level": "native"},
                {"language": "pl", "level": "A2"},
            ],
        },
        bearer(user),
    )
    assert response.status_code == 200
    assert response.json()["preferred_language"] == "pl"
    assert sorted(LanguageSkill.objects.filter(user=user).values_list("language", "level")) == [
        ("pl", "A2"),
        ("uk", "native"),
    ]


def test_patch_leaves_out_what_is_not_sent(client, make_user):
    user = make_user()
    Profile.objects.create(user=user, display_name="Kept", preferred_language="fr")
    LanguageSkill.objects.create(user=user, language="fr", level="native")
    response = patch(client, {"preferred_language": "ar"}, bearer(user))
    assert response.json()["display_name"] == "Kept"
    assert response.json()["language_skills"] == [{"language": "fr", "level": "native"}]


@pytest.mark.parametrize(
    "body",
    [
        {"email": "new@example.org"},
        {"preferred_language": "de"},
        {"display_name": "x" * 81},
        {"display_name": 42},
        {"language_skills": [{"language": "xx", "level": "B1"}]},
        {"language_skills": [{"language": "ar", "level": "fluent"}]},
        {"language_skills": "ar"},
        {"language_skills": [{"language": "ar", "level": "B1"}, {"language": "ar", "level": "C1"}]},
    ],
)
def test_bad_input_is_422_and_changes_nothing(client, make_user, body):
    user = make_user()
    response = patch(client, body, bearer(user))
    assert response.status_code == 422
    assert response.json()["detail"]
    user.refresh_from_db()
    assert user.email.endswith("@example.org") and user.email != "new@example.org"
    assert not LanguageSkill.objects.filter(user=user).exists()
    assert not Profile.objects.filter(user=user).exclude(display_name="").exists()


def test_not_json_is_a_4xx(client, make_user):
    response = client.patch(ME, "not json", content_type="application/json", **bearer(make_user()))
    assert 400 <= response.status_code < 500


def test_delete_needs_the_right_password(client, make_user):
    user = make_user()
    auth = bearer(user)
    response = delete(client, {"password": "wrong"}, auth)
    assert response.status_code == 403
    assert delete(client, {}, auth).status_code == 422
    assert get_user_model().objects.filter(pk=user.pk).exists()
    response = delete(client, {"password": PASSWORD}, auth)
    assert response.status_code == 204
    assert not get_user_model().objects.filter(pk=user.pk).exists()
    assert client.get(ME, **auth).status_code == 401


def test_the_last_superuser_cannot_delete_themselves_through_the_api(client, make_user):
    admin = make_user(superuser=True)
    response = delete(client, {"password": PASSWORD}, bearer(admin))
    assert response.status_code == 409
    assert get_user_model().objects.filter(pk=admin.pk).exists()


def test_the_api_is_described_in_the_openapi_document(client):
    paths = client.get("/api/openapi.json").json()["paths"]
    assert {"get", "patch", "delete"} <= set(paths["/api/accounts/me"])
    assert "get" in paths["/api/accounts/me/export"]
