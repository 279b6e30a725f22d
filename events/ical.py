"""iCalendar files (RFC 5545) for one event, for a registration and for subscribable feeds.

A repeating event keeps its rule (RRULE) with its cancelled and moved dates as EXDATE and as
VEVENTs with a RECURRENCE-ID; a course is one VEVENT per session. Times carry a TZID with the
matching VTIMEZONE, so calendars keep 18:00 at 18:00 across a change of summer time."""

from icalendar import vRecur

from core.calendar import calendar_bytes as finished_bytes
from core.calendar import local, make_uid, new_calendar, new_event
from core.translations import url_for_visitor

from .recurrence import occurrences


def uid(event, suffix=""):
    return make_uid(f"event-{event.translation_key}{suffix}")


def base_vevent(event, start, end, event_uid, request=None):
    language = {"LANGUAGE": event.locale.language_code}
    vevent = new_event(uid=event_uid, start=start, end=end, summary=event.title, all_day=event.all_day)
    vevent["summary"].params.update(language)
    if event.summary:
        vevent.add("description", event.summary, parameters=language)
    location = ", ".join(part for part in (event.place, event.address) if part) or event.online_link
    if location:
        vevent.add("location", location)
    url = url_for_visitor(event, request, full=True)
    if url:
        vevent.add("url", url)
    vevent.add("categories", [event.get_kind_display()])
    return vevent


def add_event(calendar, event, request=None, only_key=None, with_sessions=True):
    """Add `event` to `calendar`. With `only_key` (a planned start), just that one date."""
    sessions = list(event.sessions.all()) if with_sessions else []
    if sessions:
        for session in sessions:
            session_uid = uid(event, f"-session-{session.sort_order}-{session.start:%Y%m%dT%H%M%SZ}")
            vevent = base_vevent(event, session.start, session.end, session_uid, request)
            calendar.add_component(vevent)
        return
    if not event.recurrence_rule or only_key is not None:
        chosen = (
            [o for o in occurrences(event, include_cancelled=True) if o.key == only_key] if only_key else []
        )
        start, end = (chosen[0].start, chosen[0].end) if chosen else (event.start, event.end)
        occurrence_uid = uid(event, f"-{only_key:%Y%m%dT%H%M%SZ}" if only_key else "")
        vevent = base_vevent(event, start, end, occurrence_uid, request)
        calendar.add_component(vevent)
        return
    series = base_vevent(event, event.start, event.end, uid(event), request)
    series.add("rrule", vRecur.from_ical(event.recurrence_rule.removeprefix("RRULE:")))
    exceptions = list(event.occurrence_exceptions.all())
    cancelled = [local(exception.original_start) for exception in exceptions if exception.cancelled]
    if cancelled:
        series.add("exdate", cancelled)
    calendar.add_component(series)
    for exception in exceptions:
        if exception.cancelled:
            continue
        moved_end = exception.new_end or exception.new_start + event.duration
        moved = base_vevent(event, exception.new_start, moved_end, uid(event), request)
        moved.add("recurrence-id", local(exception.original_start))
        calendar.add_component(moved)


def calendar_bytes(name, events, request=None):
    calendar = new_calendar(name=name)
    for event in events:
        add_event(calendar, event, request)
    return finished_bytes(calendar)


def registration_calendar(registration):
    """The .ics attached to a confirmation: the event, or just the date registered for."""
    calendar = new_calendar(name=registration.event.title)
    add_event(calendar, registration.event, only_key=registration.occurrence)
    return finished_bytes(calendar)
