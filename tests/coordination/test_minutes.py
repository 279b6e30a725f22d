import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from pypdf import PdfReader

from accounts import roles
from coordination import services
from coordination.models import AgendaItem, Minutes, MinutesStatus, MinutesVersion
from library.models import Audience, DocumentKind, LibraryDocument

from .conftest import COORDINATING_ROLES, EVERY_ROLE, assert_refused, docx_upload, odt_upload, pdf_upload
from .factories import MeetingFactory, TeamMemberFactory, add_members

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("make_upload", [pdf_upload, docx_upload, odt_upload])
def test_coordinator_uploads_pdf_docx_or_odt(coordinator, meeting, make_upload):
    minutes = services.upload_minutes(meeting, upload=make_upload(), user=coordinator)
    assert minutes.file and minutes.status == MinutesStatus.DRAFT
    assert minutes.versions.count() == 1


def _meeting_snapshot(meeting):
    return (
        list(Minutes.objects.filter(meeting=meeting).values()),
        MinutesVersion.objects.count(),
        list(AgendaItem.objects.filter(meeting=meeting).values()),
        meeting.title,
    )


BAD_UPLOADS = {
    "empty": (lambda: SimpleUploadedFile("minutes.pdf", b""), "is empty"),
    "wrong extension": (
        lambda: SimpleUploadedFile("minutes.exe", b"MZ\x90\x00"),
        "are not accepted here. Allowed types: docx, odt, pdf",
    ),
    "content not matching": (
        lambda: SimpleUploadedFile("minutes.pdf", b"<html>not a pdf</html>"),
        "is not a real PDF file",
    ),
    "fake docx": (
        lambda: SimpleUploadedFile("minutes.docx", b"PK\x03\x04 broken zip"),
        "is not a real DOCX file",
    ),
    "too big": (lambda: SimpleUploadedFile("minutes.pdf", b"%PDF-" + b"0" * (1024 * 1024 + 1)), "too big"),
}


@pytest.mark.parametrize("case", BAD_UPLOADS)
def test_bad_upload_is_refused_and_nothing_changes(client, coordinator, settings, case):
    settings.COORDINATION_MINUTES_MAX_UPLOAD_MB = 1
    meeting = MeetingFactory()
    AgendaItem.objects.create(meeting=meeting, position=1, title="Raport")
    services.save_minutes(meeting, item_summaries={}, decisions="Decizia 1", user=coordinator)
    before = _meeting_snapshot(meeting)
    make_upload, message = BAD_UPLOADS[case]
    client.force_login(coordinator)
    response = client.post(
        reverse("coordination:minutes_upload", kwargs={"pk": meeting.pk}), {"file": make_upload()}
    )
    assert response.status_code == 400
    assert message in response.content.decode()
    meeting.refresh_from_db()
    assert _meeting_snapshot(meeting) == before


def test_written_minutes_keep_every_version_and_versions_are_immutable(coordinator, meeting):
    item = AgendaItem.objects.create(meeting=meeting, position=1, title="Mecanism de referire")
    services.save_minutes(
        meeting, item_summaries={str(item.pk): "Prima variantă"}, decisions="", user=coordinator
    )
    services.save_minutes(
        meeting, item_summaries={str(item.pk): "A doua variantă"}, decisions="Aprobat", user=coordinator
    )
    versions = list(meeting.minutes.versions.order_by("number"))
    assert [v.content["agenda"][0]["summary"] for v in versions] == ["Prima variantă", "A doua variantă"]
    with pytest.raises(ValidationError):
        versions[0].save()
    with pytest.raises(ValidationError):
        versions[0].delete()


def test_summary_for_another_meetings_agenda_item_is_refused(coordinator, meeting):
    foreign = AgendaItem.objects.create(meeting=MeetingFactory(), position=1, title="Altă ședință")
    with pytest.raises(ValidationError):
        services.save_minutes(meeting, item_summaries={str(foreign.pk): "x"}, decisions="", user=coordinator)
    assert not Minutes.objects.exists()


