"""Concurrent sign-ups on PostgreSQL: each thread has its own connection and transaction."""

import threading

import pytest
from django.db import connections

from events import services
from events.models import Registration, RegistrationStatus
from tests.conftest import postgresql_only

pytestmark = pytest.mark.postgres


def run_in_threads(work, items):
    errors = []
    barrier = threading.Barrier(len(items))

    def worker(item):
        try:
            barrier.wait()
            work(item)
        except Exception as error:  # noqa: BLE001 - every failure is a finding
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=worker, args=(item,)) for item in items]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return errors


@postgresql_only
@pytest.mark.django_db(transaction=True)
def test_concurrent_signups_never_overbook_nor_duplicate_nor_fail(make_event, make_user):
    capacity, people_count = 5, 24
    event = make_event(capacity=capacity)
    people = [make_user() for _ in range(people_count)]
    errors = run_in_threads(lambda person: services.register(person, event), people + people[:6])
    assert errors == []
    statuses = list(Registration.objects.filter(event=event).values_list("status", flat=True))
    assert statuses.count(RegistrationStatus.CONFIRMED) == capacity
    assert statuses.count(RegistrationStatus.WAITING) == people_count - capacity
    assert Registration.objects.values("user").distinct().count() == people_count


@postgresql_only
@pytest.mark.django_db(transaction=True)
def test_concurrent_cancellations_promote_waiting_people_in_order(make_event, make_user):
    event = make_event(capacity=3)
    people = [make_user() for _ in range(8)]
    registrations = [services.register(person, event) for person in people]
    errors = run_in_threads(lambda registration: services.cancel(registration), registrations[:3])
    assert errors == []
    confirmed = set(Registration.objects.filter(status="confirmed").values_list("user_id", flat=True))
    assert confirmed == {person.pk for person in people[3:6]}
    assert [services.waiting_position(r) for r in Registration.objects.filter(status="waiting")] == [1, 2]
