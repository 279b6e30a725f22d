import re

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone
from wagtail.models import ModelLogEntry

from casework import services
from casework.choices import CaseStatus, ReportStatus
from casework.models import Case, Contact, MonthlyReport, Visitor, VisitorIdentity


def test_registration_gives_a_code_of_the_centre_and_year_in_the_network_pattern(register):
    first, second = register(), register()
    year = timezone.localdate().year
    assert first.code == f"CJ-{year}-000001"
    assert second.code == f"CJ-{year}-000002"


def test_registration_without_consent_is_refused_and_writes_nothing(register):
    with pytest.raises(ValidationError):
        register(consent_statistics=False)
    with pytest.raises(ValidationError):
        register(citizenship="Syria")
    with pytest.raises(ValidationError):
        register(year_of_birth=1800)
    assert Visitor.objects.count() == 0


def test_names_are_kept_apart_and_the_audit_says_who_registered(visitor, staff_a):
    assert VisitorIdentity.objects.get(visitor=visitor).last_name == "Haddad"
    entry = ModelLogEntry.objects.get(action="casework.register", object_id=str(visitor.pk))
    assert entry.user == staff_a and entry.data["via"] == "system"
    assert "Haddad" not in entry.label and "Haddad" not in str(entry.data)


def test_staff_of_another_centre_cannot_register_at_it(staff_b, centre_a):
    with pytest.raises(PermissionDenied):
        services.register_visitor(
            user=staff_b,
            centre=centre_a,
            gender="man",
            citizenship="UA",
            residence_category="temporary_protection",
            consent_statistics=True,
        )
    assert Visitor.objects.count() == 0


def test_find_by_code_ignores_case_and_follows_merges(register, lead_a, staff_b):
    keep, duplicate = register(), register()
    services.merge_duplicates(lead_a, keep=keep, duplicate=duplicate)
    assert services.find_by_code(staff_b, duplicate.code.lower()) == keep
    with pytest.raises(PermissionDenied):
        services.find_by_code(AnonymousUser(), keep.code)


def test_merging_moves_the_history_to_the_visitor_kept(register, lead_a, staff_a, centre_a):
    keep, duplicate = register(), register(first_name="Ana")
    services.log_contact(
        staff_a,
        centre_a,
        visitors=[duplicate],
        date=timezone.localdate(),
        service="information",
        domains=["housing"],
        channel="phone",
    )
    services.merge_duplicates(lead_a, keep=keep, duplicate=duplicate)
    assert Contact.objects.filter(participants__visitor=keep).count() == 1
    assert VisitorIdentity.objects.get(visitor=keep).first_name == "Ana"
    assert Visitor.objects.get(pk=duplicate.pk).merged_into == keep


def test_staff_may_not_merge(register, staff_a):
    keep, duplicate = register(), register()
    with pytest.raises(PermissionDenied):
        services.merge_duplicates(staff_a, keep=keep, duplicate=duplicate)
    assert Visitor.objects.get(pk=duplicate.pk).merged_into is None


def test_a_contact_records_domains_referral_and_audit(contact, institution):
    assert sorted(d.domain for d in contact.domains.all()) == ["health", "residence"]
    assert contact.referral_outcome == "pending"
    assert ModelLogEntry.objects.filter(action="casework.log_contact", object_id=str(contact.pk)).exists()


def test_bad_contacts_are_refused_and_change_nothing(visitor, staff_a, staff_b, centre_a):
    today = timezone.localdate()
    base = {
        "visitors": [visitor],
        "date": today,
        "service": "information",
        "domains": ["housing"],
        "channel": "phone",
    }
    for changes in (
        {"date": today + timezone.timedelta(days=1)},
        {"domains": []},
        {"domains": ["sailing"]},
        {"visitors": []},
        {"is_group": True, "participant_count": 0},
    ):
        with pytest.raises(ValidationError):
            services.log_contact(staff_a, centre_a, **{**base, **changes})
    with pytest.raises(PermissionDenied):
        services.log_contact(staff_b, centre_a, **base)
    assert Contact.objects.count() == 0


