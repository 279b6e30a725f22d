"""Complaints about the centre's services: filed by anyone on a form or through the API,
registered and acknowledged at once with the date the answer is due, answered by the desk and
marked justified or not."""

import re
from datetime import timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.models import ModelLogEntry

from participation import deadlines, queries
from participation.errors import ParticipationError
from participation.models import Complaint
from participation.services import complaints, desk

pytestmark = pytest.mark.django_db


def file(**overrides):
    data = {
        "name": "Jean-Baptiste N.",
        "email": "jb@example.org",
        "subject": "Two hours at the counter",
        "body": "Only one adviser on Thursday morning.",
        "language": "fr",
        **overrides,
    }
    return complaints.file_service_complaint(**data)


def test_a_complaint_filed_on_the_form_is_registered_and_acknowledged_with_its_due_date(
    client, django_capture_on_commit_callbacks
):
    with translation.override("en"):
        url = reverse("participation:complaint_new")
    with django_capture_on_commit_callbacks(execute=True):
        page = client.post(
            url,
            {"name": "Ana", "email": "ana@example.org", "subject": "Rude answer", "body": "At the counter."},
            follow=True,
        )
    complaint = Complaint.objects.get()
    year = timezone.localdate().year
    assert complaint.reference == f"REC-{year}-00001"
    assert complaint.due_on == timezone.localdate() + timedelta(days=deadlines.PETITION_ANSWER_DAYS)
    assert complaint.reference in page.text and complaint.due_on.strftime("%Y") in page.text
    assert mail.outbox[-1].to == ["ana@example.org"]
    tracking = re.search(r"https?://\S+/complaints/\S+/", mail.outbox[-1].body).group(0)
    assert complaint.tracking_token in tracking and complaint.due_on.isoformat() in mail.outbox[-1].body
    assert ModelLogEntry.objects.filter(action="participation.service_complaint").exists()


def test_a_complaint_without_name_or_valid_address_is_refused_and_nothing_is_saved(client):
    with pytest.raises(ParticipationError) as refused:
        file(name="")
    assert refused.value.code == "complainant_required"
    response = client.post(
        "/api/participation/complaints",
        {"name": "Ana", "email": "not-an-address", "subject": "S", "body": "B"},
        content_type="application/json",
    )
    assert response.status_code == 400 and response.json()["detail"]
    assert not Complaint.objects.exists()


def test_numbers_follow_each_other_and_the_api_tracks_by_token_only(client):
    first, second = file(), file()
    assert second.number == first.number + 1
    tracked = client.get(f"/api/participation/complaints/{second.tracking_token}").json()
    assert tracked["reference"] == second.reference and tracked["answered"] is False
    assert client.get(f"/api/participation/complaints/{'x' * 32}").status_code == 404


def test_the_desk_answers_a_complaint_as_justified_and_the_complainant_sees_it(
    client, staff, django_capture_on_commit_callbacks
):
    complaint = file()
    client.force_login(staff)
    with translation.override("en"):
        desk_url = reverse("participation:complaint_desk")
        answer_url = reverse("participation:complaint_answer", args=[complaint.pk])
        track_url = reverse("participation:complaint_track", args=[complaint.tracking_token])
    assert complaint.reference in client.get(desk_url).text
    with django_capture_on_commit_callbacks(execute=True):
        client.post(answer_url, {"text": "You are right: two advisers from now on.", "justified": "yes"})
    complaint.refresh_from_db()
    assert complaint.justified is True and complaint.answered_by == staff
    assert mail.outbox[-1].to == ["jb@example.org"] and complaint.tracking_token in mail.outbox[-1].body
    client.logout()
    page = client.get(track_url).text
    assert "two advisers from now on" in page and "Answered: justified" in page
    entry = ModelLogEntry.objects.get(action="participation.complaint_answer")
    assert entry.data["justified"] is True and entry.data["late"] is False


def test_a_complaint_is_answered_once_and_an_answer_needs_text(staff):
    complaint = file()
    with pytest.raises(ParticipationError):
        complaints.answer_service_complaint(complaint, user=staff, text=" ", justified=False)
    complaints.answer_service_complaint(complaint, user=staff, text="No.", justified=False)
    with pytest.raises(ParticipationError) as again:
        complaints.answer_service_complaint(complaint, user=staff, text="Yes.", justified=True)
    assert again.value.code == "complaint_answered"
    complaint.refresh_from_db()
    assert (complaint.answer, complaint.justified) == ("No.", False)


def test_the_desk_lists_unanswered_complaints_first_with_overdue_ones_flagged(client, staff):
    answered, overdue = file(subject="Answered"), file(subject="Late one")
    complaints.answer_service_complaint(answered, user=staff, text="Done.", justified=False)
    Complaint.objects.filter(pk=overdue.pk).update(due_on=timezone.localdate() - timedelta(days=1))
    assert [item.subject for item in queries.desk_service_complaints()] == ["Late one", "Answered"]
    client.force_login(staff)
    listed = client.get("/api/participation/desk/complaints?open_only=true").json()
    assert [item["subject"] for item in listed] == ["Late one"]
    with translation.override("en"):
        page = client.get(reverse("participation:complaint_desk")).text
    assert 'class="overdue"' in page


def test_service_complaints_are_counted_apart_from_complaints_about_requests(staff, information_request):
    complaints.answer_service_complaint(file(), user=staff, text="Right.", justified=True)
    file()
    answered = desk.answer(information_request, user=staff, text="Here it is.")
    desk.file_complaint(answered, body="Incomplete answer.")
    figures = queries.annual_statistics(timezone.localdate().year)
    assert (figures["service_complaints"], figures["service_complaints_justified"]) == (2, 1)
    assert (figures["complaints"], figures["complaints_justified"]) == (1, 0)
