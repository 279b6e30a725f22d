"""Every URL and every API operation, asked by anonymous and by each role: the answer is what
`matrix.py` says. The lists of URLs and operations are generated from the URL conf and the OpenAPI
document, so a new page or endpoint without a row fails here."""

import json
import re

import pytest
from django.conf import settings
from django.db import transaction
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils import timezone, translation

from . import matrix, world

pytestmark = pytest.mark.filterwarnings("ignore")
PROJECT_PACKAGES = {*settings.PROJECT_APPS, "integration_site"}
API_METHODS = {"get", "post", "put", "patch", "delete"}


def url_patterns(patterns=None, namespace=None):
    for pattern in get_resolver().url_patterns if patterns is None else patterns:
        if isinstance(pattern, URLResolver):
            inner = pattern.namespace or None
            full = f"{namespace}:{inner}" if namespace and inner else (inner or namespace)
            yield from url_patterns(pattern.url_patterns, full)
        elif isinstance(pattern, URLPattern):
            module = getattr(pattern.callback, "__module__", "")
            if module.split(".")[0] in PROJECT_PACKAGES and pattern.name:
                yield f"{namespace}:{pattern.name}" if namespace else pattern.name


def api_operations():
    document = json.loads(Client().get("/api/openapi.json").content)
    for path, operations in document["paths"].items():
        for method, operation in operations.items():
            if method in API_METHODS:
                yield operation["operationId"], method.upper(), path


def delegated(name):
    """URL names ("participation:desk") and operation ids ("participation_file_request") of apps
    with a matrix of their own."""
    return any(name.startswith((f"{app}:", f"{app}_")) for app in matrix.DELEGATED)


def test_every_project_url_has_a_row():
    names = {name for name in url_patterns() if not delegated(name)}
    missing = sorted(names - set(matrix.PAGES))
    assert not missing, f"URLs without a row in tests/access/matrix.py: {missing}"
    assert not set(matrix.PAGES) - names, (
        f"rows for URLs that no longer exist: {sorted(set(matrix.PAGES) - names)}"
    )


@pytest.mark.django_db
def test_every_api_operation_has_a_row():
    operations = {
        operation_id for operation_id, _method, _path in api_operations() if not delegated(operation_id)
    }
    missing, stale = operations - set(matrix.OPERATIONS), set(matrix.OPERATIONS) - operations
    assert not missing, f"operations without a row in tests/access/matrix.py: {sorted(missing)}"
    assert not stale, f"rows for operations that no longer exist: {sorted(stale)}"


def outcome(response):
    """'allowed', 'refused', 'inconclusive' (422: nothing ran) or 'error' (5xx)."""
    status = response.status_code
    if status >= 500:
        return "error"
    if status == 422:
        return "inconclusive"
    if status in (401, 403, 404):
        return "refused"
    location = response.get("Location", "")
    if status in (301, 302, 303) and ("login" in location or location == "/admin/"):
        return "refused"
    return "allowed"


def agrees(got, expected):
    return got == expected or got == "inconclusive"


def page_url(name, kwargs, ids):
    with translation.override("ro"):
        if name == "wagtail_serve":
            return reverse(name, args=[""])
        return reverse(name, kwargs={key: ids[value] for key, value in kwargs.items()})


#: Path parameters whose world id goes by another name.
PATH_IDS = {
    "type": "snippet_type",
    "pk": "snippet_id",
    "type_name": "page_type",
    "request_id": "mentee_request_id",
    "locale": "ro_code",
}
#: Look-ups that need a query to find anything.
QUERIES = {
    "/api/v3/pages/find/": "?html_path=/",
    "/api/v3/redirects/find/": "?html_path=/old-guide",
    "/api/casework/figures": "?first_month={this_month}&last_month={this_month}".format(
        this_month=timezone.localdate().replace(day=1)
    ),
}


def api_path(path, ids):
    filled = re.sub(r"\{(\w+)\}", lambda match: str(ids[PATH_IDS.get(match.group(1), match.group(1))]), path)
    return filled + QUERIES.get(path, "")


def ask(client, method, url, body=None, token=None, form=None):
    """One request, rolled back afterwards, so every cell sees the same world."""
    headers = {"HTTP_AUTHORIZATION": f"Bearer {token}"} if token else {}
    with transaction.atomic():
        if form is not None:
            response = client.post(url, form)
        else:
            data = json.dumps(body) if body is not None else ""
            response = client.generic(method, url, data, content_type="application/json", **headers)
        transaction.set_rollback(True)
    return response


@pytest.mark.django_db
def test_every_role_gets_what_the_matrix_says():
    probe = world.build()
    mismatches = []
    for name, (method, kwargs, allowed, *form) in sorted(matrix.PAGES.items()):
        url = page_url(name, kwargs, probe.ids)
        for role in world.ROLES:
            client = Client()
            if role != matrix.ANON:
                client.force_login(probe.users[role])
            got = outcome(ask(client, method, url, form=form[0] if form else None))
            expected = "allowed" if role in allowed else "refused"
            if not agrees(got, expected):
                mismatches.append(f"{method} {url} as {role}: {got}, expected {expected}")
    for label, (path_id, allowed) in matrix.FILES.items():
        for role in world.ROLES:
            client = Client()
            if role != matrix.ANON:
                client.force_login(probe.users[role])
            got = outcome(ask(client, "GET", probe.ids[path_id]))
            expected = "allowed" if role in allowed else "refused"
            if not agrees(got, expected):
                mismatches.append(f"{label} as {role}: {got}, expected {expected}")
    for operation_id, method, path in api_operations():
        if delegated(operation_id):
            continue
        allowed, body = matrix.OPERATIONS[operation_id]
        url = api_path(path, probe.ids)
        for role in world.ROLES:
            token = probe.tokens.get(role)
            got = outcome(ask(Client(), method, url, body, token))
            expected = "allowed" if role in allowed else "refused"
            if not agrees(got, expected):
                mismatches.append(f"{method} {url} ({operation_id}) as {role}: {got}, expected {expected}")
    assert not mismatches, f"{len(mismatches)} cells differ from the access matrix:\n" + "\n".join(mismatches)
