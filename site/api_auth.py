"""Authentication for the project's API: an API token (Wagtail's APIToken, `Authorization:
Bearer <token>`) for apps, or the browser session (with its CSRF token) for the site's pages."""

from ninja.security import django_auth
from wagtail.api.v3.auth import AllowAnonymous, BearerTokenAuth

#: Endpoints that need a signed-in person.
signed_in = [BearerTokenAuth(), django_auth]

#: Public endpoints that show more to a signed-in person (members-only items, their own data).
optional_sign_in = [BearerTokenAuth(), django_auth, AllowAnonymous()]