def test_a_group_session_counts_anonymous_participants(register, staff_a, centre_a):
    people = [register(), register()]
    contact = services.log_contact(
        staff_a,
        centre_a,
        visitors=people,
        date=timezone.localdate(),
        is_group=True,
        participant_count=12,
        service="information",
        domains=["language"],
        channel="outreach",
    )
    assert contact.participants.count() == 2 and contact.participant_count == 12


def test_case_assistance_needs_the_network_coordinator(case, staff_a, lead_a, network_coordinator):
    services.propose_assistance(staff_a, case, kind="medical", details="Medicines for three months.")
    with pytest.raises(PermissionDenied):
        services.approve_assistance(lead_a, case)
    assert Case.objects.get(pk=case.pk).status == CaseStatus.PROPOSED
    with pytest.raises(ValidationError):
        services.refuse_assistance(network_coordinator, case, note="")
    services.approve_assistance(network_coordinator, case, note="Within budget.")
    case.refresh_from_db()
    assert case.status == CaseStatus.APPROVED and case.assistance_approved is True
    services.close_case(staff_a, case, outcome="resolved")
    case.refresh_from_db()
    assert case.status == CaseStatus.CLOSED and case.closed_on == timezone.localdate()


def test_only_assigned_caseworkers_lead_and_coordinator_open_a_case_and_each_opening_is_audited(
    case, staff_a, lead_a, staff_b, network_coordinator, make_user, centre_a
):
    from casework.models import CentreMembership

    colleague = make_user()
    CentreMembership.objects.create(user=colleague, centre=centre_a, role="staff")
    for person in (staff_a, lead_a, network_coordinator):
        services.read_case(person, case)
    for person in (staff_b, colleague):
        with pytest.raises(PermissionDenied):
            services.read_case(person, case)
    assert ModelLogEntry.objects.filter(action="casework.view_case", object_id=str(case.pk)).count() == 3


def test_the_month_is_locked_after_submission_and_later_entries_are_corrections(
    last_month_report, lead_a, staff_a, centre_a, visitor, network_coordinator
):
    services.submit_report(lead_a, last_month_report)
    day = last_month_report.month.replace(day=10)
    args = {
        "visitors": [visitor],
        "date": day,
        "service": "information",
        "domains": ["housing"],
        "channel": "phone",
    }
    with pytest.raises(ValidationError):
        services.log_contact(staff_a, centre_a, **args)
    contact = services.log_contact(staff_a, centre_a, correction_reason="Paper form found late.", **args)
    assert contact.late_entry and contact.corrections.get().reason == "Paper form found late."
    with pytest.raises(ValidationError):
        services.edit_report(lead_a, last_month_report, activities="x", problems="", portal_information="")
    with pytest.raises(PermissionDenied):
        services.approve_report(lead_a, last_month_report)
    services.approve_report(network_coordinator, last_month_report)
    assert MonthlyReport.objects.get(pk=last_month_report.pk).status == ReportStatus.APPROVED


def test_the_current_month_cannot_be_submitted(centre_a, lead_a):
    report = services.report_for(centre_a, timezone.localdate())
    with pytest.raises(ValidationError):
        services.submit_report(lead_a, report)
    assert MonthlyReport.objects.get(pk=report.pk).status == ReportStatus.DRAFT


def test_returning_needs_a_reason_and_tells_the_lead(
    last_month_report, lead_a, network_coordinator, mailoutbox, django_capture_on_commit_callbacks
):
    services.submit_report(lead_a, last_month_report)
    with pytest.raises(ValidationError):
        services.return_report(network_coordinator, last_month_report, reason=" ")
    with django_capture_on_commit_callbacks(execute=True):
        services.return_report(network_coordinator, last_month_report, reason="Add the March workshop.")
    assert [m.to for m in mailoutbox] == [[lead_a.email]]
    assert "Add the March workshop." in mailoutbox[0].body


