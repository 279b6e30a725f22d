"""The signed-in person's own account: read and edit the profile, export everything, delete,
and their API tokens for apps. Signing up and in is allauth's headless API (/api/auth/)."""

from datetime import datetime
from typing import Literal

from django.http import HttpResponse
from django.utils.translation import gettext as _
from ninja import Field, Router, Schema, Status
from pydantic import ConfigDict
from wagtail.models import APIToken

from integration_site.api_auth import signed_in
from integration_site.api_types import SiteLanguage

from . import services
from .languages import SPOKEN_LANGUAGES, Level
from .models import LanguageSkill, profile_for

router = Router(tags=["accounts"], auth=signed_in)

SpokenLanguage = Literal[tuple(code for code, _name in SPOKEN_LANGUAGES)]
SkillLevel = Literal[tuple(Level.values)]


class AccountsLanguageSkill(Schema):
    language: SpokenLanguage
    level: SkillLevel


class AccountsMe(Schema):
    email: str = Field(description="Read-only here; change it on the e-mail addresses page.")
    display_name: str
    preferred_language: SiteLanguage
    language_skills: list[AccountsLanguageSkill]


class AccountsMePatch(Schema):
    model_config = ConfigDict(extra="forbid")

    display_name: str | None = Field(None, max_length=services.DISPLAY_NAME_MAX_LENGTH)
    preferred_language: SiteLanguage | None = None
    language_skills: list[AccountsLanguageSkill] | None = Field(
        None, description="The complete list: languages left out are removed."
    )


class AccountsDeleteRequest(Schema):
    password: str = Field(min_length=1, max_length=4096)


class AccountsError(Schema):
    detail: str
    field: str | None = None


def me_out(user):
    profile = profile_for(user)
    return {
        "email": user.email,
        "display_name": profile.display_name,
        "preferred_language": profile.preferred_language,
        "language_skills": list(LanguageSkill.objects.filter(user=user).values("language", "level")),
    }


def refused(error, status):
    return Status(status, {"detail": error.message, "field": error.field})


@router.get("/me", response=AccountsMe, operation_id="accounts_me_read", url_name="accounts_me")
def read_me(request):
    return me_out(request.user)


@router.patch(
    "/me",
    response={200: AccountsMe, 422: AccountsError},
    operation_id="accounts_me_update",
    url_name="accounts_me_update",
)
def update_me(request, changes: AccountsMePatch):
    skills = changes.language_skills
    try:
        services.update_profile(
            request.user,
            display_name=changes.display_name,
            preferred_language=changes.preferred_language,
            language_skills=None if skills is None else [(s.language, s.level) for s in skills],
        )
    except services.AccountError as error:
        return refused(error, 422)
    return me_out(request.user)


@router.get(
    "/me/export",
    response=dict,
    operation_id="accounts_me_export",
    url_name="accounts_me_export",
    description="Everything the platform holds about you, as the account page's download.",
)
def export_me(request):
    return services.export_user_data(request.user)


@router.delete(
    "/me",
    response={204: None, 403: AccountsError, 409: AccountsError, 429: AccountsError},
    operation_id="accounts_me_delete",
    url_name="accounts_me_delete",
    description=(
        "Deletes your account and all your data. Needs your password; wrong passwords count "
        "against the same limit as signing in (429 when it is reached)."
    ),
)
def delete_me(request, confirmation: AccountsDeleteRequest):
    try:
        services.delete_account(request.user, password=confirmation.password, request=request)
    except services.TooManyAttempts as error:
        return refused(error, 429)
    except services.AccountError as error:
        return refused(error, 403 if error.field == "password" else 409)
    return HttpResponse(status=204)


class AccountsTokenOut(Schema):
    id: int
    name: str
    prefix: str = Field(description="The token's first characters, to recognise it.")
    created: datetime
    last_used_at: datetime | None


class AccountsNewTokenOut(AccountsTokenOut):
    token: str = Field(description="The token itself: shown in this answer only, never again.")


def token_out(token):
    return {name: getattr(token, name) for name in ("id", "name", "prefix", "created", "last_used_at")}


class AccountsTokenIn(Schema):
    name: str = Field(min_length=1, max_length=services.API_TOKEN_NAME_MAX_LENGTH)


@router.get(
    "/me/tokens",
    response=list[AccountsTokenOut],
    operation_id="accounts_tokens",
    url_name="accounts_tokens",
    summary="My API tokens (not revoked)",
)
def list_tokens(request):
    return [token_out(token) for token in services.live_api_tokens(request.user)]


@router.post(
    "/me/tokens",
    response={201: AccountsNewTokenOut, 400: AccountsError},
    operation_id="accounts_token_create",
    url_name="accounts_token_create",
    summary="Create an API token for an app",
    description=(
        "An app signed in with allauth's session token (X-Session-Token, see /api/auth/openapi.json) "
        "gets a long-lived token here, sent as `Authorization: Bearer <token>`."
    ),
)
def create_token(request, payload: AccountsTokenIn):
    try:
        token, plaintext = services.create_api_token(request.user, name=payload.name)
    except services.AccountError as error:
        return refused(error, 400)
    return Status(201, {**token_out(token), "token": plaintext})


@router.delete(
    "/me/tokens/{token_id}",
    response={204: None, 404: AccountsError},
    operation_id="accounts_token_revoke",
    url_name="accounts_token_revoke",
    summary="Revoke one of my API tokens",
)
def revoke_token(request, token_id: int):
    try:
        services.revoke_api_token(request.user, token_id)
    except APIToken.DoesNotExist:
        return Status(404, {"detail": _("This token does not exist or is revoked already.")})
    return HttpResponse(status=204)
