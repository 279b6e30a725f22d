"""One iCalendar builder (RFC 5545) for every app: the calendar's head (PRODID, VERSION, an iTIP
METHOD when mailed), events with UID, DTSTAMP and SEQUENCE, times in the centre's zone with the
VTIMEZONE they use, and never an empty calendar (strict parsers such as vobject reject one)."""

import datetime
import zoneinfo

from django.conf import settings
from django.utils import timezone
from icalendar import Calendar, Event, Timezone

PRODUCT_ID = "-//Integration Centre//Integration Centre//EN"


def local_zone():
    return zoneinfo.ZoneInfo(settings.TIME_ZONE)


def local(moment):
    """An aware datetime in the centre's zone: written with a TZID, so calendars keep 18:00 at
    18:00 across a change of summer time."""
    return moment.astimezone(local_zone())


def uid_host():
    return settings.WAGTAILADMIN_BASE_URL.split("//")[-1].split("/")[0] or "localhost"


def make_uid(key):
    """A UID stable for the thing `key` names, unique to this site."""
    return f"{key}@{uid_host()}"


def new_calendar(*, name=None, method=None):
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    if method:
        calendar.add("method", method)
    if name:
        calendar.add("x-wr-calname", name)
        calendar.add("x-wr-timezone", settings.TIME_ZONE)
    return calendar


def new_event(*, uid, start, end, summary, sequence=0, all_day=False):
    """A VEVENT with the properties every client needs; add the rest to what it returns."""
    event = Event()
    event.add("uid", uid)
    event.add("dtstamp", timezone.now().astimezone(datetime.UTC))
    event.add("sequence", sequence)
    event.add("summary", summary)
    if all_day:
        event.add("dtstart", local(start).date())
        event.add("dtend", local(end).date() + datetime.timedelta(days=1))
    else:
        event.add("dtstart", local(start))
        event.add("dtend", local(end))
    return event


def calendar_bytes(calendar):
    """The calendar with the VTIMEZONEs its times use. RFC 5545 requires at least one component,
    so a calendar without events still carries the centre's time zone."""
    calendar.add_missing_timezones()
    if not calendar.subcomponents:
        calendar.add_component(Timezone.from_tzid(settings.TIME_ZONE))
    return calendar.to_ical()
