"""Account operations, one transaction each, called by the pages and the API alike."""

from allauth.account.models import EmailAddress
from allauth.core import ratelimit
from allauth.mfa.models import Authenticator
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.sites.shortcuts import get_current_site
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import APIToken

from core.audit import record

from . import personal_data
from .languages import SPOKEN_LANGUAGES, Level
from .models import LanguageSkill, Profile

SITE_LANGUAGES = {code for code, _name in settings.LANGUAGES}
KNOWN_SPOKEN_LANGUAGES = {code for code, _name in SPOKEN_LANGUAGES}
DISPLAY_NAME_MAX_LENGTH = Profile._meta.get_field("display_name").max_length


class AccountError(Exception):
    """A request the account cannot carry out; the message is shown to the person."""

    def __init__(self, message, field=None):
        super().__init__(message)
        self.message = message
        self.field = field


def create_profile(user, *, language):
    """A new person's profile: they prefer the language they signed up in."""
    language = language if language in SITE_LANGUAGES else settings.LANGUAGE_CODE
    profile, _created = Profile.objects.update_or_create(user=user, defaults={"preferred_language": language})
    return profile


@transaction.atomic
def update_profile(
    user,
    *,
    display_name=None,
    preferred_language=None,
    language_skills=None,
    printed_name=None,
    printed_name_latin=None,
):
    """Change what is given (None leaves a part as it is). `language_skills` is the complete new
    list of (language, level) pairs: languages left out are removed."""
    profile, _created = Profile.objects.select_for_update().get_or_create(user=user)
    if printed_name is not None or printed_name_latin is not None:
        set_printed_name(profile, printed_name, printed_name_latin)
    if display_name is not None:
        display_name = display_name.strip()
        if len(display_name) > DISPLAY_NAME_MAX_LENGTH:
            raise AccountError(
                _("The display name can have at most %(count)d characters.")
                % {"count": DISPLAY_NAME_MAX_LENGTH},
                field="display_name",
            )
        profile.display_name = display_name
    if preferred_language is not None:
        if preferred_language not in SITE_LANGUAGES:
            raise AccountError(
                _("“%(code)s” is not one of the site's languages.") % {"code": preferred_language},
                field="preferred_language",
            )
        profile.preferred_language = preferred_language
    profile.save()
    if language_skills is not None:
        replace_language_skills(user, language_skills)
    return profile


def set_printed_name(profile, printed_name, printed_name_latin):
    """The name to print on certificates and attendee lists, in the person's script and in Latin
    letters; None leaves a part as it is. The caller saves the profile."""
    for field, value in (("printed_name", printed_name), ("printed_name_latin", printed_name_latin)):
        if value is None:
            continue
        value = " ".join(value.split())
        if len(value) > Profile._meta.get_field(field).max_length:
            raise AccountError(
                _("The name can have at most %(count)d characters.")
                % {"count": Profile._meta.get_field(field).max_length},
                field=field,
            )
        setattr(profile, field, value)


def replace_language_skills(user, language_skills):
    languages = [language for language, _level in language_skills]
    for language, level in language_skills:
        if language not in KNOWN_SPOKEN_LANGUAGES:
            raise AccountError(
                _("“%(code)s” is not a language in our list.") % {"code": language},
                field="language_skills",
            )
        if level not in Level.values:
            raise AccountError(
                _("“%(level)s” is not a level: use native or A1 to C2.") % {"level": level},
                field="language_skills",
            )
    if len(set(languages)) != len(languages):
        raise AccountError(_("Each language can be listed only once."), field="language_skills")
    LanguageSkill.objects.filter(user=user).exclude(language__in=languages).delete()
    for language, level in language_skills:
        LanguageSkill.objects.update_or_create(user=user, language=language, defaults={"level": level})


#: Enough for a phone, a tablet and a few apps; more live tokens are more to lose.
API_TOKENS_MAX = 10
API_TOKEN_NAME_MAX_LENGTH = 100
CREATE_API_TOKEN = "accounts.create_api_token"
REVOKE_API_TOKEN = "accounts.revoke_api_token"


def live_api_tokens(user):
    return APIToken.objects.filter(user=user, revoked_at__isnull=True).order_by("-created")


