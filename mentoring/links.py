"""Signed links in e-mails: accept or decline a match without signing in first."""

from django.conf import settings
from django.core import signing
from django.urls import reverse
from django.utils import translation

SALT = "mentoring.match-response"
MAX_AGE = 60 * 60 * 24 * 21  # three weeks to answer


def match_response_token(match, user):
    return signing.dumps({"match": match.pk, "user": user.pk}, salt=SALT)


def read_match_response_token(token):
    """(match id, user id), or None when the link is forged or too old."""
    try:
        data = signing.loads(token, salt=SALT, max_age=MAX_AGE)
    except signing.BadSignature:
        return None
    return data.get("match"), data.get("user")


def absolute(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def match_response_url(match, user, language):
    with translation.override(language):
        return absolute(reverse("mentoring:respond_by_link", args=[match_response_token(match, user)]))
