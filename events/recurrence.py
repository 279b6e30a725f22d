"""Dates of an event: a one-off event has one; a repeating one is expanded from its RFC 5545 rule
in local time and then made aware, so 18:00 stays 18:00 across a change of summer time."""

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from dateutil.rrule import rrulestr
from django.conf import settings
from django.utils import timezone

MAX_OCCURRENCES = 500


@dataclass(frozen=True)
class Occurrence:
    event: object
    start: datetime
    end: datetime
    #: The planned start that identifies this date (RECURRENCE-ID); None for a one-off event.
    key: datetime | None
    cancelled: bool = False
    moved: bool = False


def local_zone():
    return ZoneInfo(settings.TIME_ZONE)


def horizon():
    return timezone.now() + timedelta(days=settings.EVENTS_HORIZON_DAYS)


def rule_starts(event, until):
    """The planned starts of a repeating event, aware, up to `until`."""
    zone = local_zone()
    local_start = event.start.astimezone(zone).replace(tzinfo=None)
    rule = rrulestr(event.recurrence_rule, dtstart=local_start)
    local_until = until.astimezone(zone).replace(tzinfo=None)
    starts = []
    for local in rule:
        if local > local_until or len(starts) >= MAX_OCCURRENCES:
            break
        starts.append(local.replace(tzinfo=zone))
    return starts


def occurrences(event, *, after=None, until=None, include_cancelled=False):
    """The dates of `event` that end after `after` and start before `until`, in order.
    Uses `event.occurrence_exceptions.all()`, so prefetch it for lists."""
    until = until or horizon()
    if not event.recurrence_rule:
        found = [Occurrence(event, event.start, event.end, None)]
    else:
        exceptions = {exception.original_start: exception for exception in event.occurrence_exceptions.all()}
        duration = event.end - event.start
        found = []
        for start in rule_starts(event, until):
            exception = exceptions.get(start)
            if exception is None:
                found.append(Occurrence(event, start, start + duration, start))
            elif exception.cancelled:
                found.append(Occurrence(event, start, start + duration, start, cancelled=True))
            else:
                new_end = exception.new_end or exception.new_start + duration
                found.append(Occurrence(event, exception.new_start, new_end, start, moved=True))
    return sorted(
        (
            occurrence
            for occurrence in found
            if (include_cancelled or not occurrence.cancelled)
            and (after is None or occurrence.end > after)
            and occurrence.start <= until
        ),
        key=lambda occurrence: occurrence.start,
    )


def find_occurrence(event, key):
    """The date of `event` planned to start at `key` (None for a one-off event), or None."""
    if key is None:
        return None if event.recurrence_rule else Occurrence(event, event.start, event.end, None)
    if not event.recurrence_rule:
        return None
    key = key.astimezone(local_zone())
    for occurrence in occurrences(event, until=key + timedelta(seconds=1)):
        if occurrence.key == key:
            return occurrence
    return None


def occurrence_param(key):
    """A date of a repeating event in a URL: its planned start as a Unix timestamp."""
    return "" if key is None else str(int(key.timestamp()))


def parse_occurrence(value):
    """The planned start from a URL's `date`; ValueError if it is not one."""
    if not value:
        return None
    try:
        return datetime.fromtimestamp(int(value), tz=UTC)
    except (OverflowError, OSError) as error:
        raise ValueError(value) from error