def test_approval_files_written_minutes_as_a_generated_pdf_in_the_members_library(coordinator, meeting):
    item = AgendaItem.objects.create(meeting=meeting, position=1, title="Raportul anual")
    services.save_minutes(
        meeting,
        item_summaries={str(item.pk): "Discutat și aprobat."},
        decisions="Se aprobă raportul.",
        user=coordinator,
    )
    services.add_action_item(
        meeting,
        title="Trimite raportul",
        owner_member=meeting.body.members.first(),
        due_date=datetime.date(2026, 12, 1),
        user=coordinator,
    )
    minutes = services.approve_minutes(meeting.minutes, user=coordinator)
    document = minutes.document
    assert (document.kind, document.audience) == (DocumentKind.MINUTES, Audience.MEMBERS)
    text = "".join(page.extract_text() for page in PdfReader(document.file.open("rb")).pages)
    assert "Raportul anual" in text and "Trimite raportul" in text
    assert minutes.versions.last().status == MinutesStatus.APPROVED
    with pytest.raises(ValidationError):
        services.save_minutes(meeting, item_summaries={}, decisions="changed", user=coordinator)


def test_uploaded_file_is_what_the_library_keeps(coordinator, meeting):
    services.upload_minutes(meeting, upload=pdf_upload("proces-verbal.pdf"), user=coordinator)
    minutes = services.approve_minutes(meeting.minutes, user=coordinator)
    assert minutes.document.file.read().startswith(b"%PDF-1.4")


def test_empty_minutes_cannot_be_approved(coordinator, meeting):
    services.save_minutes(meeting, item_summaries={}, decisions="", user=coordinator)
    with pytest.raises(ValidationError):
        services.approve_minutes(meeting.minutes, user=coordinator)


def test_chair_approves_but_an_ordinary_member_cannot(coordinator, make_user, meeting):
    chair_user, member_user = make_user(roles.TEAM_MEMBERS), make_user(roles.TEAM_MEMBERS)
    chair = TeamMemberFactory(user=chair_user)
    add_members(meeting.body, chair, TeamMemberFactory(user=member_user), chair=chair)
    services.save_minutes(meeting, item_summaries={}, decisions="Decizie", user=coordinator)
    with pytest.raises(PermissionDenied):
        services.approve_minutes(meeting.minutes, user=member_user)
    assert services.approve_minutes(meeting.minutes, user=chair_user).status == MinutesStatus.APPROVED


def test_approval_at_a_later_meeting_of_the_same_body(coordinator, meeting):
    services.save_minutes(meeting, item_summaries={}, decisions="Decizie", user=coordinator)
    earlier = MeetingFactory(body=meeting.body, starts_at=meeting.starts_at - datetime.timedelta(days=90))
    with pytest.raises(ValidationError):
        services.approve_minutes(meeting.minutes, at_meeting=earlier, user=coordinator)
    later = MeetingFactory(body=meeting.body, starts_at=meeting.starts_at + datetime.timedelta(days=1))
    assert (
        services.approve_minutes(meeting.minutes, at_meeting=later, user=coordinator).approved_at_meeting
        == later
    )


def test_publishing_to_the_public_moves_the_library_document(coordinator, meeting):
    services.save_minutes(meeting, item_summaries={}, decisions="Decizie", user=coordinator)
    with pytest.raises(ValidationError):
        services.publish_minutes(meeting.minutes, audience=Audience.PUBLIC, user=coordinator)
    services.approve_minutes(meeting.minutes, user=coordinator)
    minutes = services.publish_minutes(meeting.minutes, audience=Audience.PUBLIC, user=coordinator)
    document = LibraryDocument.objects.get(pk=minutes.document_id)
    assert document.audience == Audience.PUBLIC
    assert document.collection.get_view_restrictions().count() == 0
    assert minutes.is_public


@pytest.mark.parametrize("role", EVERY_ROLE)
def test_only_coordinators_upload_minutes(client_for, role, meeting):
    response = client_for(role).post(
        reverse("coordination:minutes_upload", kwargs={"pk": meeting.pk}), {"file": pdf_upload()}
    )
    if role in COORDINATING_ROLES:
        assert response.status_code == 302 and Minutes.objects.exists()
    else:
        assert_refused(response, role)
        assert not Minutes.objects.exists()
