"""Bad requests and faults get a JSON 4xx or 503 from every part of the API, never a 500 page."""

import json
from unittest import mock

import pytest
from django.db import OperationalError
from django.test import Client
from wagtail.models import APIToken

pytestmark = pytest.mark.django_db

BEYOND_64_BITS = "9223372036854775808"
CONTENT_LISTS = ["/api/v3/pages/", "/api/v3/documents/", "/api/v3/images/", "/api/v3/redirects/"]


def bearer(user):
    _token, plaintext = APIToken.create_token(user=user, name="error tests")
    return {"HTTP_AUTHORIZATION": f"Bearer {plaintext}"}


def assert_json_error(response, status):
    assert response.status_code == status, response.content[:300]
    assert response["Content-Type"].split(";")[0] in ("application/json", "application/problem+json")
    assert json.loads(response.content)["detail"]


@pytest.mark.parametrize("debug", [False, True], ids=["production", "demo"])
@pytest.mark.parametrize("path", CONTENT_LISTS)
def test_an_offset_beyond_the_database_range_is_refused_as_bad_input(client, settings, path, debug):
    settings.DEBUG = debug
    assert_json_error(client.get(f"{path}?offset={BEYOND_64_BITS}"), 422)


@pytest.mark.parametrize("path", CONTENT_LISTS)
def test_the_largest_offset_the_database_holds_gives_an_empty_page(client, path, make_user):
    response = client.get(f"{path}?offset=9223372036854775807", **bearer(make_user(superuser=True)))
    assert response.status_code == 200
    assert response.json()["items"] == []


def test_an_id_beyond_the_database_range_in_the_content_api_is_refused(client):
    assert client.get(f"/api/v3/pages/{BEYOND_64_BITS}/").status_code in (400, 404, 422)


@pytest.mark.parametrize("role", ["participant", "superuser"])
def test_a_json_array_instead_of_a_page_is_refused(client, make_user, role):
    user = make_user(superuser=role == "superuser")
    response = client.post("/api/v3/pages/", "[1, 2]", content_type="application/json", **bearer(user))
    assert response.status_code in (400, 403, 422)
    assert json.loads(response.content)["detail"]


@pytest.mark.parametrize("path", ["/api/v3/documents/", "/api/coordination/meetings"])
def test_a_multipart_request_without_a_boundary_is_refused_as_bad_input(client, make_user, path):
    response = client.post(path, "x", content_type="multipart/form-data", **bearer(make_user(superuser=True)))
    assert_json_error(response, 400)


@pytest.mark.parametrize("method, path", [("PATCH", "/api/accounts/me"), ("POST", "/api/v3/pages/")])
def test_a_body_over_the_size_limit_is_refused_with_413(client, make_user, settings, method, path):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 10_000
    body = json.dumps({"display_name": "a" * 20_000})
    response = client.generic(
        method, path, body, content_type="application/json", **bearer(make_user(superuser=True))
    )
    assert_json_error(response, 413)


@pytest.mark.parametrize("debug", [False, True], ids=["production", "demo"])
@pytest.mark.parametrize(
    "path", ["/api/v3/pages/", "/api/events/", "/api/accounts/me", "/api/library/documents/"]
)
def test_a_database_outage_during_an_api_call_answers_json_503(make_user, settings, path, debug):
    settings.DEBUG = debug
    headers = bearer(make_user())
    client = Client(raise_request_exception=False)
    with mock.patch("django.db.backends.utils.CursorWrapper.execute", side_effect=OperationalError("down")):
        response = client.get(path, **headers)
    assert_json_error(response, 503)
    assert response["Retry-After"]


def test_a_database_outage_on_a_page_answers_503_not_500(settings):
    client = Client(raise_request_exception=False)
    with mock.patch("django.db.backends.utils.CursorWrapper.execute", side_effect=OperationalError("down")):
        response = client.get("/ro/")
    assert response.status_code == 503
