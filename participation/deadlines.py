"""Every legal deadline of the civic desk, computed in one place.

How days are counted (the choice, and why):

- A term of N days runs from the day after the registration (the registration day is day 0) and
  ends at the end of day N, in the centre's local time zone: `due = registered_on + N days`, with
  `registered_on = timezone.localdate(registered_at)`. A request filed at 23:50 local time counts
  from that local day, not from the UTC date.
- Law 544/2001 and OG 27/2002 say "zile" (days) without "lucrătoare" (working): calendar days.
  Law 52/2003 (republished, Monitorul Oficial 749/2013) says "zile lucrătoare" for the
  announcement period and "zile calendaristice" for the comment period: both are honoured.
- When a calendar term ends on a weekend or public holiday we do NOT move it to the next working
  day (as art. 181(2) of the Civil Procedure Code would for court terms): an earlier due date is
  always lawful, a later one might not be, so the desk is shown the stricter date.
- Working days skip Saturdays, Sundays and Romania's public holidays (Labour Code art. 139,
  Orthodox Easter and Pentecost included), plus any dates in settings.PARTICIPATION_EXTRA_HOLIDAYS.
"""

from dataclasses import dataclass
from datetime import date, timedelta

from dateutil.easter import EASTER_ORTHODOX, easter
from django.conf import settings
from django.utils import timezone

# Law 544/2001 on free access to information of public interest.
#: Art. 7(1): the answer is given within 10 days of registration...
INFORMATION_ANSWER_DAYS = 10
#: ...or, when finding the information takes longer, within at most 30 days, provided the
#: requester is told so in writing within the first 10 days (art. 7(1), second sentence).
INFORMATION_EXTENDED_ANSWER_DAYS = 30
INFORMATION_EXTENSION_NOTICE_DAYS = 10
#: Art. 7(2): a refusal is reasoned and communicated within 5 days of receipt.
INFORMATION_REFUSAL_DAYS = 5
#: Art. 21(2): a complaint against a refusal (explicit or tacit) is made to the head of the
#: institution within 30 days of the requester learning of it...
COMPLAINT_FILING_DAYS = 30
#: ...and art. 21(3): when it proves justified, the answer goes out within 15 days of the complaint.
COMPLAINT_ANSWER_DAYS = 15

# OG 27/2002 on petitions.
#: Art. 8: the answer is communicated within 30 days of registration, favourable or not.
PETITION_ANSWER_DAYS = 30
#: Art. 9: the head of the institution may extend the term by at most 15 days.
PETITION_MAX_EXTENSION_DAYS = 15
#: Art. 6^1 (added by Law 233/2002): a petition meant for another institution is forwarded
#: within 5 days of registration, and the petitioner is told. The same term is used for an
#: information request another body holds: Law 544/2001 names none, so the desk keeps the shorter.
PETITION_FORWARD_DAYS = 5
# Art. 7: anonymous petitions, or those without the petitioner's identification, are not
# considered and are filed ("se clasează"): recorded, never answered, so they carry no term.

# Law 52/2003 on decisional transparency (republished 2013).
#: Art. 7(2): the draft is announced at least 30 working days before it is submitted for
#: analysis, endorsement and adoption.
CONSULTATION_ANNOUNCEMENT_WORKING_DAYS = 30
#: Art. 7(4): the announcement sets a period of at least 10 calendar days for written
#: proposals, suggestions and opinions.
CONSULTATION_COMMENT_DAYS = 10

#: Items due within this many days show as "due soon" on the desk and alert the assignee.
NEARLY_DUE_DAYS = 2

#: Month-day of the fixed public holidays: New Year, Epiphany and St John, Union Day, Labour Day,
#: Children's Day, the Assumption, St Andrew, National Day, Christmas.
FIXED_PUBLIC_HOLIDAYS = "01-01 01-02 01-06 01-07 01-24 05-01 06-01 08-15 11-30 12-01 12-25 12-26".split()


def romanian_public_holidays(year):
    """Labour Code art. 139: fixed dates, Orthodox Good Friday, Easter Sunday and Monday,
    Pentecost Sunday and Monday."""
    orthodox_easter = easter(year, EASTER_ORTHODOX)
    movable = {orthodox_easter + timedelta(days=offset) for offset in (-2, 0, 1, 49, 50)}
    fixed = {date.fromisoformat(f"{year}-{month_day}") for month_day in FIXED_PUBLIC_HOLIDAYS}
    extra = {
        date.fromisoformat(value)
        for value in getattr(settings, "PARTICIPATION_EXTRA_HOLIDAYS", ())
        if value.startswith(str(year))
    }
    return fixed | movable | extra


def is_working_day(day):
    return day.weekday() < 5 and day not in romanian_public_holidays(day.year)


def add_calendar_days(start, days):
    return start + timedelta(days=days)


def add_working_days(start, days):
    """The date `days` working days after `start` (start itself is not counted)."""
    day = start
    counted = 0
    while counted < days:
        day += timedelta(days=1)
        if is_working_day(day):
            counted += 1
    return day


def local_day(moment):
    """The local calendar date of an aware datetime (a date is returned unchanged)."""
    if isinstance(moment, date) and not hasattr(moment, "hour"):
        return moment
    return timezone.localdate(moment)


