"""Text messages at the counter, end to end with the test backend: a newcomer books by phone in
their language and confirms through the link texted to them; the reminder goes the day before;
a registered visitor is texted only with their consent to be contacted."""

import re
from datetime import timedelta

import pytest
from django.utils import translation

from casework import services
from casework.models import Appointment
from core import sms


@pytest.fixture(autouse=True)
def empty_outbox():
    sms.outbox.clear()
    yield
    sms.outbox.clear()


def _in(language, text):
    with translation.override(language):
        return translation.gettext(text)


def test_a_newcomer_books_by_phone_confirms_by_text_and_is_reminded_in_ukrainian(
    client, slot, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        page = client.post(
            f"/uk/appointments/{slot.pk}/", {"topic": "housing", "mode": "in_person", "phone": "0722 123 456"}
        )
    assert _in("uk", "We sent you a text message. Open the link in it to confirm the appointment.") in (
        page.content.decode()
    )
    (message,) = sms.outbox
    assert message["to"] == "+40722123456"
    assert _in("uk", "Confirm it by opening this link:") in message["body"]
    confirm = re.search(r"https?://\S+?(/uk/appointments/confirm/\S+/)", message["body"]).group(1)
    assert client.post(confirm).status_code == 200
    appointment = Appointment.objects.get()
    assert appointment.status == "booked"

    with django_capture_on_commit_callbacks(execute=True):
        assert services.send_due_reminders(now=slot.starts_at - timedelta(hours=12)) == 1
        assert services.send_due_reminders(now=slot.starts_at - timedelta(hours=11)) == 0
    reminder = sms.outbox[-1]
    assert len(sms.outbox) == 2 and reminder["to"] == "+40722123456"
    assert _in("uk", "To cancel:") in reminder["body"] and slot.centre.name in reminder["body"]


def test_a_number_that_cannot_be_texted_waits_for_the_centres_call(
    client, slot, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        page = client.post(
            f"/ro/appointments/{slot.pk}/", {"topic": "health", "mode": "phone", "phone": "0722"}
        )
    assert _in("ro", "The centre will call you to confirm the appointment.") in page.content.decode()
    assert sms.outbox == []


def test_nothing_is_texted_when_the_booking_rolls_back(slot, django_capture_on_commit_callbacks):
    from django.db import transaction

    class Abandoned(Exception):
        pass

    with django_capture_on_commit_callbacks(execute=True) as queued:
        with pytest.raises(Abandoned), transaction.atomic():
            services.book_appointment(slot, topic="health", language="ro", phone="+40 722 000 111")
            raise Abandoned
    assert queued == [] and sms.outbox == []


@pytest.mark.parametrize("consents,texted", [(True, 1), (False, 0)])
def test_staff_booking_for_a_visitor_texts_only_with_consent(
    slot, staff_a, register, consents, texted, django_capture_on_commit_callbacks
):
    visitor = register(consent_contact=consents, languages="ar")
    with django_capture_on_commit_callbacks(execute=True):
        services.book_appointment(
            slot, topic="employment", language="ar", phone="0722 555 666", visitor=visitor, user=staff_a
        )
        services.send_due_reminders(now=slot.starts_at - timedelta(hours=2))
    assert len(sms.outbox) == texted * 2
    if texted:
        assert _in("ar", "To cancel:") in sms.outbox[0]["body"]
