"""Links sent by e-mail: the signed confirmation of an online filing (with a lifetime) and the
private tracking page of a case (its unguessable token)."""

from django.conf import settings
from django.core import signing
from django.urls import reverse
from django.utils import translation

CONFIRM_SALT = "participation.confirm-filing"
#: A person has two days to click the confirmation link; after that they file again.
CONFIRM_MAX_AGE = 2 * 24 * 3600


def confirmation_token(case):
    return signing.dumps({"kind": case.register_kind, "pk": case.pk}, salt=CONFIRM_SALT)


def read_confirmation_token(token):
    """(kind, pk), or None when the link is forged or older than its lifetime."""
    try:
        data = signing.loads(token, salt=CONFIRM_SALT, max_age=CONFIRM_MAX_AGE)
    except signing.BadSignature:
        return None
    return data.get("kind"), data.get("pk")


def absolute(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def tracking_path(case, language=None):
    with translation.override(language or case.language):
        return reverse("participation:track", args=[case.tracking_token])


def confirmation_url(case):
    with translation.override(case.language):
        return absolute(reverse("participation:confirm", args=[confirmation_token(case)]))
