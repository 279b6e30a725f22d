"""Signed links with a lifetime, and absolute URLs that point where the site is really served."""

from urllib.parse import urljoin

from django.conf import settings
from django.core import signing

#: How long a signed link stays valid unless the caller says otherwise (seconds).
DEFAULT_MAX_AGE = 30 * 24 * 3600

LinkExpired = signing.SignatureExpired
LinkInvalid = signing.BadSignature


def sign(purpose, value):
    """A URL-safe token carrying `value` (anything JSON can hold), valid for `purpose` only."""
    return signing.dumps(value, salt=f"core.links:{purpose}", compress=True)


def unsign(purpose, token, *, max_age=None):
    """The value in `token`. Raises LinkExpired after `max_age` seconds (default from the setting
    SIGNED_LINK_MAX_AGE) and LinkInvalid when tampered with or made for another purpose."""
    if max_age is None:
        max_age = getattr(settings, "SIGNED_LINK_MAX_AGE", DEFAULT_MAX_AGE)
    return signing.loads(token, salt=f"core.links:{purpose}", max_age=max_age)


def base_url(request=None):
    """Where the site is served: the request's own host when there is one, else BASE_URL from
    the settings (production sets it), else the default Wagtail site."""
    if request is not None:
        return request.build_absolute_uri("/")
    configured = getattr(settings, "BASE_URL", "")
    if configured:
        return configured.rstrip("/") + "/"
    from wagtail.models import Site

    site = Site.objects.filter(is_default_site=True).first()
    if site is not None:
        return site.root_url.rstrip("/") + "/"
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + "/"


def absolute_url(path, request=None):
    return urljoin(base_url(request), path.lstrip("/") if path.startswith("/") else path)
