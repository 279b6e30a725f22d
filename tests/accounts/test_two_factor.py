import base64
import hashlib
import hmac
import re
import struct
import time
from datetime import UTC, datetime, timedelta

import pytest
from allauth.mfa.models import Authenticator
from freezegun import freeze_time

from accounts import roles
from tests.conftest import PASSWORD

pytestmark = pytest.mark.django_db


def totp_code(secret):
    """RFC 6238 code (SHA-1, 30 s, 6 digits), computed here as an authenticator app would."""
    key = base64.b32decode(secret.upper() + "=" * (-len(secret) % 8))
    counter = int(time.time() // 30)
    digest = hmac.new(key, struct.pack(">Q", counter), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    number = struct.unpack(">I", digest[offset : offset + 4])[0] & 0x7FFFFFFF
    return f"{number % 1_000_000:06d}"


def off_by_one(code):
    return f"{(int(code) + 1) % 1_000_000:06d}"


def sign_in(client, user):
    response = client.post("/ro/accounts/login/", {"login": user.email, "password": PASSWORD})
    assert response.status_code == 302


def open_totp_setup(client, url="/ro/accounts/2fa/totp/activate/"):
    """allauth asks for the password again before changing two-factor settings; then the setup
    page shows the secret that an authenticator app would scan."""
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"].startswith("/ro/accounts/reauthenticate/")
    assert client.post(response["Location"], {"password": PASSWORD}).status_code == 302
    setup = client.get(url)
    assert setup.status_code == 200
    html = setup.content.decode()
    return html, re.search(r'id="authenticator_secret"[^>]*value="([A-Z2-7]+)"', html).group(1)


@pytest.fixture
def staff_2fa_required(settings):
    settings.REQUIRE_STAFF_2FA = True


@pytest.mark.parametrize("role", [roles.EDITORS, roles.MODERATORS, roles.COORDINATORS, "superuser"])
def test_staff_without_totp_are_sent_to_the_setup_page(client, make_user, staff_2fa_required, role):
    staff = make_user(superuser=True) if role == "superuser" else make_user(role=role)
    sign_in(client, staff)
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"] == "/ro/accounts/2fa/totp/activate/"


@pytest.mark.parametrize("role", [roles.TEAM_MEMBERS, roles.VOLUNTEERS, roles.PARTICIPANTS, None])
def test_people_without_admin_access_are_not_asked_for_totp(client, make_user, staff_2fa_required, role):
    sign_in(client, make_user(role=role))
    assert client.get("/ro/account/").status_code == 200
    assert client.get("/admin/")["Location"] != "/ro/accounts/2fa/totp/activate/"


def test_without_the_setting_staff_open_the_admin_directly(client, make_user, settings):
    settings.REQUIRE_STAFF_2FA = False
    sign_in(client, make_user(role=roles.MODERATORS))
    assert client.get("/admin/").status_code == 200


def test_staff_member_activates_totp_with_a_real_code_then_opens_the_admin(
    client, make_user, staff_2fa_required
):
    user = make_user(role=roles.COORDINATORS)
    sign_in(client, user)
    html, secret = open_totp_setup(client, client.get("/admin/")["Location"])
    assert '<html lang="ro"' in html
    assert '<label for="id_code"' in html

    wrong = client.post("/ro/accounts/2fa/totp/activate/", {"code": off_by_one(totp_code(secret))})
    assert wrong.status_code == 200
    assert 'class="errorlist' in wrong.content.decode()
    assert not Authenticator.objects.filter(user=user).exists()

    response = client.post("/ro/accounts/2fa/totp/activate/", {"code": totp_code(secret)})
    assert response.status_code == 302
    assert Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()
    assert Authenticator.objects.filter(user=user, type=Authenticator.Type.RECOVERY_CODES).exists()
    assert client.get(response["Location"]).status_code == 200
    assert client.get("/admin/").status_code == 200


def test_signing_in_with_totp_asks_for_the_code(client, make_user):
    user = make_user(role=roles.EDITORS)
    sign_in(client, user)
    _html, secret = open_totp_setup(client)
    client.post("/ro/accounts/2fa/totp/activate/", {"code": totp_code(secret)})
    client.post("/ro/accounts/logout/")

    response = client.post("/ro/accounts/login/", {"login": user.email, "password": PASSWORD})
    assert response["Location"] == "/ro/accounts/2fa/authenticate/"
    assert client.get("/ro/account/").status_code == 302
    wrong = client.post("/ro/accounts/2fa/authenticate/", {"code": off_by_one(totp_code(secret))})
    assert wrong.status_code == 200
    # A code is accepted once; the next one comes from the app's next 30-second window.
    with freeze_time(datetime.now(UTC) + timedelta(seconds=30)):
        response = client.post("/ro/accounts/2fa/authenticate/", {"code": totp_code(secret)})
    assert response.status_code == 302
    assert client.get("/ro/account/").status_code == 200


def test_two_factor_page_is_linked_from_the_profile_and_in_the_site_layout(client, make_user):
    sign_in(client, make_user())
    page = client.get("/ro/accounts/2fa/")
    assert page.status_code == 200
    assert 'class="site-header"' in page.content.decode()
