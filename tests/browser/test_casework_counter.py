"""At a phone-sized screen, a centre lead registers a visitor, logs a counselling contact with a
referral and submits last month's report; the network coordinator approves it."""

import pytest
from django.utils import timezone

from casework.choices import ReportStatus, StaffRole
from casework.models import Centre, CentreMembership, Contact, MonthlyReport, Visitor
from casework.roles import NETWORK_COORDINATORS
from casework.services.reporting import previous_month
from coordination.models import Institution, Tier
from tests.conftest import restore_wagtail_defaults


@pytest.mark.django_db(transaction=True)
def test_lead_registers_counsels_and_reports_and_the_coordinator_approves(
    browser, live_server, sign_in, make_user
):
    restore_wagtail_defaults()
    institution = Institution.objects.create(name="Direcția de Asistență Socială", tier=Tier.CORE)
    centre = Centre.objects.create(name="Centrul Cluj", code="CJ")
    centre.referral_institutions.add(institution)
    lead = make_user()
    CentreMembership.objects.create(user=lead, centre=centre, role=StaffRole.LEAD)
    coordinator = make_user(NETWORK_COORDINATORS)
    last_month = previous_month()

    context = browser.new_context(viewport={"width": 360, "height": 740}, base_url=live_server.url)
    context.set_default_timeout(15_000)
    tab = sign_in(context.new_page(), lead)
    tab.goto("/ro/counter/")
    tab.check("input[name=gender][value=woman]")
    tab.fill("#id_year_of_birth", "1991")
    tab.fill("#id_citizenship", "ua")
    tab.select_option("#id_residence_category", "temporary_protection")
    tab.fill("#id_languages", "uk, en")
    tab.check("#id_consent_statistics")
    tab.locator("form:has(#id_gender_0) button[type=submit]").click()
    tab.wait_for_url("**/counter/visitors/*/")
    visitor = Visitor.objects.get()
    assert tab.locator("h1").inner_text() == visitor.code
    assert tab.evaluate("document.documentElement.scrollWidth") <= 360

    tab.locator(f"a[href$='/counter/visitors/{visitor.pk}/contact/']").click()
    tab.wait_for_url("**/contact/")
    tab.fill("#id_date", last_month.replace(day=12).isoformat())
    tab.check("input[name=service][value=counselling]")
    tab.check("input[name=domains][value=social]")
    tab.select_option("#id_channel", "in_person")
    tab.select_option("#id_referral_institution", str(institution.pk))
    tab.fill("#id_note", "Ajutor pentru alocația copilului.")
    tab.locator("main form button[type=submit]").click()
    tab.wait_for_url(f"**/counter/visitors/{visitor.pk}/")
    contact = Contact.objects.get()
    assert contact.service == "counselling" and contact.referral_institution == institution
    assert institution.name in tab.locator("main").inner_text()

    tab.goto("/ro/counter/reports/")
    tab.locator("main table a").first.click()
    tab.wait_for_url("**/counter/reports/*/")
    tab.fill("#id_activities", "Consiliere pentru 1 persoană; sesiune de informare.")
    tab.locator("button[name=submit]").click()
    tab.wait_for_url("**/counter/reports/*/")
    report = MonthlyReport.objects.get(centre=centre, month=last_month)
    assert report.status == ReportStatus.SUBMITTED
    assert report.figures["by_service"]["counselling"]["total"] == 1
    context.close()

    context = browser.new_context(viewport={"width": 360, "height": 740}, base_url=live_server.url)
    tab = sign_in(context.new_page(), coordinator)
    tab.goto(f"/ro/counter/reports/{report.pk}/")
    with tab.expect_navigation():
        tab.locator("form[action$='/approve/'] button[type=submit]").click()
    report.refresh_from_db()
    assert report.status == ReportStatus.APPROVED and report.decided_by == coordinator
    assert report.decided_at <= timezone.now()
    context.close()
