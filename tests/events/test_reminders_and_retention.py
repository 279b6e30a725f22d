from datetime import timedelta

from django.core import mail
from django.core.management import call_command
from django.utils import timezone
from freezegun import freeze_time

from accounts import personal_data
from events import services
from events.models import Certificate, Registration


def test_reminder_is_sent_once_to_confirmed_people_of_events_starting_soon(
    make_event, make_user, django_capture_on_commit_callbacks
):
    soon = make_event(start=timezone.now() + timedelta(hours=5), capacity=1)
    later = make_event(start=timezone.now() + timedelta(days=5))
    confirmed = services.register(make_user(email="soon@example.org"), soon)
    services.register(make_user(email="waiting@example.org"), soon)
    services.register(make_user(email="later@example.org"), later)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("send_event_reminders", stdout=open("/dev/null", "w"))
        call_command("send_event_reminders", stdout=open("/dev/null", "w"))
    assert [message.to for message in mail.outbox] == [["soon@example.org"]]
    confirmed.refresh_from_db()
    assert confirmed.reminder_sent_at is not None


def test_registrations_are_purged_after_the_retention_period_but_certificates_stay(make_event, make_user):
    event = make_event(retention_days=30)
    registration = services.register(make_user(), event)
    Certificate.objects.create(
        registration=registration,
        user=registration.user,
        learner_name="A B",
        course_title=event.title,
        completed_on=timezone.localdate(),
        sessions_attended=3,
    )
    kept = services.register(make_user(), make_event(retention_days=365))
    with freeze_time(event.end + timedelta(days=29)):
        call_command("purge_registrations", stdout=open("/dev/null", "w"))
    assert Registration.objects.count() == 2
    with freeze_time(event.end + timedelta(days=31)):
        call_command("purge_registrations", stdout=open("/dev/null", "w"))
    assert list(Registration.objects.values_list("pk", flat=True)) == [kept.pk]
    assert Certificate.objects.get().registration is None


def test_personal_data_export_and_erase(make_event, make_user):
    event = make_event(capacity=1, ask_access_needs=True)
    person = make_user()
    services.register(person, event, answers={"access_needs": "rampă"})
    waiting = services.register(make_user(), event)
    source = next(source for source in personal_data.sources() if source.name == "events")
    exported = source.export(person)
    assert exported["registrations"][0]["access_needs"] == "rampă"
    source.erase(person)
    assert not Registration.objects.filter(user=person).exists()
    waiting.refresh_from_db()
    assert waiting.status == "confirmed"


def test_reminder_for_one_date_of_a_repeating_event_in_the_persons_language(
    make_event, make_user, django_capture_on_commit_callbacks
):
    from accounts.models import Profile

    first = timezone.now().replace(second=0, microsecond=0) + timedelta(hours=3)
    club = make_event(start=first, recurrence_rule="FREQ=WEEKLY;COUNT=4")
    person = make_user(email="amal@example.org")
    Profile.objects.update_or_create(user=person, defaults={"preferred_language": "ar"})
    services.register(person, club, first)
    services.register(person, club, first + timedelta(weeks=1))
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("send_event_reminders", stdout=open("/dev/null", "w"))
    assert len(mail.outbox) == 1
    assert mail.outbox[0].extra_headers["Content-Language"] == "ar" and "تذكير" in mail.outbox[0].subject
