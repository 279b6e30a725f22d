"""Every write of events checks permission itself and leaves an entry in the audit trail."""

import pytest
from django.core.exceptions import PermissionDenied
from django.test import RequestFactory
from wagtail.models import ModelLogEntry

from core.context import _current_request
from events import services
from events.models import Registration


def entries(action):
    return ModelLogEntry.objects.filter(action=action)


@pytest.mark.django_db
def test_a_refused_check_in_changes_nothing_and_leaves_no_entry(make_event, make_user):
    event = make_event()
    registration = services.register(make_user(), event)
    editor = make_user("Editors")
    with pytest.raises(PermissionDenied):
        services.check_in(editor, event, registration.check_in_code)
    assert Registration.objects.get(pk=registration.pk).checked_in_at is None
    assert not entries("events.check_in").exists()


@pytest.mark.django_db
def test_an_allowed_check_in_is_logged_with_who_and_how(make_event, make_user):
    event = make_event()
    registration = services.register(make_user(), event)
    coordinator = make_user("Coordinators")
    request = RequestFactory().post("/ro/events/check-in/")
    request.user = coordinator
    token = _current_request.set(request)
    try:
        services.check_in(coordinator, event, registration.check_in_code)
    finally:
        _current_request.reset(token)
    entry = entries("events.check_in").get()
    assert entry.user == coordinator and entry.data["via"] == "session"
    assert entry.object_id == str(registration.pk)


@pytest.mark.django_db
def test_registering_and_cancelling_are_logged_for_the_person(make_event, make_user):
    person = make_user()
    registration = services.register(person, make_event())
    services.cancel(registration, by_user=person)
    assert entries("events.register").get().user == person
    assert entries("events.cancel").get().user == person
