"""Filing, registering and handling information requests and petitions, as people see it."""

import re
from datetime import timedelta

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from freezegun import freeze_time
from wagtail.models import ModelLogEntry

from accounts import roles
from participation import deadlines, links
from participation.errors import ParticipationError
from participation.models import CaseStatus, InformationRequest, Outcome, Petition, RegisterCounter
from participation.services import desk

from .conftest import FILING

pytestmark = pytest.mark.django_db


def test_anonymous_person_files_online_confirms_by_link_and_gets_number_and_due_date(
    client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("participation:file_case", args=["information"]), FILING)
    assert response.status_code == 200 and "amal@example.org" in response.content.decode()
    case = InformationRequest.objects.get()
    assert case.status == CaseStatus.UNVERIFIED and case.number is None
    confirm_url = re.search(r"https?://\S+/confirm/\S+/", mail.outbox[0].body).group(0)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.get(confirm_url.split("8000")[-1] if "8000" in confirm_url else confirm_url)
    case.refresh_from_db()
    assert case.status == CaseStatus.REGISTERED
    assert case.reference == f"INF-{timezone.localdate().year}-00001"
    assert case.due_on == timezone.localdate() + timedelta(days=10)
    assert response.status_code == 302 and response.url.endswith(f"/track/{case.tracking_token}/")
    assert case.tracking_token in mail.outbox[1].body


def test_an_expired_confirmation_link_registers_nothing(client):
    case = desk.file_online("information", data=FILING)
    token = links.confirmation_token(case)
    with freeze_time(timezone.now() + timedelta(days=3)):
        response = client.get(reverse("participation:confirm", args=[token]))
    assert response.status_code == 400
    case.refresh_from_db()
    assert case.status == CaseStatus.UNVERIFIED and case.number is None


def test_a_forged_confirmation_link_is_refused(client):
    response = client.get(reverse("participation:confirm", args=["forged:token"]))
    assert response.status_code == 400


def test_numbers_are_unique_and_consecutive_per_register_and_year(staff):
    first = desk.register_at_desk("information", data=FILING, channel="paper", user=staff)
    second = desk.register_at_desk("information", data=FILING, channel="phone", user=staff)
    petition = desk.register_at_desk("petition", data=FILING, channel="paper", user=staff)
    assert (first.number, second.number, petition.number) == (1, 2, 1)
    assert RegisterCounter.objects.get(kind="information").last_number == 2


def test_a_paper_petition_without_name_is_recorded_and_filed_not_answered(staff):
    petition = desk.register_at_desk(
        "petition",
        data={**FILING, "name": "", "email": "", "postal_address": ""},
        channel="paper",
        user=staff,
    )
    assert petition.anonymous and petition.status == CaseStatus.FILED
    assert petition.outcome == Outcome.FILED_ANONYMOUS and petition.due_on is None
    with pytest.raises(ParticipationError):
        desk.answer(petition, user=staff, text="Answer")


def test_staff_answer_with_a_private_attachment_the_requester_reads_by_link(
    client, staff, information_request, django_capture_on_commit_callbacks
):
    upload = SimpleUploadedFile("schedule.pdf", b"%PDF-1.4 hours", content_type="application/pdf")
    with django_capture_on_commit_callbacks(execute=True):
        desk.answer(information_request, user=staff, text="Monday to Friday, 9 to 16.", attachments=[upload])
    page = client.get(reverse("participation:track", args=[information_request.tracking_token]))
    assert "Monday to Friday" in page.content.decode()
    attachment = information_request.attachments.get()
    download = client.get(
        reverse("participation:attachment", args=[information_request.tracking_token, attachment.pk])
    )
    assert download.status_code == 200 and b"".join(download.streaming_content) == b"%PDF-1.4 hours"
    assert mail.outbox[-1].to == ["amal@example.org"]
    assert ModelLogEntry.objects.filter(
        action="participation.answer", object_id=str(information_request.pk)
    ).exists()


