"""Benchmark: expanding repeat rules for a year of listings, as /api/events/ does, for a normal
weekly rule and for rules that give no date (30 February, the case that took 7.9 s a request).

The baseline is the unbounded expansion the events app used before (dateutil iterated until year
9999), measured in the same run. Needs no database. Prints one line per rule, then one JSON
object. Run: .venv/bin/python bench/repeat_rules.py"""

import json
import os
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "integration_site.settings.test")

RULES = {
    "weekly": "FREQ=WEEKLY;INTERVAL=2;BYDAY=TH",
    "30_february": "FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30",
    "yearday_1_in_june": "FREQ=DAILY;BYMONTH=6;BYYEARDAY=1",
}


def unbounded(text, local_start, local_until):
    """The expansion as it was: stop at the first date past the horizon, or at year 9999."""
    from dateutil.rrule import rrulestr

    starts = []
    for local in rrulestr(text, dtstart=local_start):
        if local > local_until or len(starts) >= 500:
            break
        starts.append(local)
    return starts


def listed_dates(text, local_start, local_until):
    """The expansion as it is now (events.recurrence.rule_starts without the event)."""
    from events.recurrence import expand_rule, gives_no_date

    return [] if gives_no_date(text, local_start) else expand_rule(text, local_start, local_until)


def timed(function, *args):
    started = time.perf_counter()
    result = function(*args)
    return time.perf_counter() - started, result


def main():
    import django

    django.setup()
    local_start = datetime(2026, 10, 8, 18, 0)
    local_until = local_start + timedelta(days=365)
    figures = {}
    for name, text in RULES.items():
        before, old_dates = timed(unbounded, text, local_start, local_until)
        first, _ = timed(listed_dates, text, local_start, local_until)
        again, new_dates = timed(listed_dates, text, local_start, local_until)
        assert old_dates == new_dates, name
        figures[name] = {
            "baseline_seconds": round(before, 4),
            "first_request_seconds": round(first, 4),
            "later_request_seconds": round(again, 4),
            "dates": len(new_dates),
        }
        print(f"{name}: before {before:.3f} s, now {first:.3f} s then {again:.4f} s, {len(new_dates)} dates")
    print(json.dumps({"benchmark": "repeat_rules", "rules": figures}))


if __name__ == "__main__":
    main()
