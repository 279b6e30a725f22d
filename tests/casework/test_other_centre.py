"""Staff of another centre try every page and API operation that writes or reads one centre's data
(the POST-only pages the access matrix leaves to other files): each attempt is refused and changes
nothing. A visitor's code shown at their desk lets them serve the person, never see the name."""

from datetime import timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from casework import services
from casework.choices import StaffRole
from casework.models import (
    Appointment,
    Case,
    CaseDocument,
    CentreMembership,
    Contact,
    Visitor,
    VisitorIdentity,
)

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.fixture
def lead_b(make_user, centre_b):
    user = make_user()
    CentreMembership.objects.create(user=user, centre=centre_b, role=StaffRole.LEAD)
    return user


@pytest.fixture
def appointment(slot, staff_a):
    return services.book_appointment(slot, topic="housing", language="ro", phone="0722 000 000", user=staff_a)


def _case_state(case):
    case.refresh_from_db()
    return (case.status, case.assistance_kind, case.outcome, case.actions.count(), case.documents.count())


@pytest.mark.parametrize("other", ["staff_b", "lead_b"])
@pytest.mark.parametrize(
    "step,data",
    [
        ("propose", {"kind": "medical", "details": "Medicamente."}),
        ("approve", {"note": ""}),
        ("refuse", {"note": "Nu."}),
        ("close", {"outcome": "resolved"}),
        ("action", {"description": "Sună la DGASPC"}),
    ],
)
def test_another_centre_moves_no_case_a_step(client, request, case, other, step, data):
    before = _case_state(case)
    client.force_login(request.getfixturevalue(other))
    response = client.post(reverse("casework:case_step", args=[case.pk, step]), data)
    assert response.status_code == 403
    assert _case_state(case) == before


@pytest.mark.parametrize("other", ["staff_b", "lead_b"])
def test_another_centre_neither_reads_nor_adds_case_documents_nor_edits_the_case(
    client, request, case, other
):
    client.force_login(request.getfixturevalue(other))
    upload = client.post(
        reverse("casework:case_upload", args=[case.pk]),
        {"title": "Scrisoare", "file": SimpleUploadedFile("s.pdf", PDF, content_type="application/pdf")},
    )
    assert upload.status_code == 403 and not CaseDocument.objects.exists()
    edit = client.post(
        reverse("casework:edit_case", args=[case.pk]),
        {"needs_assessment": "Altceva", "caseworker": case.caseworker_id},
    )
    assert edit.status_code == 403
    case.refresh_from_db()
    assert case.needs_assessment == "Needs a family doctor."
    assert client.get(reverse("casework:case_detail", args=[case.pk])).status_code == 403
    assert client.get(reverse("casework:case_list")).context["cases"].count() == 0


def test_a_code_shown_at_another_desk_opens_neither_the_form_nor_the_name(client, staff_b, visitor):
    client.force_login(staff_b)
    client.post(reverse("casework:find"), {"code": visitor.code})
    form_url = reverse("casework:registration_form", args=[visitor.pk])
    upload = client.post(form_url, {"file": SimpleUploadedFile("f.pdf", PDF, content_type="application/pdf")})
    assert upload.status_code == 403
    assert client.get(form_url).status_code == 403
    visitor.refresh_from_db()
    assert not visitor.registration_form
    page = client.get(reverse("casework:visitor_detail", args=[visitor.pk]))
    assert page.status_code == 200 and "Haddad" not in page.content.decode()
    assert page.context["identity"] is None and page.context["contacts"] == []


def test_another_centre_logs_a_contact_only_after_being_shown_the_code(client, staff_b, centre_b, visitor):
    client.force_login(staff_b)
    url = reverse("casework:log_contact", args=[visitor.pk])
    data = {
        "date": timezone.localdate().isoformat(),
        "service": "information",
        "domains": ["housing"],
        "channel": "in_person",
        "language_help": "none",
        "duration_minutes": 15,
    }
    assert client.post(url, data).status_code == 403
    assert not Contact.objects.exists()
    client.post(reverse("casework:find"), {"code": visitor.code})
    assert client.post(url, data).status_code == 302
    assert Contact.objects.get().centre == centre_b


def test_a_lead_of_another_centre_merges_nothing_and_erases_nothing(client, lead_b, register, visitor):
    duplicate = register(last_name="Haddad")
    client.force_login(lead_b)
    response = client.post(reverse("casework:merge", args=[visitor.pk]), {"code": duplicate.code})
    assert response.status_code == 403
    assert Visitor.objects.get(pk=duplicate.pk).merged_into_id is None
    url = reverse("casework:personal_data")
    assert client.post(url, {"code": visitor.code, "action": "export"}).status_code == 403
    assert client.post(url, {"code": visitor.code, "action": "erase"}).status_code == 403
    assert VisitorIdentity.objects.get(visitor=visitor).last_name == "Haddad"


