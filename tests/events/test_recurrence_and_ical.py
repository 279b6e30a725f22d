from datetime import UTC, timedelta

import pytest
from dateutil.rrule import rrulestr
from freezegun import freeze_time
from icalendar import Calendar

from events.ical import calendar_bytes
from events.models import CourseSession, EventKind, OccurrenceException
from events.recurrence import occurrences

from .conftest import BUCHAREST, local

# The last Sunday of October 2026 is the 25th: Romania goes from UTC+3 to UTC+2.
BEFORE_DST_CHANGE = local(2026, 10, 8, 18, 0)


@pytest.fixture
def weekly_club(make_event):
    with freeze_time("2026-10-01 12:00:00"):
        return make_event(
            title="Clubul de conversație",
            start=BEFORE_DST_CHANGE,
            end=BEFORE_DST_CHANGE + timedelta(hours=2),
            recurrence_rule="FREQ=WEEKLY;BYDAY=TH;COUNT=6",
        )


@freeze_time("2026-10-01 12:00:00")
def test_weekly_event_stays_at_six_in_the_evening_across_the_change_of_summer_time(weekly_club):
    dates = occurrences(weekly_club)
    assert [d.start.astimezone(BUCHAREST).hour for d in dates] == [18] * 6
    assert [d.start.utcoffset() for d in dates[:3]] == [timedelta(hours=3)] * 3
    assert [d.start.astimezone(BUCHAREST).utcoffset() for d in dates[3:]] == [timedelta(hours=2)] * 3
    assert dates[3].start.astimezone(UTC) - dates[2].start.astimezone(UTC) == timedelta(days=7, hours=1)


@freeze_time("2026-10-01 12:00:00")
def test_cancelled_and_moved_dates_are_left_out_or_moved(weekly_club):
    OccurrenceException.objects.create(
        event=weekly_club, original_start=local(2026, 10, 15, 18), cancelled=True
    )
    OccurrenceException.objects.create(
        event=weekly_club, original_start=local(2026, 10, 22, 18), new_start=local(2026, 10, 23, 17)
    )
    dates = occurrences(weekly_club)
    assert [d.start.astimezone(BUCHAREST).day for d in dates] == [8, 23, 29, 5, 12]
    assert dates[1].moved and dates[1].key == local(2026, 10, 22, 18)


@freeze_time("2026-10-01 12:00:00")
def test_feed_parses_back_with_rule_timezone_and_exceptions(weekly_club, client):
    OccurrenceException.objects.create(
        event=weekly_club, original_start=local(2026, 10, 15, 18), cancelled=True
    )
    response = client.get("/ro/events/feeds/all.ics")
    assert response.status_code == 200
    calendar = Calendar.from_ical(response.content)
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Europe/Bucharest"]
    (vevent,) = calendar.walk("VEVENT")
    assert vevent["UID"] and vevent["DTSTAMP"]
    start = vevent.decoded("DTSTART")
    assert str(start.tzinfo) == "Europe/Bucharest" and start.hour == 18
    rule = rrulestr(vevent["RRULE"].to_ical().decode(), dtstart=start.replace(tzinfo=None))
    after_change = [moment for moment in rule if moment.month == 11]
    assert after_change and all(moment.hour == 18 for moment in after_change)
    assert after_change[0].replace(tzinfo=BUCHAREST).utcoffset() == timedelta(hours=2)
    excluded = vevent["EXDATE"]
    assert excluded.dts[0].dt == local(2026, 10, 15, 18)


@freeze_time("2026-10-01 12:00:00")
def test_feeds_per_kind_and_language_and_per_event_parse(weekly_club, make_event, client):
    make_event(
        title="Zi porților deschise", kind=EventKind.OPEN_DAY, languages=["ar"], start=local(2026, 11, 2, 10)
    )
    urls = [
        "/ro/events/feeds/all.ics",
        "/ar/events/feeds/all.ics",
        "/ro/events/feeds/kind/open_day.ics",
        "/ro/events/feeds/language/ar.ics",
        f"/ro/events/{weekly_club.pk}/event.ics",
    ]
    summaries = {}
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        summaries[url] = [str(v["SUMMARY"]) for v in Calendar.from_ical(response.content).walk("VEVENT")]
    assert summaries["/ro/events/feeds/kind/open_day.ics"] == ["Zi porților deschise"]
    assert summaries["/ro/events/feeds/language/ar.ics"] == ["Zi porților deschise"]
    assert len(summaries["/ro/events/feeds/all.ics"]) == 2
    assert client.get("/ro/events/feeds/kind/nonsense.ics").status_code == 404


@freeze_time("2026-10-01 12:00:00")
def test_a_course_is_one_calendar_entry_per_session(make_event):
    course = make_event(
        kind=EventKind.LANGUAGE_COURSE, start=local(2026, 10, 20, 17), end=local(2026, 10, 27, 19)
    )
    CourseSession.objects.create(
        course=course, start=local(2026, 10, 20, 17), end=local(2026, 10, 20, 19), topic="Salutul"
    )
    CourseSession.objects.create(
        course=course, start=local(2026, 10, 27, 17), end=local(2026, 10, 27, 19), topic="La piață"
    )
    calendar = Calendar.from_ical(calendar_bytes("Curs", [course]))
    starts = sorted(v.decoded("DTSTART") for v in calendar.walk("VEVENT"))
    assert [s.hour for s in starts] == [17, 17]
    assert starts[1].utcoffset() == timedelta(hours=2)


@freeze_time("2026-10-01 12:00:00")
def test_a_moved_date_is_its_own_entry_with_a_recurrence_id(weekly_club):
    OccurrenceException.objects.create(
        event=weekly_club, original_start=local(2026, 10, 29, 18), new_start=local(2026, 10, 30, 17)
    )
    weekly_club = (
        type(weekly_club).objects.prefetch_related("occurrence_exceptions", "sessions").get(pk=weekly_club.pk)
    )
    calendar = Calendar.from_ical(calendar_bytes("Club", [weekly_club]))
    moved = [v for v in calendar.walk("VEVENT") if "RECURRENCE-ID" in v]
    assert len(moved) == 1
    assert moved[0].decoded("RECURRENCE-ID") == local(2026, 10, 29, 18)
    assert moved[0].decoded("DTSTART") == local(2026, 10, 30, 17)
    assert moved[0].decoded("DTSTART").utcoffset() == timedelta(hours=2)
