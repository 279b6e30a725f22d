"""iCalendar files (RFC 5545) for one event, for a registration and for subscribable feeds.

A repeating event keeps its rule (RRULE) with its cancelled and moved dates as EXDATE and as
VEVENTs with a RECURRENCE-ID; a course is one VEVENT per session. Times carry a TZID with the
matching VTIMEZONE, so calendars keep 18:00 at 18:00 across a change of summer time."""

from datetime import timedelta

from django.conf import settings
from django.utils import timezone
from icalendar import Calendar, Event, Timezone, vRecur

from .recurrence import local_zone, occurrences

PRODUCT_ID = "-//Integration Centre//Events//EN"


def uid(event, suffix=""):
    host = settings.WAGTAILADMIN_BASE_URL.split("//")[-1].split("/")[0] or "localhost"
    return f"event-{event.translation_key}{suffix}@{host}"


def new_calendar(name):
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", settings.TIME_ZONE)
    return calendar


def local(moment):
    return moment.astimezone(local_zone())


def base_vevent(event, start, end, request=None):
    vevent = Event()
    vevent.add("dtstamp", timezone.now())
    vevent.add("summary", event.title)
    if event.all_day:
        vevent.add("dtstart", local(start).date())
        vevent.add("dtend", local(end).date() + timedelta(days=1))
    else:
        vevent.add("dtstart", local(start))
        vevent.add("dtend", local(end))
    if event.summary:
        vevent.add("description", event.summary)
    location = ", ".join(part for part in (event.place, event.address) if part) or event.online_link
    if location:
        vevent.add("location", location)
    url = event.full_url if request is None else request.build_absolute_uri(event.url)
    if url:
        vevent.add("url", url)
    vevent.add("categories", [event.get_kind_display()])
    return vevent


def add_event(calendar, event, request=None, only_key=None, with_sessions=True):
    """Add `event` to `calendar`. With `only_key` (a planned start), just that one date."""
    sessions = list(event.sessions.all()) if with_sessions else []
    if sessions:
        for session in sessions:
            vevent = base_vevent(event, session.start, session.end, request)
            vevent.add("uid", uid(event, f"-session-{session.sort_order}-{session.start:%Y%m%dT%H%M%SZ}"))
            calendar.add_component(vevent)
        return
    if not event.recurrence_rule or only_key is not None:
        chosen = [o for o in occurrences(event, include_cancelled=True) if o.key == only_key] if only_key else []
        start, end = (chosen[0].start, chosen[0].end) if chosen else (event.start, event.end)
        vevent = base_vevent(event, start, end, request)
        vevent.add("uid", uid(event, f"-{only_key:%Y%m%dT%H%M%SZ}" if only_key else ""))
        calendar.add_component(vevent)
        return
    series = base_vevent(event, event.start, event.end, request)
    series.add("uid", uid(event))
    series.add("rrule", vRecur.from_ical(event.recurrence_rule.removeprefix("RRULE:")))
    exceptions = list(event.occurrence_exceptions.all())
    cancelled = [local(exception.original_start) for exception in exceptions if exception.cancelled]
    if cancelled:
        series.add("exdate", cancelled)
    calendar.add_component(series)
    for exception in exceptions:
        if exception.cancelled:
            continue
        moved = base_vevent(
            event, exception.new_start, exception.new_end or exception.new_start + event.duration, request
        )
        moved.add("uid", uid(event))
        moved.add("recurrence-id", local(exception.original_start))
        calendar.add_component(moved)


def finished_bytes(calendar):
    """The calendar with the time zones its dates use. RFC 5545 requires at least one component,
    so a feed without events still carries the centre's time zone (common practice, and what
    strict parsers such as vobject need)."""
    calendar.add_missing_timezones()
    if not calendar.subcomponents:
        calendar.add_component(Timezone.from_tzid(settings.TIME_ZONE))
    return calendar.to_ical()


def calendar_bytes(name, events, request=None):
    calendar = new_calendar(name)
    for event in events:
        add_event(calendar, event, request)
    return finished_bytes(calendar)


def registration_calendar(registration):
    """The .ics attached to a confirmation: the event, or just the date registered for."""
    calendar = new_calendar(registration.event.title)
    add_event(calendar, registration.event, only_key=registration.occurrence)
    return finished_bytes(calendar)
