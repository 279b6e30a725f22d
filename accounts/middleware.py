from allauth.mfa.models import Authenticator
from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import translation

from .models import preferred_language

ADMIN_PREFIX = "/admin/"
WAGTAIL_ADMIN_LOGIN = "/admin/login/"


class StaffTwoFactorMiddleware:
    """Staff sign in through allauth (its rate limits and two-factor check apply), never through
    Wagtail's own admin login form. With REQUIRE_STAFF_2FA on, anyone who can open the Wagtail
    admin must first set up a TOTP authenticator; until then the admin sends them to the setup
    page."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path == WAGTAIL_ADMIN_LOGIN:
            return redirect_to_login(
                request.GET.get("next", ADMIN_PREFIX), login_url=reverse("account_login")
            )
        if self.must_set_up_totp(request):
            with translation.override(preferred_language(request.user)):
                return redirect(reverse("mfa_activate_totp"))
        return self.get_response(request)

    def must_set_up_totp(self, request):
        if not getattr(settings, "REQUIRE_STAFF_2FA", False):
            return False
        if not request.path.startswith(ADMIN_PREFIX):
            return False
        user = request.user
        if not user.is_authenticated or not user.has_perm("wagtailadmin.access_admin"):
            return False
        return not Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()
