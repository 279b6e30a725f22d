import re
from io import BytesIO

import pytest
from django.conf import settings
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


def test_the_pdf_opens_and_its_totals_match(client, lead_a, register, staff_a, centre_a, last_month_report):
    from pypdf import PdfReader

    _fill(register, staff_a, centre_a, last_month_report.month.replace(day=3), 4)
    client.force_login(lead_a)
    response = client.get(f"/en/counter/reports/{last_month_report.pk}/figures.pdf")
    text = "\n".join(page.extract_text() for page in PdfReader(BytesIO(response.content)).pages)
    data = centre_figures(centre_a, last_month_report.month)
    assert data["beneficiaries"]["total"] == 4 and data["contacts"]["total"] == Contact.objects.count() == 4
    expected = {
        "Unique beneficiaries Total": data["beneficiaries"]["total"],
        "Unique beneficiaries Returning": data["beneficiaries"]["returning"],
        "By service Counselling: total": data["by_service"]["counselling"]["total"],
        "Contacts Contacts": data["contacts"]["total"],
        "Contacts Minutes of service": data["contacts"]["minutes"],
    }
    for line, value in expected.items():
        assert re.search(rf"^{line} {value}$", text, re.MULTILINE), (line, value)


@pytest.mark.parametrize("language", [code for code, _name in settings.LANGUAGES])
def test_last_months_report_is_ready_to_review_in_every_language(
    client, network_coordinator, lead_a, last_month_report, language
):
    services.submit_report(lead_a, last_month_report)
    client.force_login(network_coordinator)
    page = client.get(f"/{language}/counter/reports/{last_month_report.pk}/")
    assert page.status_code == 200 and f'lang="{language}"' in page.content.decode()
    assert "/approve/" in page.content.decode()
    if language in ("ar", "uk"):
        url = f"/{language}/counter/reports/{last_month_report.pk}/figures.pdf"
        assert client.get(url).content.startswith(b"%PDF")


@pytest.mark.parametrize(
    "day,reminded,told_late",
    [(1, True, False), (2, False, False), (5, False, False), (6, False, True)],
)
def test_the_daily_run_reminds_on_the_first_and_names_late_centres_after_the_fifth(
    centre_a,
    lead_a,
    network_coordinator,
    mailoutbox,
    django_capture_on_commit_callbacks,
    day,
    reminded,
    told_late,
):
    from freezegun import freeze_time

    from casework.tasks import daily

    noon = timezone.localtime().replace(day=day, hour=12, minute=0, second=0, microsecond=0)
    with freeze_time(noon), django_capture_on_commit_callbacks(execute=True):
        result = daily.call()
    assert result["centres_reminded"] == int(reminded) and result["late"] == int(told_late)
    recipients = [message.to for message in mailoutbox]
    assert ([lead_a.email] in recipients) is reminded
    assert ([network_coordinator.email] in recipients) is told_late


def test_the_beneficiary_database_holds_codes_and_services_never_names(
    client, lead_a, staff_a, centre_a, visitor, last_month_report
):
    services.log_contact(
        staff_a,
        centre_a,
        visitors=[visitor],
        date=last_month_report.month.replace(day=4),
        service="assistance",
        domains=["health"],
        channel="in_person",
    )
    client.force_login(lead_a)
    url = reverse("casework:report_download", args=[last_month_report.pk, "beneficiaries", "csv"])
    content = client.get(url).content.decode("utf-8-sig")
    assert visitor.code in content
    assert not any(personal in content for personal in ("Amina", "Haddad", "700 000 001"))