@transaction.atomic
def create_api_token(user, *, name):
    """A new API token of the person's own, for an app: `(token, plaintext)`. The plaintext is
    shown once; only its digest is kept."""
    name = " ".join(name.split())
    if not name:
        raise AccountError(_("Give the token a name, e.g. the app it is for."), field="name")
    if len(name) > API_TOKEN_NAME_MAX_LENGTH:
        raise AccountError(
            _("The name can have at most %(count)d characters.") % {"count": API_TOKEN_NAME_MAX_LENGTH},
            field="name",
        )
    # Locking the person's row makes two requests at once count each other's tokens.
    get_user_model().objects.select_for_update().filter(pk=user.pk).first()
    if live_api_tokens(user).count() >= API_TOKENS_MAX:
        raise AccountError(
            _("You have %(count)d API tokens already. Revoke one you no longer use first.")
            % {"count": API_TOKENS_MAX},
            field="name",
        )
    token, plaintext = APIToken.create_token(user=user, name=name)
    record(CREATE_API_TOKEN, token, user=user)
    return token, plaintext


@transaction.atomic
def revoke_api_token(user, token_id):
    """Revoke one of the person's own live tokens; someone else's is not found."""
    token = live_api_tokens(user).select_for_update().filter(pk=token_id).first()
    if token is None:
        raise APIToken.DoesNotExist
    token.revoke()
    record(REVOKE_API_TOKEN, token, user=user)
    return token


def export_own_data(user):
    """What the accounts app itself holds beyond the user row: profile, languages, 2FA methods
    (their kinds and dates only; secrets never leave the server)."""
    profile = Profile.objects.filter(user=user).first()
    return {
        "display_name": profile.display_name if profile else "",
        "printed_name": profile.printed_name if profile else "",
        "printed_name_latin": profile.printed_name_latin if profile else "",
        "preferred_language": profile.preferred_language if profile else settings.LANGUAGE_CODE,
        "language_skills": [
            {"language": skill.language, "level": skill.level}
            for skill in LanguageSkill.objects.filter(user=user)
        ],
        "two_factor_methods": [
            {
                "type": authenticator.type,
                "created_at": authenticator.created_at,
                "last_used_at": authenticator.last_used_at,
            }
            for authenticator in Authenticator.objects.filter(user=user).order_by("created_at")
        ],
    }


def erase_own_data(user):
    LanguageSkill.objects.filter(user=user).delete()
    Profile.objects.filter(user=user).delete()
    Authenticator.objects.filter(user=user).delete()
    EmailAddress.objects.filter(user=user).delete()


def export_user_data(user):
    """Everything the platform holds about this person, as JSON-serialisable values: the account,
    its e-mail addresses, and each registered source (the profile first) under its own name."""
    data = {
        "exported_at": timezone.now(),
        "account": {
            "username": user.get_username(),
            "email": user.email,
            "date_joined": user.date_joined,
            "last_login": user.last_login,
            "email_addresses": [
                {"email": address.email, "verified": address.verified, "primary": address.primary}
                for address in EmailAddress.objects.filter(user=user).order_by("email")
            ],
        },
    }
    for source in personal_data.sources():
        data[source.name] = source.export(user)
    return data


class TooManyAttempts(AccountError):
    """Too many wrong passwords for this account (or from this address) for now."""


def check_password_throttled(request, user, password):
    """Check a password the way signing in does: each try counts against the account's and the
    address's sign-in failure limits (allauth's "login_failed"), shared with the sign-in form, so
    a stolen session or API token cannot be used to guess the password."""
    key = f"{get_current_site(request).domain}:{user.email.lower()}"
    if not ratelimit.consume(request, action="login_failed", key=key):
        raise TooManyAttempts(
            _("Too many wrong passwords. Wait a few minutes and try again."), field="password"
        )
    if not user.check_password(password):
        raise AccountError(_("The password is not correct."), field="password")


def delete_account(user, *, password, request=None):
    """Erase everything every app holds about the person, then the account, all or nothing.
    The last superuser cannot delete themselves: nobody could administer the site after.
    Requests from the site and the API pass `request`, which limits password guessing."""
    if request is not None:
        check_password_throttled(request, user, password)
    elif not user.check_password(password):
        raise AccountError(_("The password is not correct."), field="password")
    User = get_user_model()
    with transaction.atomic():
        if user.is_superuser:
            # Lock every superuser row so two superusers cannot both delete themselves at once.
            superusers = User.objects.select_for_update().filter(is_superuser=True, is_active=True)
            if list(superusers.values_list("pk", flat=True)) == [user.pk]:
                raise AccountError(
                    _("You are the only administrator. Make someone else an administrator first.")
                )
        for source in personal_data.sources():
            source.erase(user)
        User.objects.filter(pk=user.pk).delete()
