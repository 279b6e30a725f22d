"""Links sent by e-mail: the signed confirmation of an online filing (with a lifetime) and the
private tracking page of a case (its unguessable token)."""

from django.urls import reverse
from django.utils import translation

from core import links

CONFIRM_PURPOSE = "participation.confirm-filing"
#: A person has two days to click the confirmation link; after that they file again.
CONFIRM_MAX_AGE = 2 * 24 * 3600


def confirmation_token(case):
    return links.sign(CONFIRM_PURPOSE, {"kind": case.register_kind, "pk": case.pk})


def read_confirmation_token(token):
    """(kind, pk), or None when the link is forged or older than its lifetime."""
    try:
        data = links.unsign(CONFIRM_PURPOSE, token, max_age=CONFIRM_MAX_AGE)
    except (links.LinkInvalid, links.LinkExpired):
        return None
    if not isinstance(data, dict):
        return None
    return data.get("kind"), data.get("pk")


def tracking_path(case, language=None):
    with translation.override(language or case.language):
        return reverse("participation:track", args=[case.tracking_token])


def tracking_url(case, request=None):
    return links.absolute_url(tracking_path(case), request)


def confirmation_url(case, request=None):
    with translation.override(case.language):
        return links.absolute_url(reverse("participation:confirm", args=[confirmation_token(case)]), request)
