from io import BytesIO

import pytest
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from casework import services
from casework.models import Contact, ContactParticipant
from casework.reports import centre_figures, figures
from casework.services.reporting import due_date, is_late, late_reports, previous_month


def _fill(register, staff_a, centre_a, day, count):
    for number in range(count):
        person = register(gender="man" if number % 2 else "woman", citizenship="UA" if number % 3 else "SY")
        services.log_contact(
            staff_a,
            centre_a,
            visitors=[person],
            date=day,
            service="counselling" if number % 2 else "information",
            domains=["housing", "health"],
            channel="phone",
        )


def test_report_totals_equal_the_database(register, staff_a, centre_a):
    today = timezone.localdate()
    _fill(register, staff_a, centre_a, today, 5)
    data = centre_figures(centre_a, today)
    month = today.replace(day=1)
    visitors = (
        ContactParticipant.objects.filter(contact__date__gte=month).values("visitor").distinct().count()
    )
    assert data["beneficiaries"]["total"] == visitors == 5
    assert data["beneficiaries"]["new"] == 5
    assert sum(data["by_gender"].values()) == 5
    assert data["by_service"]["counselling"]["total"] == 2 and data["by_service"]["information"]["total"] == 3
    assert data["by_domain"]["housing"]["contacts"] == Contact.objects.count()


def test_query_count_does_not_grow_with_the_data(register, staff_a, centre_a, django_assert_max_num_queries):
    today = timezone.localdate()
    _fill(register, staff_a, centre_a, today, 2)
    with django_assert_max_num_queries(20):
        figures(today)
    _fill(register, staff_a, centre_a, today, 8)
    with django_assert_max_num_queries(20):
        figures(today)


def test_xlsx_opens_and_its_totals_match(client, lead_a, register, staff_a, centre_a, last_month_report):
    _fill(register, staff_a, centre_a, last_month_report.month.replace(day=3), 3)
    client.force_login(lead_a)
    response = client.get(reverse("casework:report_download", args=[last_month_report.pk, "figures", "xlsx"]))
    sheet = load_workbook(BytesIO(response.content)).active
    values = {row[1]: row[2] for row in sheet.iter_rows(min_row=3, values_only=True)}
    assert values["Total"] == 3
    beneficiaries = client.get(
        reverse("casework:report_download", args=[last_month_report.pk, "beneficiaries", "xlsx"])
    )
    rows = list(load_workbook(BytesIO(beneficiaries.content)).active.iter_rows(min_row=2, values_only=True))
    assert len(rows) == 3 and all(row[0].startswith("CJ-") for row in rows)
    pdf = client.get(reverse("casework:report_download", args=[last_month_report.pk, "figures", "pdf"]))
    assert pdf.content.startswith(b"%PDF")


@pytest.mark.parametrize("day,late", [(5, False), (6, True)])
def test_reports_are_late_only_after_the_fifth(centre_a, day, late):
    today = timezone.localdate().replace(day=day)
    month = previous_month(today)
    report = services.report_for(centre_a, month)
    assert due_date(month).day == 5
    assert is_late(report, today) is late
    assert (centre_a in late_reports(today)) is late


def test_the_first_reminds_each_centre_once(centre_a, lead_a, mailoutbox, django_capture_on_commit_callbacks):
    first = timezone.localdate().replace(day=1)
    with django_capture_on_commit_callbacks(execute=True):
        assert services.remind_centres(first) == 1
        assert services.remind_centres(first) == 0
    assert [m.to for m in mailoutbox] == [[lead_a.email]]