@pytest.mark.parametrize("action", ["confirm", "attended", "no-show", "cancel"])
def test_another_centre_changes_no_appointment(client, staff_b, appointment, action):
    client.force_login(staff_b)
    url = reverse("casework:appointment_action", args=[appointment.pk, action])
    assert client.post(url).status_code == 403
    assert Appointment.objects.get(pk=appointment.pk).status == "booked"
    listed = client.get(reverse("casework:appointments")).context["appointments"]
    assert appointment not in list(listed)


def test_another_centre_cannot_open_slots_for_this_one(client, staff_b, centre_a, centre_b):
    client.force_login(staff_b)
    start = timezone.localtime() + timedelta(days=2)
    client.post(
        reverse("casework:appointments"),
        {
            "centre": centre_a.pk,
            "starts_at": start.strftime("%Y-%m-%dT%H:%M"),
            "ends_at": (start + timedelta(minutes=30)).strftime("%Y-%m-%dT%H:%M"),
            "capacity": 1,
        },
    )
    assert not centre_a.slots.exists() and centre_b.slots.count() == 1


def test_another_centres_lead_neither_edits_submits_nor_downloads_the_report(
    client, lead_b, staff_a, lead_a, last_month_report
):
    client.force_login(lead_b)
    detail = reverse("casework:report_detail", args=[last_month_report.pk])
    data = {"activities": "Altceva", "problems": "", "portal_information": "", "submit": "1"}
    assert client.post(detail, data).status_code == 403
    for kind, fmt in [
        ("figures", "xlsx"),
        ("figures", "pdf"),
        ("beneficiaries", "csv"),
        ("beneficiaries", "xlsx"),
    ]:
        url = reverse("casework:report_download", args=[last_month_report.pk, kind, fmt])
        assert client.get(url).status_code == 403
    last_month_report.refresh_from_db()
    assert (last_month_report.status, last_month_report.activities) == ("draft", "")
    client.force_login(staff_a)
    assert client.post(detail, data).status_code == 403
    client.force_login(lead_a)
    assert client.post(detail, data).status_code == 302
    for person in (lead_a, lead_b, staff_a):
        client.force_login(person)
        assert client.post(reverse("casework:report_approve", args=[last_month_report.pk])).status_code == 403
        returned = client.post(
            reverse("casework:report_return", args=[last_month_report.pk]), {"reason": "x"}
        )
        assert returned.status_code == 403
    last_month_report.refresh_from_db()
    assert last_month_report.status == "submitted"


def test_another_centres_lists_hold_none_of_this_centres_people(
    client, staff_b, visitor, contact, case, slot
):
    client.force_login(staff_b)
    counter = client.get(reverse("casework:counter"))
    assert visitor.code not in counter.content.decode()
    assert client.get("/api/casework/visitors").json() == []
    assert client.get("/api/casework/cases").json() == []
    reports = client.get(reverse("casework:report_list")).context["reports"]
    assert {report.centre_id for report, _late in reports} == {staff_b.centre_memberships.get().centre_id}


def _contact_body(centre, **visitors):
    return {
        "centre_id": centre.pk,
        "date": str(timezone.localdate()),
        "service": "counselling",
        "domains": ["employment"],
        "channel": "in_person",
        **visitors,
    }


def test_an_id_through_the_api_does_not_reach_another_centres_visitor_but_the_code_does(
    client, staff_b, centre_b, visitor
):
    client.force_login(staff_b)
    by_id = client.post(
        "/api/casework/contacts",
        _contact_body(centre_b, visitor_ids=[visitor.pk]),
        content_type="application/json",
    )
    assert by_id.status_code == 404 and not Contact.objects.exists()
    by_code = client.post(
        "/api/casework/contacts",
        _contact_body(centre_b, visitor_codes=[visitor.code.lower()]),
        content_type="application/json",
    )
    assert by_code.status_code == 201
    assert list(Contact.objects.get().participants.values_list("visitor_id", flat=True)) == [visitor.pk]
    unknown = client.post(
        "/api/casework/contacts",
        _contact_body(centre_b, visitor_codes=["CJ-1999-999999"]),
        content_type="application/json",
    )
    assert unknown.status_code == 404 and Contact.objects.count() == 1


def test_another_centre_changes_no_case_and_no_report_through_the_api(
    client, staff_b, lead_b, lead_a, case, last_month_report
):
    client.force_login(staff_b)
    body = {"needs_assessment": "Altceva", "caseworker_id": staff_b.pk}
    assert (
        client.put(f"/api/casework/cases/{case.pk}", body, content_type="application/json").status_code == 403
    )
    assert client.get(f"/api/casework/cases/{case.pk}").status_code == 403
    assert Case.objects.get(pk=case.pk).needs_assessment == "Needs a family doctor."
    client.force_login(lead_b)
    assert client.post(f"/api/casework/reports/{last_month_report.pk}/submit").status_code == 403
    client.force_login(lead_a)
    assert client.post(f"/api/casework/reports/{last_month_report.pk}/approve").status_code == 403
    last_month_report.refresh_from_db()
    assert last_month_report.status == "draft"
