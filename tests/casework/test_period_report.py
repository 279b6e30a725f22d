"""The final report of the project period: the months added up, each person counted once, for a
centre or the network, on a page, in XLSX and PDF and through the API."""

from io import BytesIO

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from openpyxl import load_workbook

from casework import services
from casework.models import Contact, Network
from casework.reports import period_figures
from casework.services.reporting import next_month, previous_month

PERIOD_URL = "/en/counter/period/"


def _serve(staff, centre, visitor, day, service="counselling"):
    return services.log_contact(
        staff, centre, visitors=[visitor], date=day, service=service, domains=["housing"], channel="phone"
    )


@pytest.fixture
def two_months(register, staff_a, centre_a):
    """One person served in each of the last two months, another in the last one only."""
    last = previous_month()
    before = previous_month(last)
    returning, newcomer = register(), register()
    _serve(staff_a, centre_a, returning, before.replace(day=10), service="information")
    _serve(staff_a, centre_a, returning, last.replace(day=10))
    _serve(staff_a, centre_a, newcomer, last.replace(day=11), service="assistance")
    return before, last


def test_a_person_who_came_in_two_months_is_counted_once(client, lead_a, two_months):
    before, last = two_months
    client.force_login(lead_a)
    page = client.get(PERIOD_URL, {"from": f"{before:%Y-%m}", "to": f"{last:%Y-%m}"})
    assert page.status_code == 200
    rows = {(section, item): value for section, item, value in page.context["rows"]}
    assert rows[("Unique beneficiaries", "Total")] == 2
    assert rows[("Contacts", "Contacts")] == Contact.objects.count() == 3
    assert rows[("By service", "Counselling: total")] == 1
    assert rows[("By service", "Information: total")] == 1
    xlsx = client.get(PERIOD_URL, {"from": f"{before:%Y-%m}", "to": f"{last:%Y-%m}", "format": "xlsx"})
    sheet = load_workbook(BytesIO(xlsx.content)).active
    values = {(row[0], row[1]): row[2] for row in sheet.iter_rows(min_row=3, values_only=True)}
    assert values[("Unique beneficiaries", "Total")] == 2 and values[("Contacts", "Contacts")] == 3
    pdf = client.get(PERIOD_URL, {"from": f"{before:%Y-%m}", "to": f"{last:%Y-%m}", "format": "pdf"})
    assert pdf.content.startswith(b"%PDF")


def test_the_network_project_period_is_the_default(client, network_coordinator, two_months):
    before, last = two_months
    Network.objects.update_or_create(singleton=True, defaults={"project_start": before, "project_end": last})
    client.force_login(network_coordinator)
    page = client.get(PERIOD_URL)
    assert (page.context["first"], page.context["last"], page.context["centre"]) == (before, last, None)
    assert period_figures(before, next_month(last))["beneficiaries"]["total"] == 2


@pytest.mark.parametrize(
    "period",
    [
        {"from": "2026-05", "to": "2026-02"},
        {"from": "1999-13", "to": "2026-01"},
        {"from": "2100-01", "to": "2100-02"},
    ],
)
def test_a_bad_period_is_refused_with_a_message(client, lead_a, period):
    client.force_login(lead_a)
    page = client.get(PERIOD_URL, period)
    assert page.status_code == 400 and "Choose a first and a last month" in page.content.decode()
    download = client.get(PERIOD_URL, {**period, "format": "xlsx"})
    assert download["Content-Type"].startswith("text/html")


def test_staff_of_another_centre_get_their_own_centres_figures(
    client, staff_b, centre_a, centre_b, two_months
):
    client.force_login(staff_b)
    page = client.get(PERIOD_URL, {"centre": centre_a.pk})
    assert page.context["centre"] == centre_b
    rows = {(section, item): value for section, item, value in page.context["rows"]}
    assert rows[("Unique beneficiaries", "Total")] == 0


def test_the_api_gives_the_same_figures_to_those_who_may_see_them(
    client, staff_a, staff_b, network_coordinator, centre_a, two_months
):
    before, last = two_months
    query = f"/api/casework/figures?first_month={before}&last_month={last}"
    client.force_login(network_coordinator)
    network = client.get(query).json()
    assert network["beneficiaries"]["total"] == 2 and network["from"] == f"{before:%Y-%m}"
    client.force_login(staff_a)
    assert client.get(query).status_code == 403
    assert client.get(f"{query}&centre_id={centre_a.pk}").json()["contacts"]["total"] == 3
    client.force_login(staff_b)
    assert client.get(f"{query}&centre_id={centre_a.pk}").status_code == 403
    client.force_login(staff_a)
    backwards = client.get(
        f"/api/casework/figures?first_month={last}&last_month={before}&centre_id={centre_a.pk}",
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert backwards.status_code == 400 and "Choose a first and a last month" in backwards.json()["detail"]


def test_the_period_needs_no_more_queries_for_more_months(register, staff_a, centre_a):
    last = previous_month()
    first = last.replace(year=last.year - 1)
    _serve(staff_a, centre_a, register(), last.replace(day=2))
    _serve(staff_a, centre_a, register(), first.replace(day=2))
    with CaptureQueriesContext(connection) as one_month:
        period_figures(last, next_month(last))
    with CaptureQueriesContext(connection) as thirteen_months:
        data = period_figures(first, next_month(last))
    assert len(thirteen_months.captured_queries) == len(one_month.captured_queries)
    assert data["beneficiaries"]["total"] == 2