def test_attachments_of_one_case_are_not_reachable_through_another_cases_link(
    client, staff, information_request
):
    other = desk.register_at_desk("information", data=FILING, channel="paper", user=staff)
    upload = SimpleUploadedFile("a.txt", b"secret")
    desk.answer(information_request, user=staff, text="Answer", attachments=[upload])
    attachment = information_request.attachments.get()
    response = client.get(reverse("participation:attachment", args=[other.tracking_token, attachment.pk]))
    assert response.status_code == 404


def test_extension_within_ten_days_moves_the_term_to_thirty(staff, information_request):
    case = desk.extend(information_request, user=staff, reason="The archive is being moved.")
    assert case.status == CaseStatus.EXTENDED
    assert case.due_on == deadlines.local_day(case.registered_at) + timedelta(days=30)
    with pytest.raises(ParticipationError) as error:
        desk.extend(case, user=staff, reason="Again")
    assert error.value.code == "already_extended"


def test_extension_after_the_tenth_day_is_refused_and_changes_nothing(staff, information_request):
    with freeze_time(timezone.now() + timedelta(days=11)):
        with pytest.raises(ParticipationError) as error:
            desk.extend(information_request, user=staff, reason="Too late")
    assert error.value.code == "extension_too_late"
    information_request.refresh_from_db()
    assert information_request.status == CaseStatus.REGISTERED and information_request.reason == ""


def test_petition_extension_is_at_most_fifteen_days(staff, petition):
    with pytest.raises(ParticipationError):
        desk.extend(petition, user=staff, reason="Inquiry", days=16)
    case = desk.extend(petition, user=staff, reason="Inquiry", days=15)
    assert case.due_on == deadlines.local_day(case.registered_at) + timedelta(days=45)


def test_refusal_needs_a_reason_and_is_flagged_late_after_five_days(staff, information_request):
    with pytest.raises(ParticipationError):
        desk.refuse(information_request, user=staff, outcome=Outcome.REFUSED_EXEMPT, reason=" ")
    with freeze_time(timezone.now() + timedelta(days=6)):
        case = desk.refuse(
            information_request, user=staff, outcome=Outcome.REFUSED_EXEMPT, reason="Art. 12(1)(b)"
        )
    assert case.status == CaseStatus.REFUSED
    entry = ModelLogEntry.objects.get(action="participation.refuse", object_id=str(case.pk))
    assert entry.data["late"] is True and entry.user_id == staff.pk


