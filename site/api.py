"""The project's own API under /api/. Each project app with an `api` module contributes its
`router`, mounted at /api/<app>/. Wagtail's content API (pages, images, documents, snippets,
locales) is served at /api/v3/; /api/openapi.json describes both in one document."""

from importlib import import_module
from importlib.util import find_spec

from django.conf import settings
from django.core.exceptions import PermissionDenied, RequestDataTooBig, TooManyFieldsSent
from django.db import DataError, InterfaceError, OperationalError
from django.http import Http404
from django.http.multipartparser import MultiPartParserError
from django.utils.translation import gettext as _
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, ValidationError
from wagtail.api.v3.errors import problem_response
from wagtail.api.v3.urls import api as wagtail_api

from core.api_errors import translated_errors

from .openapi_errors import document_error_responses, drop_operations_no_request_can_reach

WAGTAIL_API_PREFIX = "/api/v3/"
ANONYMOUS_SCHEME = "AllowAnonymous"


class ProjectAPI(NinjaAPI):
    def get_openapi_schema(self, *, path_prefix=None, path_params=None):
        schema = super().get_openapi_schema(path_prefix=path_prefix, path_params=path_params)
        merge_openapi(schema, wagtail_api.get_openapi_schema(path_prefix=WAGTAIL_API_PREFIX))
        describe_anonymous_access(schema)
        drop_body_defaults_the_schema_states(schema)
        drop_operations_no_request_can_reach(schema)
        document_error_responses(schema)
        return schema


def merge_openapi(target, source):
    """Add the paths and components of `source` to `target`. A component name that both define
    differently would make one document lie about the other, so that is refused loudly."""
    for route, operations in source.get("paths", {}).items():
        target.setdefault("paths", {})[route] = operations
    for section, entries in source.get("components", {}).items():
        existing = target.setdefault("components", {}).setdefault(section, {})
        for name, definition in entries.items():
            if name in existing and existing[name] != definition:
                raise ValueError(f"OpenAPI component {section}/{name} is defined twice differently")
            existing[name] = definition
    known_tags = {tag["name"] for tag in target.get("tags", [])}
    for tag in source.get("tags", []):
        if tag["name"] not in known_tags:
            target.setdefault("tags", []).append(tag)


def describe_anonymous_access(schema):
    """Wagtail's AllowAnonymous auth is not a security scheme (OpenAPI would require an HTTP
    `scheme`); OpenAPI's way to say "authentication optional" is an empty requirement `{}`."""
    schemes = schema.get("components", {}).get("securitySchemes", {})
    schemes.pop(ANONYMOUS_SCHEME, None)
    for operations in schema.get("paths", {}).values():
        for operation in operations.values():
            if isinstance(operation, dict) and "security" in operation:
                operation["security"] = [
                    {} if ANONYMOUS_SCHEME in requirement else requirement
                    for requirement in operation["security"]
                ]


def drop_body_defaults_the_schema_states(schema):
    """An optional body (Wagtail's page actions) is described as `allOf: [<schema>]` with a
    `default` object that restates the defaults of the schema's own properties. Client generators
    refuse a default on an object (openapi-python-client skips the operation), and the properties
    already say it all, so the body points at its schema directly."""
    for operations in schema.get("paths", {}).values():
        for operation in operations.values():
            body = operation.get("requestBody", {}) if isinstance(operation, dict) else {}
            for media in body.get("content", {}).values():
                body_schema = media.get("schema", {})
                if "default" in body_schema and len(body_schema.get("allOf", [])) == 1:
                    media["schema"] = body_schema["allOf"][0]


api = ProjectAPI(
    title=f"{settings.WAGTAIL_SITE_NAME} API",
    version="1.0.0",
    description=(
        "Everything a person can do in the pages, an app can do here. Public reads need no "
        "authentication; personal and staff endpoints take a session cookie (with CSRF token), "
        "an `Authorization: Bearer <token>` API token, or the `X-Session-Token` of an app signed "
        "in through allauth's headless API. Content (pages, images, documents, snippets) is "
        "served by Wagtail's API under /api/v3/.\n\n"
        "**Accounts for apps:** signing up (with the e-mail verified by a code), signing in and "
        "out, password reset, two-factor authentication and session tokens are allauth's "
        "headless API (app client) under /api/auth/app/v1/, described in its own document: "
        "[/api/auth/openapi.json](/api/auth/openapi.json). A signed-in app gets a long-lived API "
        "token with `POST /api/accounts/me/tokens`."
    ),
    urls_namespace="api",
    openapi_url="/openapi.json",
    docs_url="/docs",
)


@api.exception_handler(PermissionDenied)
def permission_denied(request, exc):
    return api.create_response(request, {"detail": _("You do not have permission to do this.")}, status=403)


@api.exception_handler(Http404)
def not_found(request, exc):
    return api.create_response(request, {"detail": _("Not found.")}, status=404)


def authentication_required_message():
    return _("Sign in first, or send an API token in the Authorization header (Bearer <token>).")


@api.exception_handler(AuthenticationError)
def not_authenticated(request, exc):
    response = api.create_response(request, {"detail": authentication_required_message()}, status=401)
    response["WWW-Authenticate"] = "Bearer"
    return response


#: Faults that are the request's or the database's, never the code's: (status, message, headers).
#: Both APIs (ours and Wagtail's content API) answer them in JSON instead of an HTML 500 or 400.
def request_fault(exc):
    if isinstance(exc, (OverflowError, DataError)):
        # An id or number beyond what the database can hold cannot name anything: bad input.
        return 400, _("The request is not valid."), {}
    if isinstance(exc, RequestDataTooBig):
        return 413, _("The request is too large."), {}
    if isinstance(exc, (MultiPartParserError, TooManyFieldsSent)):
        return 400, _("The request body could not be read. Check its format and Content-Type."), {}
    return (
        503,
        _("The service is unavailable for a moment. Please try again in a minute."),
        {"Retry-After": "60"},
    )


REQUEST_FAULTS = (
    OverflowError,
    DataError,
    RequestDataTooBig,
    MultiPartParserError,
    TooManyFieldsSent,
    OperationalError,
    InterfaceError,
)


def answer_project_fault(request, exc):
    status, message, headers = request_fault(exc)
    response = api.create_response(request, {"detail": message}, status=status)
    for name, value in headers.items():
        response[name] = value
    return response


def answer_content_fault(request, exc):
    status, message, headers = request_fault(exc)
    response = problem_response(status=status, detail=message)
    for name, value in headers.items():
        response[name] = value
    return response


def answer_content_authentication_error(request, exc):
    response = problem_response(status=401, detail=authentication_required_message())
    response["WWW-Authenticate"] = "Bearer"
    return response


for fault in REQUEST_FAULTS:
    api.add_exception_handler(fault, answer_project_fault)
    wagtail_api.add_exception_handler(fault, answer_content_fault)
wagtail_api.add_exception_handler(AuthenticationError, answer_content_authentication_error)


@api.exception_handler(ValidationError)
def invalid_input(request, exc):
    return api.create_response(
        request,
        {"detail": _("The request is not valid."), "errors": translated_errors(exc.errors)},
        status=422,
    )


for app in settings.PROJECT_APPS:
    if find_spec(f"{app}.api") is not None:
        api.add_router(f"/{app}/", import_module(f"{app}.api").router)
