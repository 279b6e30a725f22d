"""Dates of an event: a one-off event has one; a repeating one is expanded from its RFC 5545 rule
in local time and then made aware, so 18:00 stays 18:00 across a change of summer time."""

import re
from dataclasses import dataclass
from datetime import MAXYEAR, UTC, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from dateutil.rrule import DAILY, rrulestr
from django.conf import settings
from django.utils import timezone

MAX_OCCURRENCES = 500
#: The Gregorian calendar, weekdays included, repeats every 400 years (146,097 days, a whole
#: number of weeks): a rule started 400·k years later gives the same dates 400·k years later.
CALENDAR_CYCLE_YEARS = 400
UNTIL_YEAR = re.compile(r"(UNTIL=)(\d{4})", re.IGNORECASE)
DAYS_IN_MONTH_OF_A_LEAP_YEAR = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


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


def parse_rule(text, local_start):
    """The dateutil rule of `text` starting at the naive local `local_start`; ValueError or
    TypeError if it is not a rule."""
    return rrulestr(text, dtstart=local_start)


def repeats_within_a_day(text, local_start):
    return parse_rule(text, local_start)._freq > DAILY


def expand_rule(text, local_start, local_until, limit=MAX_OCCURRENCES):
    """The naive local starts of the rule from `local_start` up to `local_until`, at most `limit`.

    dateutil only stops looking at a date the rule gives or in year 9999, so a rule that gives
    none (30 February) made it scan 8,000 years, day by day: 7.9 s a request. Expanding the rule
    whole calendar cycles later, so that `local_until` falls within the last cycle before 9999,
    gives the same dates and caps the scan at one cycle past `local_until`."""
    cycles = max((MAXYEAR - 1 - local_until.year) // CALENDAR_CYCLE_YEARS, 0)
    shift = cycles * CALENDAR_CYCLE_YEARS
    shifted_text = UNTIL_YEAR.sub(lambda match: match[1] + str(int(match[2]) + shift), text)
    rule = parse_rule(shifted_text, local_start.replace(year=local_start.year + shift))
    shifted_until = local_until.replace(year=local_until.year + shift)
    starts = []
    for shifted in rule:
        if shifted > shifted_until or len(starts) >= limit:
            break
        starts.append(shifted.replace(year=shifted.year - shift))
    return starts


def rule_numbers(text, part):
    """The numbers of one part of a rule, e.g. [2] for BYMONTH=2; [] without that part."""
    for item in text.upper().removeprefix("RRULE:").split(";"):
        name, _equals, value = item.partition("=")
        if name == part:
            return [int(number) for number in value.split(",") if number.strip().lstrip("+-").isdigit()]
    return []


def no_month_has_the_day(text):
    """True for rules like 30 February or 31 April: no month named has a day named."""
    month_days = rule_numbers(text, "BYMONTHDAY")
    months = [month for month in rule_numbers(text, "BYMONTH") if 1 <= month <= 12] or range(1, 13)
    return bool(month_days) and not any(
        abs(day) <= DAYS_IN_MONTH_OF_A_LEAP_YEAR[month - 1] for month in months for day in month_days
    )


@lru_cache(maxsize=512)
def gives_no_date(text, local_start):
    """True when the rule gives no date in a whole calendar cycle, so never. The usual mistake
    (30 February) is recognised at once; any other costs its bounded scan once per process,
    not once per request."""
    if no_month_has_the_day(text):
        return True
    cycle_end = datetime(min(local_start.year + CALENDAR_CYCLE_YEARS, MAXYEAR - 1), 12, 31, 23, 59)
    return not expand_rule(text, local_start, cycle_end, limit=1)


def rule_starts(event, until):
    """The planned starts of a repeating event, aware, up to `until`."""
    zone = local_zone()
    local_start = event.start.astimezone(zone).replace(tzinfo=None)
    if gives_no_date(event.recurrence_rule, local_start):
        return []
    local_until = until.astimezone(zone).replace(tzinfo=None)
    starts = expand_rule(event.recurrence_rule, local_start, local_until)
    return [local.replace(tzinfo=zone) for local in starts]


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
