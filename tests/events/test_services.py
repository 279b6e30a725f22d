from datetime import timedelta

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.utils import timezone

from accounts.models import Profile
from events import services
from events.models import Registration, RegistrationStatus


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Run a service and then what it left for after the commit (its e-mails)."""

    def run(service, *args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return service(*args, **kwargs)

    return run


def test_people_get_places_until_the_event_is_full_then_wait_in_order(make_event, make_user):
    event = make_event(capacity=2)
    people = [make_user() for _ in range(4)]
    registrations = [services.register(person, event) for person in people]
    assert [r.status for r in registrations] == ["confirmed", "confirmed", "waiting", "waiting"]
    assert [services.waiting_position(r) for r in registrations[2:]] == [1, 2]


def test_registering_twice_keeps_one_registration(make_event, make_user):
    event = make_event()
    person = make_user()
    first = services.register(person, event)
    second = services.register(person, event)
    assert first.pk == second.pk
    assert Registration.objects.filter(user=person).count() == 1


def test_the_database_refuses_a_second_registration_for_the_same_person(make_event, make_user):
    event = make_event()
    person = make_user()
    Registration.objects.create(event=event, user=person, status=RegistrationStatus.CONFIRMED)
    with pytest.raises(IntegrityError), transaction.atomic():
        Registration.objects.create(event=event, user=person, status=RegistrationStatus.WAITING)


def test_waiting_person_is_promoted_when_someone_cancels_and_told_by_email(make_event, make_user, committed):
    event = make_event(capacity=1)
    first, second, third = make_user(), make_user(), make_user()
    taken = services.register(first, event)
    services.register(second, event)
    services.register(third, event)
    mail.outbox.clear()
    committed(services.cancel, taken, by_user=first)
    statuses = dict(Registration.objects.values_list("user_id", "status"))
    assert statuses == {first.pk: "cancelled", second.pk: "confirmed", third.pk: "waiting"}
    assert [message.to for message in mail.outbox] == [[second.email]]
    assert "place" in mail.outbox[0].subject.lower() or "loc" in mail.outbox[0].subject.lower()


def test_a_person_cannot_cancel_someone_elses_registration(make_event, make_user):
    event = make_event()
    owner, stranger = make_user(), make_user("Participants")
    registration = services.register(owner, event)
    with pytest.raises(PermissionDenied):
        services.cancel(registration, by_user=stranger)
    registration.refresh_from_db()
    assert registration.status == RegistrationStatus.CONFIRMED


def test_cancelled_person_can_register_again(make_event, make_user):
    event = make_event(capacity=1)
    person = make_user()
    registration = services.register(person, event)
    services.cancel(registration, by_user=person)
    again = services.register(person, event)
    assert again.pk == registration.pk and again.status == RegistrationStatus.CONFIRMED


def test_confirmation_is_in_the_registrants_language_with_a_calendar_file(make_event, make_user, committed):
    event = make_event(title="Atelier culinar")
    person = make_user()
    Profile.objects.update_or_create(user=person, defaults={"preferred_language": "fr"})
    committed(services.register, person, event)
    message = mail.outbox[-1]
    assert message.extra_headers["Content-Language"] == "fr"
    assert "inscrit" in message.subject.lower()
    assert "/fr/events/cancel/" in message.body
    assert message.attachments[0][0] == "event.ics"
    assert "BEGIN:VEVENT" in str(message.attachments[0][1])


def test_confirmation_defaults_to_romanian(make_event, make_user, committed):
    person = make_user()
    committed(services.register, person, make_event())
    assert mail.outbox[-1].extra_headers["Content-Language"] == "ro"
    assert "/ro/events/cancel/" in mail.outbox[-1].body


def test_answers_only_to_questions_the_event_asks_are_kept(make_event, make_user):
    event = make_event(ask_childcare=True)
    registration = services.register(
        make_user(),
        event,
        answers={"childcare_needed": True, "access_needs": "wheelchair", "language_level": "B1"},
    )
    assert registration.childcare_needed is True
    assert registration.access_needs == "" and registration.language_level == ""


def test_closed_or_past_events_refuse_registration(make_event, make_user):
    person = make_user()
    with pytest.raises(services.RegistrationError):
        services.register(person, make_event(registration_open=False))
    past = timezone.now() - timedelta(days=3)
    with pytest.raises(services.RegistrationError):
        services.register(person, make_event(start=past, end=past + timedelta(hours=1)))
    assert not Registration.objects.exists()


def test_check_in_by_code_needs_an_organiser_and_a_confirmed_registration(make_event, make_user):
    event = make_event(capacity=1)
    organiser = make_user("Coordinators")
    confirmed = services.register(make_user(), event)
    waiting = services.register(make_user(), event)
    with pytest.raises(PermissionDenied):
        services.check_in(make_user("Volunteers"), event, confirmed.check_in_code)
    with pytest.raises(services.RegistrationError):
        services.check_in(organiser, event, waiting.check_in_code)
    with pytest.raises(services.RegistrationError):
        services.check_in(organiser, event, "NOPE")
    checked = services.check_in(organiser, event, confirmed.check_in_code.lower())
    assert checked.checked_in_at is not None


def test_the_events_organiser_account_may_check_people_in(make_event, make_user):
    organiser = make_user("Volunteers")
    event = make_event(organiser_user=organiser)
    registration = services.register(make_user(), event)
    assert services.check_in(organiser, event, registration.check_in_code).checked_in_at
