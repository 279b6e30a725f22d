"""The iCalendar builder: what calendar programs need, read back by two parsers."""

import datetime
import zoneinfo

import vobject
from icalendar import Calendar

from core.calendar import calendar_bytes, make_uid, new_calendar, new_event

BUCHAREST = zoneinfo.ZoneInfo("Europe/Bucharest")


def parsed(data):
    text = data.decode()
    return Calendar.from_ical(text), vobject.readOne(text)


def test_an_event_carries_uid_stamp_sequence_and_its_local_time_zone(settings):
    settings.TIME_ZONE = "Europe/Bucharest"
    starts = datetime.datetime(2026, 12, 1, 8, 0, tzinfo=datetime.UTC)  # 10:00 in Bucharest
    calendar = new_calendar(name="Întâlniri", method="REQUEST")
    uid = make_uid("meeting-7")
    calendar.add_component(
        new_event(
            uid=uid, start=starts, end=starts + datetime.timedelta(hours=2), summary="Ședință", sequence=3
        )
    )
    ical, vcal = parsed(calendar_bytes(calendar))
    assert str(ical["prodid"]) and str(ical["version"]) == "2.0" and str(ical["method"]) == "REQUEST"
    assert [zone["tzid"] for zone in ical.walk("VTIMEZONE")] == ["Europe/Bucharest"]
    event = ical.walk("VEVENT")[0]
    assert str(event["uid"]) == uid and uid.endswith("@127.0.0.1:8000")
    assert event["sequence"] == 3 and vcal.vevent.sequence.value == "3"
    assert event["dtstamp"].dt.utcoffset() == datetime.timedelta(0)
    assert event["dtstart"].params["TZID"] == "Europe/Bucharest"
    assert event.decoded("dtstart").hour == 10
    assert vcal.vevent.dtstart.value == starts and vcal.vevent.summary.value == "Ședință"


def test_all_day_events_are_dates_of_the_local_day(settings):
    settings.TIME_ZONE = "Europe/Bucharest"
    starts = datetime.datetime(2026, 12, 1, 23, 30, tzinfo=datetime.UTC)  # 2 December in Bucharest
    calendar = new_calendar()
    calendar.add_component(new_event(uid="day@x", start=starts, end=starts, summary="Zi", all_day=True))
    ical, vcal = parsed(calendar_bytes(calendar))
    event = ical.walk("VEVENT")[0]
    assert event.decoded("dtstart") == datetime.date(2026, 12, 2)
    assert event.decoded("dtend") == datetime.date(2026, 12, 3)
    assert vcal.vevent.dtstart.value == datetime.date(2026, 12, 2)


def test_a_calendar_without_events_is_never_empty(settings):
    settings.TIME_ZONE = "Europe/Bucharest"
    ical, vcal = parsed(calendar_bytes(new_calendar(name="Nimic")))
    assert not ical.walk("VEVENT")
    assert ical.walk("VTIMEZONE") and vcal.name == "VCALENDAR"
