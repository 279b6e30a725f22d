"""Who may open what: the Wagtail admin by role, and each person's own account pages."""

import json

import pytest
from django.contrib.auth.models import Group

from accounts import roles
from core.roles import NETWORK_COORDINATORS
from tests.conftest import ALL_ROLES

pytestmark = pytest.mark.django_db

# The network coordinator manages the centres and their staff in the admin (core/roles.py).
ADMIN_ROLES = {roles.EDITORS, roles.MODERATORS, roles.COORDINATORS, NETWORK_COORDINATORS}
EVERYONE = [None, *ALL_ROLES, "superuser"]
OWN_PAGES = ["/ro/account/", "/ro/account/export/", "/ro/account/delete/"]


def person(make_user, who):
    if who is None:
        return None
    if who == "superuser":
        return make_user(superuser=True)
    return make_user(role=who)


def test_admin_roles_hold_the_admin_access_permission():
    granted = set(Group.objects.filter(permissions__codename="access_admin").values_list("name", flat=True))
    assert granted == ADMIN_ROLES


@pytest.mark.parametrize("who", EVERYONE)
def test_only_editors_moderators_coordinators_and_superusers_open_the_admin(client, make_user, who):
    user = person(make_user, who)
    if user:
        client.force_login(user)
    response = client.get("/admin/")
    if who in ADMIN_ROLES or who == "superuser":
        assert response.status_code == 200
        assert "wagtail" in response.content.decode().lower()
    else:
        assert response.status_code == 302
        assert "/accounts/login/" in response["Location"]


def test_wagtails_own_admin_login_sends_people_to_the_site_sign_in(client):
    response = client.get("/admin/login/?next=/admin/pages/")
    assert response.status_code == 302
    assert response["Location"] == "/ro/accounts/login/?next=/admin/pages/"


@pytest.mark.parametrize("url", OWN_PAGES)
def test_own_account_pages_need_sign_in(client, url):
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"].startswith("/ro/accounts/login/?next=")


@pytest.mark.parametrize("who", EVERYONE[1:])
@pytest.mark.parametrize("url", OWN_PAGES)
def test_every_signed_in_person_opens_their_own_account_pages(client, make_user, who, url):
    user = person(make_user, who)
    client.force_login(user)
    response = client.get(url)
    assert response.status_code == 200
    assert user.email in response.content.decode() or url.endswith("delete/")


@pytest.mark.parametrize("who", EVERYONE[1:])
def test_nobody_sees_another_persons_data(client, make_user, who):
    other = make_user(email="someone.else@example.org")
    user = person(make_user, who)
    client.force_login(user)
    for url in OWN_PAGES:
        assert "someone.else@example.org" not in client.get(url).content.decode()
    exported = json.loads(client.get("/ro/account/export/").content)
    assert exported["account"]["email"] == user.email
    assert other.email not in json.dumps(exported)
