"""Authentication for the project's API: an API token (Wagtail's APIToken, `Authorization:
Bearer <token>`) or the session token an app got by signing in through allauth's headless API
(`X-Session-Token`), or the browser session (with its CSRF token) for the site's pages."""

from allauth.headless.contrib.ninja.security import XSessionTokenAuth
from django.utils.translation import gettext as _
from ninja.errors import HttpError
from ninja.security import SessionAuth
from ninja.utils import check_csrf
from wagtail.api.v3.auth import AllowAnonymous, BearerTokenAuth


class SignedInSession(SessionAuth):
    """The browser session. The CSRF check protects a signed-in person's session; a caller with
    no session has nothing to protect and is told to authenticate (401), not "CSRF failed"."""

    def _get_key(self, request):
        if not request.user.is_authenticated:
            return None
        if not getattr(request, "_ninja_csrf_exempt", False) and check_csrf(request):
            raise HttpError(
                403, _("The form's security token is missing or out of date. Reload the page and try again.")
            )
        return request.COOKIES.get(self.param_name)


class AppSessionToken(XSessionTokenAuth):
    """The `X-Session-Token` allauth's headless API hands an app at sign-in; named so that the
    OpenAPI document tells clients which header carries it."""

    openapi_in = "header"
    openapi_name = "X-Session-Token"


session_auth = SignedInSession()
app_session_auth = AppSessionToken()

#: Endpoints that need a signed-in person.
signed_in = [BearerTokenAuth(), app_session_auth, session_auth]

#: Public endpoints that show more to a signed-in person (members-only items, their own data).
optional_sign_in = [BearerTokenAuth(), app_session_auth, session_auth, AllowAnonymous()]
