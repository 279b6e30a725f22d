from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format

from casework.indicators import indicators


def test_indicators_are_computed_from_the_contacts_of_the_month(contact, django_assert_max_num_queries):
    with django_assert_max_num_queries(12):
        rows = {key: value for key, _label, value in indicators(timezone.localdate())}
    assert rows["contacts"] == 1
    assert rows["service_kinds"] == 2  # counselling on health, counselling on residence
    assert rows["forms"] == 0 and rows["trainings_held"] == 0


def test_the_indicators_page_shows_a_table_and_ignores_a_bad_month(client, network_coordinator):
    client.force_login(network_coordinator)
    page = client.get(reverse("casework:indicators"), {"month": "2026-13"})
    assert page.status_code == 200 and "<table>" in page.content.decode()


def _dashboard(client, person, **query):
    client.force_login(person)
    month = timezone.localdate().strftime("%Y-%m")
    return client.get(reverse("casework:indicators"), {"month": month, **query}).content.decode()


def _contacts_cell(page):
    """The value beside "services given" in the indicators' table."""
    row = page.split('<th scope="row">', 2)[1]
    return row.split("<td>", 1)[1].split("</td>", 1)[0]


def test_the_dashboard_draws_each_chart_with_its_title_description_and_table(
    client, network_coordinator, contact
):
    page = _dashboard(client, network_coordinator)
    assert page.count('class="chart" direction="ltr" role="img"') == 2
    assert 'aria-labelledby="chart-indicators-title chart-indicators-desc"' in page
    assert '<title id="chart-trend-title">' in page and '<desc id="chart-trend-desc">' in page
    assert page.count("<rect ") >= 12  # one bar per month of the trend, one per count indicator
    assert page.count("<table>") == 2 and _contacts_cell(page) == "1"


def test_centre_staff_see_their_own_centre_and_the_coordinator_chooses(
    client, staff_b, network_coordinator, centre_a, centre_b, contact
):
    own = _dashboard(client, staff_b, centre=centre_a.pk)
    assert centre_b.name in own and centre_a.name not in own and _contacts_cell(own) == "0"
    chosen = _dashboard(client, network_coordinator, centre=centre_a.pk)
    assert f"{centre_a.name}, " in chosen and _contacts_cell(chosen) == "1"
    assert _contacts_cell(_dashboard(client, network_coordinator, centre=centre_b.pk)) == "0"


def test_the_monthly_report_pdf_carries_the_charts_and_their_tables(client, lead_a, last_month_report):
    from io import BytesIO

    from django.utils import translation
    from pypdf import PdfReader

    client.force_login(lead_a)
    url = reverse("casework:report_download", args=[last_month_report.pk, "figures", "pdf"])
    pdf = client.get(url)
    text = " ".join(page.extract_text() for page in PdfReader(BytesIO(pdf.content)).pages)
    with translation.override(url.split("/")[1]):
        title = translation.gettext("Services given by %(scope)s, month by month")
        table_heading = translation.gettext("Indicator")
        last_bar = date_format(last_month_report.month, "YEAR_MONTH_FORMAT")
    assert title % {"scope": last_month_report.centre.name} in " ".join(text.split())
    assert table_heading in text and last_bar in text  # the bar's label is drawn text


def test_complaints_and_participation_methods_are_counted_from_the_civic_desk(db):
    from datetime import timedelta

    from participation.models import Complaint, Consultation
    from participation.services.complaints import file_service_complaint

    today = timezone.localdate()
    for subject, answer, justified in (
        ("Nobody answered the phone.", "", None),
        ("Rude answer.", "We apologise.", True),
        ("Closed on a Monday.", "Holiday.", False),
    ):
        complaint = file_service_complaint(
            subject=subject, body=subject, name="Ana", email="ana@example.org", language="ro"
        )
        if answer:
            Complaint.objects.filter(pk=complaint.pk).update(
                answer=answer, answered_at=timezone.now(), justified=justified
            )
    Consultation.objects.create(
        title="Planul local", slug="planul-local", opens_on=today - timedelta(days=40), closes_on=today
    )
    rows = {key: value for key, _label, value in indicators(today)}
    assert rows["complaints_received"] == 3 and rows["complaints_justified"] == 1
    assert rows["consultations"] == 1 and rows["participation_methods"] == 1
    assert rows["reports_published"] == 0