def test_forwarding_a_petition_tells_the_petitioner(staff, petition, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        case = desk.redirect(petition, user=staff, institution="County School Inspectorate")
    assert case.status == CaseStatus.REDIRECTED and case.forwarded_at is not None
    assert "County School Inspectorate" in mail.outbox[-1].body


@pytest.mark.parametrize(
    "role", [None, roles.PARTICIPANTS, roles.VOLUNTEERS, roles.EDITORS, roles.MODERATORS, roles.TEAM_MEMBERS]
)
def test_people_without_the_desk_role_cannot_answer_and_nothing_changes(user_for, information_request, role):
    user = user_for(role)
    from django.contrib.auth.models import AnonymousUser

    with pytest.raises(PermissionDenied):
        desk.answer(information_request, user=user or AnonymousUser(), text="Hacked")
    information_request.refresh_from_db()
    assert information_request.answer == "" and information_request.status == CaseStatus.REGISTERED
    assert not ModelLogEntry.objects.filter(action="participation.answer").exists()


def test_desk_highlights_overdue_and_due_tomorrow(client, staff):
    today = timezone.localdate()
    overdue = desk.register_at_desk("petition", data=FILING, channel="paper", user=staff)
    Petition.objects.filter(pk=overdue.pk).update(due_on=today - timedelta(days=1))
    tomorrow = desk.register_at_desk("information", data=FILING, channel="paper", user=staff)
    InformationRequest.objects.filter(pk=tomorrow.pk).update(due_on=today + timedelta(days=1))
    client.force_login(staff)
    html = client.get(reverse("participation:desk")).content.decode()
    assert re.search(rf'class="overdue" data-testid="case-{overdue.reference}"', html)
    assert re.search(rf'class="due_soon" data-testid="case-{tomorrow.reference}"', html)


def test_due_alerts_go_to_the_assignee_once_a_day(
    staff, information_request, django_capture_on_commit_callbacks
):
    desk.assign(information_request, assignee=staff, user=staff)
    InformationRequest.objects.filter(pk=information_request.pk).update(due_on=timezone.localdate())
    with django_capture_on_commit_callbacks(execute=True):
        assert desk.alert_due_cases() == 1
        assert desk.alert_due_cases() == 0
    assert [message.to for message in mail.outbox if information_request.reference in message.body] == [
        [staff.email]
    ]


def test_requester_complains_and_staff_mark_it_justified(client, staff, information_request):
    desk.refuse(
        information_request, user=staff, outcome=Outcome.REFUSED_NONEXISTENT, reason="We do not hold it."
    )
    url = reverse("participation:track", args=[information_request.tracking_token])
    client.post(url, {"body": "You do hold it: it is on your site."})
    complaint = information_request.complaints.get()
    desk.answer_complaint(complaint, user=staff, text="You are right.", justified=True)
    complaint.refresh_from_db()
    assert complaint.justified is True


def test_staff_page_actions_answer_the_case(client, staff, information_request):
    client.force_login(staff)
    response = client.post(
        reverse("participation:desk_action", args=["information", information_request.pk, "answer"]),
        {"text": "Here is the answer."},
    )
    assert response.status_code == 302
    information_request.refresh_from_db()
    assert information_request.status == CaseStatus.ANSWERED


def test_a_draft_answer_stays_with_the_desk_until_it_is_sent(client, staff, information_request):
    client.force_login(staff)
    client.post(
        reverse("participation:desk_action", args=["information", information_request.pk, "draft"]),
        {"text": "The office opens at 9 on weekdays."},
    )
    information_request.refresh_from_db()
    assert information_request.draft == "The office opens at 9 on weekdays."
    assert information_request.status == CaseStatus.REGISTERED and information_request.answer == ""
    desk_page = client.get(reverse("participation:desk_case", args=["information", information_request.pk]))
    assert "The office opens at 9 on weekdays." in desk_page.content.decode()
    client.logout()
    tracking = client.get(reverse("participation:track", args=[information_request.tracking_token]))
    assert "The office opens at 9" not in tracking.content.decode()
    client.force_login(staff)
    sent = client.post(
        f"/api/participation/desk/information/{information_request.pk}/actions",
        {"action": "answer", "text": "The office opens at 9 on weekdays and 10 on Saturdays."},
        content_type="application/json",
    ).json()
    assert sent["draft"] == "" and sent["status"] == "answered"
    assert ModelLogEntry.objects.filter(action="participation.draft").count() == 1


def test_an_answer_with_a_file_that_is_not_what_it_claims_is_refused_and_changes_nothing(
    client, staff, information_request
):
    client.force_login(staff)
    response = client.post(
        reverse("participation:desk_action", args=["information", information_request.pk, "answer"]),
        {"text": "Here is the answer.", "attachments": SimpleUploadedFile("answer.pdf", b"MZ\x90\x00")},
        follow=True,
    )
    assert "nu este un fișier PDF valid" in response.content.decode()
    information_request.refresh_from_db()
    assert information_request.status != CaseStatus.ANSWERED
    assert not information_request.attachments.exists()
    with pytest.raises(ValidationError):
        desk.answer(
            information_request,
            user=staff,
            text="Here is the answer.",
            attachments=[SimpleUploadedFile("answer.exe", b"MZ\x90\x00")],
        )
    assert not information_request.attachments.exists()


def test_statistics_xlsx_counts_by_domain_and_neutralises_formulas(client, staff):
    import io

    from openpyxl import load_workbook

    desk.register_at_desk("information", data={**FILING, "domain": "budget"}, channel="paper", user=staff)
    client.force_login(staff)
    response = client.get(reverse("participation:desk_statistics", args=[timezone.localdate().year, "xlsx"]))
    rows = list(load_workbook(io.BytesIO(response.content)).active.iter_rows(values_only=True))
    # The desk works in Romanian here (the page's language): the statistics speak it too.
    assert ("Solicitări pe domenii", "Buget și cheltuieli", 1) in rows


def test_statistics_pdf_has_the_same_tables_as_the_xlsx(client, staff):
    from tests.core.test_pdf import pdf_text

    desk.register_at_desk("information", data={**FILING, "domain": "budget"}, channel="paper", user=staff)
    client.force_login(staff)
    year = timezone.localdate().year
    response = client.get(reverse("participation:desk_statistics", args=[year, "pdf"]))
    assert response["Content-Type"] == "application/pdf"
    text = pdf_text(response.content)
    assert "Solicitări pe domenii" in text and "Buget și cheltuieli" in text and str(year) in text


def test_staff_answer_a_complaint_on_the_desk_page_within_its_term(client, staff, information_request):
    desk.refuse(information_request, user=staff, outcome=Outcome.REFUSED_EXEMPT, reason="Exempt.")
    complaint = desk.file_complaint(information_request, body="It is not exempt.")
    client.force_login(staff)
    page = client.get(reverse("participation:desk_case", args=["information", information_request.pk]))
    assert "It is not exempt." in page.text
    assert complaint.answer_by.strftime("%d.%m.%Y") in page.text
    client.post(
        reverse("participation:desk_action", args=["information", information_request.pk, "complaint"]),
        {"complaint": complaint.pk, "text": "You are right, here it is.", "justified": "yes"},
    )
    complaint.refresh_from_db()
    assert complaint.justified is True and complaint.answer == "You are right, here it is."
    with pytest.raises(ParticipationError, match="complaint_answered"):
        desk.answer_complaint(complaint, user=staff, text="Again", justified=False)


def test_a_complaint_later_than_thirty_days_after_the_answer_is_refused(client, staff, information_request):
    desk.answer(information_request, user=staff, text="Here it is.")
    with freeze_time(timezone.now() + timedelta(days=31)):
        response = client.post(
            reverse("participation:track", args=[information_request.tracking_token]),
            {"body": "Too late?"},
            follow=True,
        )
    assert "O reclamație se poate face în 30 de zile" in response.text
    assert not information_request.complaints.exists()


def test_an_answered_request_is_published_as_frequently_requested_information(
    client, staff, information_request
):
    desk.answer(information_request, user=staff, text="Monday to Friday, 9 to 13. Dear Ms Haddad...")
    client.force_login(staff)
    client.post(
        reverse("participation:desk_action", args=["information", information_request.pk, "publish"]),
        {"question": "When is the immigration office open?", "answer": "Monday to Friday, 9 to 13."},
    )
    client.logout()
    page = client.get(reverse("participation:frequently_requested")).content.decode()
    assert "When is the immigration office open?" in page and "Monday to Friday, 9 to 13." in page
    assert "Haddad" not in page
    assert (
        reverse("participation:frequently_requested")
        in client.get(reverse("participation:file_case", args=["information"])).content.decode()
    )
    assert ModelLogEntry.objects.filter(action="participation.frequent_answer").exists()


def test_an_open_or_refused_request_cannot_be_published(staff, information_request):
    with pytest.raises(ParticipationError, match="not_answered"):
        desk.publish_frequent_answer(information_request, user=staff, question="Q", answer="A")
    desk.refuse(information_request, user=staff, outcome=Outcome.REFUSED_EXEMPT, reason="Exempt.")
    with pytest.raises(ParticipationError, match="not_answered"):
        desk.publish_frequent_answer(information_request, user=staff, question="Q", answer="A")
