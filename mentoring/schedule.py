"""When check-ins fall due."""

from datetime import timedelta

#: Check-ins are due every two weeks for the first two months, then monthly.
FORTNIGHTLY_FOR_DAYS = 56
QUIET_AFTER_DAYS = 30


def check_in_due_dates(activated_on, until):
    """The dates a match's check-ins fall due, from its start up to `until`."""
    due, step = activated_on, 14
    dates = []
    while True:
        due = due + timedelta(days=step)
        if due > until:
            return dates
        dates.append(due)
        if (due - activated_on).days >= FORTNIGHTLY_FOR_DAYS:
            step = 30