def test_export_and_erasure_by_code(visitor, contact, lead_a, staff_a):
    with pytest.raises(PermissionDenied):
        services.export_visitor(staff_a, visitor.code)
    data = services.export_visitor(lead_a, visitor.code)
    assert data["identity"]["last_name"] == "Haddad" and len(data["contacts"]) == 1
    services.erase_visitor(lead_a, visitor.code)
    assert not VisitorIdentity.objects.filter(visitor=visitor).exists()
    assert Visitor.objects.get(pk=visitor.pk).code == visitor.code
    assert ModelLogEntry.objects.filter(action="casework.erase").exists()
    with pytest.raises(ValidationError):
        services.export_visitor(lead_a, "CJ-1999-999999")


def test_retention_purge_erases_names_after_the_period_and_keeps_codes(visitor):
    Visitor.objects.filter(pk=visitor.pk).update(registered_on=timezone.localdate().replace(year=2015))
    assert services.purge_expired_identities() == 1
    assert not VisitorIdentity.objects.filter(visitor=visitor).exists()
    assert re.match(r"^CJ-\d{4}-\d{6}$", Visitor.objects.get(pk=visitor.pk).code)


def test_booking_holds_places_and_refuses_a_full_slot(slot, mailoutbox, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        appointment = services.book_appointment(slot, topic="housing", language="fr", email="a@example.org")
    assert appointment.status == "unverified"
    assert mailoutbox and "/fr/appointments/confirm/" in mailoutbox[0].body
    with pytest.raises(ValidationError):
        services.book_appointment(slot, topic="housing", language="fr", phone="+40 1")
    with pytest.raises(ValidationError):
        services.book_appointment(slot, topic="housing", language="fr")


def test_no_show_only_after_the_start(slot, staff_a):
    appointment = services.book_appointment(
        slot, topic="health", language="ro", phone="+40 700", user=staff_a
    )
    assert appointment.status == "booked"
    with pytest.raises(ValidationError):
        services.mark_no_show(staff_a, appointment)


def test_deleting_a_caseworkers_account_leaves_the_case_to_the_centre(case, staff_a):
    from accounts.services import delete_account
    from tests.conftest import PASSWORD

    delete_account(staff_a, password=PASSWORD)
    case.refresh_from_db()
    assert case.caseworker is None and Case.objects.count() == 1


def test_deleting_a_visitors_account_erases_their_names_and_keeps_the_code(visitor, make_user):
    from accounts.services import delete_account
    from tests.conftest import PASSWORD

    person = make_user()
    Visitor.objects.filter(pk=visitor.pk).update(account=person)
    delete_account(person, password=PASSWORD)
    assert not VisitorIdentity.objects.filter(visitor=visitor).exists()
    assert Visitor.objects.get(pk=visitor.pk).account is None


def test_a_referral_goes_to_the_centres_institutions_and_its_outcome_reaches_the_report(
    visitor, staff_a, centre_a, institution
):
    from casework.reports import centre_figures
    from coordination.models import Institution, Tier

    elsewhere = Institution.objects.create(name="Alt birou", tier=Tier.REGULATORS)
    base = {"visitors": [visitor], "date": timezone.localdate(), "service": "assistance", "channel": "phone"}
    with pytest.raises(ValidationError):
        services.log_contact(staff_a, centre_a, domains=["housing"], referral_institution=elsewhere, **base)
    contact = services.log_contact(
        staff_a, centre_a, domains=["housing"], referral_institution=institution, **base
    )
    assert contact.referral_outcome == "pending"
    services.record_referral_outcome(staff_a, contact, outcome="accepted")
    referrals = centre_figures(centre_a, timezone.localdate())["referrals"]
    assert referrals == {institution.name: {"total": 1, "outcomes": {"accepted": 1}}}
