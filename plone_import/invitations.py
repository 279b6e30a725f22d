"""Invitations for the accounts the import created: an e-mail in the person's language with a
link to set a password. The link is signed, lasts INVITATION_DAYS and works once: it carries a
fingerprint of the account's password field, which setting a password changes."""

import hashlib

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation

from accounts.models import preferred_language
from core import audit, links
from core.notify import notify

from .models import ImportedAccount

INVITATION_DAYS = 14
PURPOSE = "plone_import.invitation"
AUDIT_INVITE = "plone_import.invite"
AUDIT_ACCEPT = "plone_import.accept_invitation"


def password_fingerprint(user):
    return hashlib.sha256(user.password.encode()).hexdigest()[:16]


def invitation_token(user):
    return links.sign(PURPOSE, {"user": user.pk, "password": password_fingerprint(user)})


def waiting_accounts():
    """Imported accounts with an address that have not set a password yet."""
    accounts = (
        ImportedAccount.objects.filter(user__is_active=True).exclude(user__email="").select_related("user")
    )
    return [account for account in accounts if not account.user.has_usable_password()]


def send_invitations(*, by=None):
    """E-mail every waiting account its link; returns how many were invited."""
    accounts = waiting_accounts()
    now = timezone.now()
    for account in accounts:
        user = account.user
        language = preferred_language(user)
        with translation.override(language):
            path = reverse("plone_invitations:accept", kwargs={"token": invitation_token(user)})
        notify(
            to=user.email,
            template_prefix="plone_import/email/invitation",
            context={
                "name": user.get_full_name() or account.plone_username,
                "username": account.plone_username,
                "link": links.absolute_url(path),
                "days": INVITATION_DAYS,
            },
            language=language,
        )
        account.invited_at = now
    ImportedAccount.objects.bulk_update(accounts, ["invited_at"])
    if accounts:
        audit.record(AUDIT_INVITE, accounts[0], user=by, data={"invited": len(accounts)})
    return len(accounts)


def invited_user(token):
    """The account a link was made for, or None when it is forged, expired or already used."""
    try:
        value = links.unsign(PURPOSE, token, max_age=INVITATION_DAYS * 24 * 3600)
    except (links.LinkExpired, links.LinkInvalid):
        return None
    if not isinstance(value, dict):
        return None
    user = (
        get_user_model()
        .objects.filter(pk=value.get("user"), is_active=True, plone_account__isnull=False)
        .first()
    )
    if user is None or password_fingerprint(user) != value.get("password"):
        return None
    return user


@transaction.atomic
def accept(user, form):
    """Set the password chosen in `form` (Django's SetPasswordForm, valid). The e-mail the link
    came in proves the address, so it is the account's verified address from now on."""
    form.save()
    address = EmailAddress.objects.filter(user=user, email__iexact=user.email).first()
    if address is None:
        address = EmailAddress(user=user, email=user.email)
    address.verified = True
    address.primary = True
    address.save()
    audit.record(AUDIT_ACCEPT, ImportedAccount.objects.get(user=user), user=user)
