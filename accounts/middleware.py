from django.conf import settings
from django.shortcuts import redirect
from django.urls import reverse


class StaffTwoFactorMiddleware:
    """With REQUIRE_STAFF_2FA on, anyone who can open the Wagtail admin must first set up a TOTP
    authenticator; until then the admin sends them to the setup page."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if self.must_set_up_totp(request):
            return redirect(reverse("mfa_activate_totp"))
        return self.get_response(request)

    def must_set_up_totp(self, request):
        if not getattr(settings, "REQUIRE_STAFF_2FA", False):
            return False
        if not request.path.startswith("/admin/"):
            return False
        user = request.user
        if not user.is_authenticated or not user.has_perm("wagtailadmin.access_admin"):
            return False
        from allauth.mfa.models import Authenticator

        return not Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()
