"""The legal terms at their edges, counted on local dates (Europe/Bucharest in settings)."""

from datetime import UTC, date, datetime

import pytest

from participation import deadlines
from participation.deadlines import Urgency


def utc(*args):
    return datetime(*args, tzinfo=UTC)


def test_information_request_is_due_ten_calendar_days_after_registration():
    terms = deadlines.information_request_terms(date(2026, 3, 2))
    assert terms.answer_by == date(2026, 3, 12)
    assert terms.refusal_by == date(2026, 3, 7)
    assert terms.extension_notice_by == date(2026, 3, 12)
    assert terms.extended_answer_by == date(2026, 4, 1)


def test_request_filed_just_after_local_midnight_counts_from_the_local_day():
    # 22:30 UTC on 10 January is 00:30 on 11 January in Bucharest (UTC+2 in winter).
    assert deadlines.information_request_due(utc(2026, 1, 10, 22, 30)) == date(2026, 1, 21)
    # 21:59 UTC is still 23:59 on 10 January locally.
    assert deadlines.information_request_due(utc(2026, 1, 10, 21, 59)) == date(2026, 1, 20)


def test_summer_time_moves_local_midnight_to_21_utc():
    assert deadlines.local_day(utc(2026, 7, 10, 21, 0)) == date(2026, 7, 11)
    assert deadlines.local_day(utc(2026, 7, 10, 20, 59)) == date(2026, 7, 10)


def test_extension_notice_is_allowed_on_the_tenth_day_and_not_the_eleventh():
    registered = date(2026, 3, 2)
    assert deadlines.may_extend_information_request(registered, today=date(2026, 3, 12))
    assert not deadlines.may_extend_information_request(registered, today=date(2026, 3, 13))


def test_refusal_is_on_time_on_the_fifth_day_and_late_on_the_sixth():
    registered = date(2026, 3, 2)
    assert deadlines.may_still_refuse_information_request(registered, today=date(2026, 3, 7))
    assert not deadlines.may_still_refuse_information_request(registered, today=date(2026, 3, 8))


def test_extended_request_is_due_thirty_days_after_registration_not_after_the_notice():
    assert deadlines.information_request_due(date(2026, 1, 31), extended=True) == date(2026, 3, 2)


def test_calendar_terms_ending_on_a_sunday_are_not_moved():
    # 30 days after 3 April 2026 is Sunday 3 May: the stricter date is shown.
    due = deadlines.petition_due(date(2026, 4, 3))
    assert due == date(2026, 5, 3) and due.weekday() == 6


def test_petition_is_due_in_thirty_days_and_at_most_forty_five_when_extended():
    terms = deadlines.petition_terms(date(2026, 3, 2), extension_days=15)
    assert deadlines.petition_due(date(2026, 3, 2)) == date(2026, 4, 1)
    assert terms.answer_by == date(2026, 4, 16) == terms.latest_extended_answer_by
    assert terms.forward_by == date(2026, 3, 7)


@pytest.mark.parametrize("days", [-1, 16])
def test_petition_extension_outside_the_law_is_refused(days):
    with pytest.raises(ValueError):
        deadlines.petition_terms(date(2026, 3, 2), extension_days=days)


def test_consultation_comments_need_ten_calendar_days():
    opens = date(2026, 3, 2)
    assert deadlines.consultation_terms(opens).comments_close_on == date(2026, 3, 12)
    assert deadlines.consultation_period_problems(opens, date(2026, 3, 12)) == []
    assert deadlines.consultation_period_problems(opens, date(2026, 3, 11)) == ["comment_period_too_short"]


def test_adoption_waits_thirty_working_days_skipping_weekends_and_holidays():
    # From Monday 2 March 2026 (not counted): without holidays the 30th working day would be
    # 13 April, but Orthodox Good Friday (10 April) and Easter Monday (13 April) push it to 15 April.
    assert deadlines.consultation_terms(date(2026, 3, 2)).earliest_adoption_on == date(2026, 4, 15)
    assert deadlines.consultation_period_problems(date(2026, 3, 2), date(2026, 3, 20), date(2026, 4, 14)) == [
        "adoption_too_early"
    ]


def test_romanian_holidays_include_orthodox_easter_and_pentecost():
    holidays = deadlines.romanian_public_holidays(2026)
    assert {date(2026, 4, 12), date(2026, 4, 13), date(2026, 5, 31), date(2026, 6, 1)} <= holidays
    assert date(2026, 12, 1) in holidays and not deadlines.is_working_day(date(2026, 12, 1))


def test_extra_holidays_come_from_settings(settings):
    settings.PARTICIPATION_EXTRA_HOLIDAYS = ["2026-03-03"]
    assert not deadlines.is_working_day(date(2026, 3, 3))


@pytest.mark.parametrize(
    "due_on,expected",
    [
        (date(2026, 3, 9), Urgency.OVERDUE),
        (date(2026, 3, 10), Urgency.DUE_TODAY),
        (date(2026, 3, 11), Urgency.DUE_SOON),
        (date(2026, 3, 12), Urgency.DUE_SOON),
        (date(2026, 3, 13), Urgency.ON_TIME),
    ],
)
def test_urgency_on_the_desk(due_on, expected):
    assert deadlines.urgency(due_on, today=date(2026, 3, 10)) == expected


def test_forwarding_is_due_on_the_fifth_day_in_local_time():
    # 22:30 UTC on 10 January is 11 January in Bucharest: the fifth day is 16 January.
    assert deadlines.forward_by(utc(2026, 1, 10, 22, 30)) == date(2026, 1, 16)


def test_a_complaint_is_answered_within_fifteen_days_of_its_registration():
    assert deadlines.complaint_terms(date(2026, 3, 2)).answer_by == date(2026, 3, 17)


def test_a_complaint_can_be_made_on_the_thirtieth_day_after_the_answer_not_the_thirty_first():
    answered = utc(2026, 3, 2, 10, 0)
    assert deadlines.may_still_complain(answered, today=date(2026, 4, 1))
    assert not deadlines.may_still_complain(answered, today=date(2026, 4, 2))


def test_a_complaint_about_the_services_is_due_thirty_days_after_its_local_registration_day():
    # 22:30 UTC on 31 January is 00:30 on 1 February in Bucharest: the term counts from 1 February.
    assert deadlines.service_complaint_terms(utc(2026, 1, 31, 22, 30)).answer_by == date(2026, 3, 3)
    assert deadlines.service_complaint_terms(utc(2026, 1, 31, 21, 59)).answer_by == date(2026, 3, 2)
    assert deadlines.service_complaint_terms(date(2026, 3, 2)).answer_by == deadlines.petition_due(
        date(2026, 3, 2)
    )
