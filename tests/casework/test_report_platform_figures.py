"""The monthly report's figures from the other apps: events held that month and who took part."""

from datetime import datetime

from django.utils import timezone

from casework.reports import centre_figures, figures
from casework.services.reporting import previous_month
from events.models import Registration, RegistrationStatus
from tests.events.conftest import event_index, make_event  # noqa: F401 (fixtures)


def test_the_report_counts_the_events_held_that_month_and_their_participants(make_event, make_user, centre_a):  # noqa: F811
    month = previous_month()
    held = make_event(start=timezone.make_aware(datetime(month.year, month.month, 10, 17)))
    make_event()
    for status in (RegistrationStatus.CONFIRMED, RegistrationStatus.CONFIRMED, RegistrationStatus.CANCELLED):
        Registration.objects.create(event=held, user=make_user(), status=status)
    platform = centre_figures(centre_a, month)["platform"]
    assert (platform["events_held"], platform["event_participants"]) == (1, 2)
    assert figures(month)["platform"] == platform
