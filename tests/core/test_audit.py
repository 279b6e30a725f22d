"""The audit trail says who did what, when and how (session, API token, system)."""

import pytest
from django.test import RequestFactory
from wagtail.models import APIToken, ModelLogEntry

from core import audit
from core.context import _current_request


@pytest.fixture
def record_target(make_user):
    return make_user()


@pytest.mark.django_db
def test_a_write_from_a_session_names_the_person_and_the_channel(make_user, record_target):
    actor = make_user()
    request = RequestFactory().post("/ro/somewhere/")
    request.user = actor
    audit.record("wagtail.edit", record_target, request=request, data={"field": "email"})
    entry = ModelLogEntry.objects.get(object_id=str(record_target.pk), action="wagtail.edit")
    assert entry.user == actor
    assert entry.data == {"via": "session", "field": "email"}
    assert entry.label == f"auth.User #{record_target.pk}"


@pytest.mark.django_db
def test_a_write_through_an_api_token_says_so(make_user, record_target):
    actor = make_user()
    token = APIToken.create_token(user=actor, name="app")[0]
    request = RequestFactory().post("/api/events/")
    request.user = actor
    request.auth = token
    audit.record("wagtail.edit", record_target, request=request)
    assert ModelLogEntry.objects.get(action="wagtail.edit").data["via"] == "token"


@pytest.mark.django_db
def test_the_current_request_is_found_without_being_passed(make_user, record_target):
    actor = make_user()
    request = RequestFactory().post("/admin/snippets/")
    request.user = actor
    token = _current_request.set(request)
    try:
        audit.record("wagtail.edit", record_target)
    finally:
        _current_request.reset(token)
    entry = ModelLogEntry.objects.get(action="wagtail.edit")
    assert (entry.user, entry.data["via"]) == (actor, "admin")


@pytest.mark.django_db
def test_work_outside_a_request_is_the_system(record_target):
    audit.record("wagtail.edit", record_target)
    entry = ModelLogEntry.objects.get(action="wagtail.edit")
    assert entry.user is None and entry.data["via"] == "system"


@pytest.mark.django_db
def test_opening_a_personal_record_is_logged(make_user, record_target):
    reader = make_user()
    audit.record_read(record_target, user=reader)
    entry = ModelLogEntry.objects.get(action=audit.VIEW_RECORD)
    assert entry.user == reader and entry.object_id == str(record_target.pk)
