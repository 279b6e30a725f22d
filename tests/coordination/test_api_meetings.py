import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from coordination import services
from coordination.models import (
    ActionItem,
    AgendaItem,
    Attendance,
    Invitation,
    Minutes,
    MinutesStatus,
    MinutesVersion,
)
from library.models import Audience

from .conftest import COORDINATING_ROLES, EVERY_ROLE, pdf_upload
from .factories import InstitutionFactory

pytestmark = pytest.mark.django_db


def test_coordinator_runs_a_meeting_through_the_api(
    client, coordinator, meeting, django_capture_on_commit_callbacks
):
    client.force_login(coordinator)
    base = f"/api/coordination/meetings/{meeting.pk}"
    first, second = meeting.body.members.order_by("pk")
    item = AgendaItem.objects.create(meeting=meeting, position=1, title="Mecanism de referire")
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(f"{base}/invitations").json() == {"invited": 2}
    response = client.put(
        f"{base}/attendance",
        {"present": [first.pk], "deputies": {str(second.pk): "Ioana Pop"}},
        content_type="application/json",
    )
    assert sorted(a["deputy_name"] for a in response.json()) == ["", "Ioana Pop"]
    assert client.post(f"{base}/minutes/file", {"file": pdf_upload()}).json()["status"] == "draft"
    response = client.put(
        f"{base}/minutes",
        {"item_summaries": {str(item.pk): "Agreat."}, "decisions": "Se adoptă."},
        content_type="application/json",
    )
    minutes_id = response.json()["id"]
    assert response.json()["item_summaries"] == {str(item.pk): "Agreat."}
    response = client.post(
        f"{base}/action-items",
        {"title": "Trimite formularul", "due_date": "2026-12-15", "owner_member_id": first.pk},
        content_type="application/json",
    )
    assert response.status_code == 201 and response.json()["owner"] == first.name
    response = client.post(
        f"{base}/action-items",
        {
            "title": "Listă de interpreți",
            "due_date": "2026-12-20",
            "owner_institution_id": InstitutionFactory().pk,
        },
        content_type="application/json",
    )
    assert response.status_code == 201
    assert (
        client.post(
            f"/api/coordination/minutes/{minutes_id}/approve", {}, content_type="application/json"
        ).json()["status"]
        == "approved"
    )
    response = client.post(
        f"/api/coordination/minutes/{minutes_id}/publish",
        {"audience": "public"},
        content_type="application/json",
    )
    assert (response.json()["status"], response.json()["audience"]) == ("published", "public")
    assert response.json()["document_url"]
    assert (
        Invitation.objects.count() == 2
        and Attendance.objects.count() == 2
        and ActionItem.objects.count() == 2
    )


@pytest.mark.parametrize("role", EVERY_ROLE)
def test_only_coordinators_upload_minutes_through_the_api(client_for, role, meeting):
    response = client_for(role).post(
        f"/api/coordination/meetings/{meeting.pk}/minutes/file", {"file": pdf_upload()}
    )
    if role in COORDINATING_ROLES:
        assert response.status_code == 200
    else:
        assert response.status_code == (401 if role is None else 403)
        assert not Minutes.objects.exists()


@pytest.mark.parametrize(
    "upload, message",
    [
        (SimpleUploadedFile("minutes.pdf", b""), "empty"),
        (SimpleUploadedFile("minutes.txt", b"hello"), "Allowed types: docx, odt, pdf"),
        (SimpleUploadedFile("minutes.odt", b"%PDF-1.4 pretending"), "is not a real ODT file"),
    ],
)
def test_bad_upload_through_the_api_is_refused_and_changes_nothing(
    client, coordinator, meeting, upload, message
):
    services.save_minutes(meeting, item_summaries={}, decisions="Decizie", user=coordinator)
    client.force_login(coordinator)
    response = client.post(
        f"/api/coordination/meetings/{meeting.pk}/minutes/file", {"file": upload}, HTTP_ACCEPT_LANGUAGE="en"
    )
    assert response.status_code == 400
    assert message in response.json()["detail"]
    minutes = Minutes.objects.get()
    assert not minutes.file and MinutesVersion.objects.count() == 1


def test_bad_management_input_is_a_clear_400(client, coordinator, meeting):
    client.force_login(coordinator)
    base = f"/api/coordination/meetings/{meeting.pk}"
    both_owners = {
        "title": "x",
        "due_date": "2026-12-01",
        "owner_member_id": meeting.body.members.first().pk,
        "owner_institution_id": InstitutionFactory().pk,
    }
    assert (
        client.post(f"{base}/action-items", both_owners, content_type="application/json").status_code == 400
    )
    assert (
        client.put(f"{base}/attendance", {"present": [999999]}, content_type="application/json").status_code
        == 400
    )
    assert (
        client.put(
            f"{base}/minutes", {"item_summaries": {"999999": "x"}}, content_type="application/json"
        ).status_code
        == 400
    )
    services.save_minutes(meeting, item_summaries={}, decisions="Decizie", user=coordinator)
    minutes_id = Minutes.objects.get().pk
    assert (
        client.post(
            f"/api/coordination/minutes/{minutes_id}/publish",
            {"audience": "public"},
            content_type="application/json",
        ).status_code
        == 400
    )
    services.approve_minutes(Minutes.objects.get(), user=coordinator)
    assert (
        client.post(
            f"/api/coordination/minutes/{minutes_id}/publish",
            {"audience": "everyone"},
            content_type="application/json",
        ).status_code
        == 400
    )
    assert Minutes.objects.get().status == MinutesStatus.APPROVED
    assert Minutes.objects.get().audience == Audience.MEMBERS
    assert not ActionItem.objects.exists() and not Attendance.objects.exists()