@dataclass(frozen=True)
class InformationRequestTerms:
    answer_by: date
    extension_notice_by: date
    extended_answer_by: date
    refusal_by: date


def information_request_terms(registered_at):
    """Law 544/2001 art. 7: every term of a request, from its registration."""
    registered_on = local_day(registered_at)
    return InformationRequestTerms(
        answer_by=add_calendar_days(registered_on, INFORMATION_ANSWER_DAYS),
        extension_notice_by=add_calendar_days(registered_on, INFORMATION_EXTENSION_NOTICE_DAYS),
        extended_answer_by=add_calendar_days(registered_on, INFORMATION_EXTENDED_ANSWER_DAYS),
        refusal_by=add_calendar_days(registered_on, INFORMATION_REFUSAL_DAYS),
    )


def information_request_due(registered_at, *, extended=False):
    terms = information_request_terms(registered_at)
    return terms.extended_answer_by if extended else terms.answer_by


def may_extend_information_request(registered_at, today=None):
    """The extension notice is lawful only within the first 10 days (art. 7(1))."""
    today = today or timezone.localdate()
    return today <= information_request_terms(registered_at).extension_notice_by


def may_still_refuse_information_request(registered_at, today=None):
    today = today or timezone.localdate()
    return today <= information_request_terms(registered_at).refusal_by


@dataclass(frozen=True)
class PetitionTerms:
    answer_by: date
    forward_by: date
    latest_extended_answer_by: date


def petition_terms(registered_at, *, extension_days=0):
    """OG 27/2002 art. 8 and 9: 30 days, plus an extension of at most 15; art. 6^1: forwarding
    within 5 days."""
    if not 0 <= extension_days <= PETITION_MAX_EXTENSION_DAYS:
        raise ValueError(f"a petition's term may be extended by 0 to {PETITION_MAX_EXTENSION_DAYS} days")
    registered_on = local_day(registered_at)
    answer_by = add_calendar_days(registered_on, PETITION_ANSWER_DAYS + extension_days)
    return PetitionTerms(
        answer_by=answer_by,
        forward_by=forward_by(registered_at),
        latest_extended_answer_by=add_calendar_days(
            registered_on, PETITION_ANSWER_DAYS + PETITION_MAX_EXTENSION_DAYS
        ),
    )


def petition_due(registered_at, *, extension_days=0):
    return petition_terms(registered_at, extension_days=extension_days).answer_by


def forward_by(registered_at):
    """OG 27/2002 art. 6^1: the last day to forward a case to the institution that can answer."""
    return add_calendar_days(local_day(registered_at), PETITION_FORWARD_DAYS)


@dataclass(frozen=True)
class ComplaintTerms:
    answer_by: date


def complaint_terms(registered_at):
    """Law 544/2001 art. 21(3): a complaint is answered within 15 days of its registration."""
    return ComplaintTerms(answer_by=add_calendar_days(local_day(registered_at), COMPLAINT_ANSWER_DAYS))


def service_complaint_terms(registered_at):
    """A complaint about the centre's services is a petition ("reclamație", OG 27/2002 art. 2):
    answered within the petition's 30 days (art. 8)."""
    return ComplaintTerms(answer_by=add_calendar_days(local_day(registered_at), PETITION_ANSWER_DAYS))


def may_still_complain(learned_at, today=None):
    """Law 544/2001 art. 21(2): the complaint is made within 30 days of learning of the refusal
    or the answer (counted from the day it was sent)."""
    today = today or timezone.localdate()
    return today <= add_calendar_days(local_day(learned_at), COMPLAINT_FILING_DAYS)


@dataclass(frozen=True)
class ConsultationTerms:
    comments_close_on: date
    earliest_adoption_on: date


def consultation_terms(announced_on):
    """Law 52/2003 art. 7(2) and 7(4): the earliest closing date of comments (10 calendar days
    after the announcement) and the earliest date of adoption (30 working days after it)."""
    announced_on = local_day(announced_on)
    return ConsultationTerms(
        comments_close_on=add_calendar_days(announced_on, CONSULTATION_COMMENT_DAYS),
        earliest_adoption_on=add_working_days(announced_on, CONSULTATION_ANNOUNCEMENT_WORKING_DAYS),
    )


def consultation_period_problems(opens_on, closes_on, adoption_on=None):
    """The ways a consultation's dates fall short of the law (an empty list when they don't)."""
    terms = consultation_terms(opens_on)
    problems = []
    if closes_on < terms.comments_close_on:
        problems.append("comment_period_too_short")
    if adoption_on is not None and adoption_on < terms.earliest_adoption_on:
        problems.append("adoption_too_early")
    return problems


class Urgency:
    OVERDUE = "overdue"
    DUE_TODAY = "due_today"
    DUE_SOON = "due_soon"
    ON_TIME = "on_time"


def urgency(due_on, today=None):
    """How the desk shows an open item: overdue, due today, due within NEARLY_DUE_DAYS, or fine."""
    today = today or timezone.localdate()
    if due_on < today:
        return Urgency.OVERDUE
    if due_on == today:
        return Urgency.DUE_TODAY
    if due_on <= today + timedelta(days=NEARLY_DUE_DAYS):
        return Urgency.DUE_SOON
    return Urgency.ON_TIME
