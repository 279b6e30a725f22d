"""Files kept with an information session for a group: added by the centre's staff, private
(never under the public media), checked on upload, and read by whoever may see the session."""

from pathlib import Path

from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry

from casework import services
from casework.models import Contact, ContactAttachment

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def test_staff_log_a_session_then_keep_its_attendance_sheet_with_it(client, staff_a, network_coordinator):
    client.force_login(staff_a)
    logged = client.post(
        reverse("casework:group_session"),
        {
            "date": timezone.localdate().isoformat(),
            "service": "information",
            "domains": ["employment"],
            "channel": "in_person",
            "language_help": "none",
            "duration_minutes": 60,
            "participant_count": 9,
            "codes": "",
        },
    )
    page_url = logged["Location"]
    assert page_url.startswith("/") and "group-sessions" in page_url
    sheet = SimpleUploadedFile("attendance.pdf", PDF, content_type="application/pdf")
    assert client.post(page_url, {"title": "Attendance sheet", "file": sheet}).status_code == 302
    attachment = ContactAttachment.objects.get()
    stored = Path(attachment.file.path)
    assert stored.is_relative_to(settings.PRIVATE_MEDIA_ROOT)
    assert not stored.is_relative_to(settings.MEDIA_ROOT)
    page = client.get(page_url).content.decode()
    assert "Attendance sheet" in page
    file_url = reverse("casework:group_contact_file", args=[attachment.contact_id, attachment.pk])
    assert file_url in page
    assert page_url in client.get(reverse("casework:counter")).content.decode()
    client.force_login(network_coordinator)
    download = client.get(file_url)
    assert download.status_code == 200 and download["Cache-Control"] == "private, no-store"
    assert b"".join(download.streaming_content) == PDF
    assert ModelLogEntry.objects.filter(
        action="casework.view_session_file", user=network_coordinator
    ).exists()


def test_another_centre_neither_sees_nor_adds_files(client, staff_b, group_session, group_session_file):
    client.force_login(staff_b)
    page_url = reverse("casework:group_contact", args=[group_session.pk])
    file_url = reverse("casework:group_contact_file", args=[group_session.pk, group_session_file.pk])
    assert client.get(page_url).status_code == 403
    assert client.get(file_url).status_code == 403
    sheet = SimpleUploadedFile("more.pdf", PDF, content_type="application/pdf")
    assert client.post(page_url, {"title": "More", "file": sheet}).status_code == 403
    assert ContactAttachment.objects.count() == 1


def test_the_coordinator_reads_but_does_not_add(client, network_coordinator, group_session):
    client.force_login(network_coordinator)
    page_url = reverse("casework:group_contact", args=[group_session.pk])
    assert 'type="file"' not in client.get(page_url).content.decode()
    sheet = SimpleUploadedFile("more.pdf", PDF, content_type="application/pdf")
    client.post(page_url, {"title": "More", "file": sheet})
    assert not ContactAttachment.objects.exists()


def test_disguised_or_missing_files_are_refused_with_a_message(client, staff_a, group_session):
    client.force_login(staff_a)
    page_url = reverse("casework:group_contact", args=[group_session.pk])
    disguised = SimpleUploadedFile("sheet.pdf", b"MZ\x90\x00", content_type="application/pdf")
    answer = client.post(page_url, {"title": "x", "file": disguised}, follow=True)
    assert answer.status_code == 200 and len(list(answer.context["messages"])) == 1
    client.post(page_url, {"title": "x"})
    script = SimpleUploadedFile("sheet.html", b"<script>", content_type="text/html")
    client.post(page_url, {"title": "x", "file": script})
    assert not ContactAttachment.objects.exists()


def test_a_session_for_one_person_takes_no_files(client, staff_a, contact):
    client.force_login(staff_a)
    assert client.get(reverse("casework:group_contact", args=[contact.pk])).status_code == 404


def test_a_session_names_participants_by_code_even_a_merged_duplicates(
    client, staff_a, lead_a, staff_b, register
):
    kept, duplicate = register(), register()
    services.merge_duplicates(lead_a, keep=kept, duplicate=duplicate)
    session = {
        "date": timezone.localdate().isoformat(),
        "service": "information",
        "domains": ["residence"],
        "channel": "outreach",
        "language_help": "mediator",
        "duration_minutes": 90,
        "participant_count": 15,
    }
    client.force_login(staff_b)
    unknown = client.post(
        reverse("casework:group_session"), {**session, "codes": f"{kept.code}, CJ-1999-000999"}
    )
    assert unknown.status_code == 200 and not Contact.objects.exists()
    logged = client.post(reverse("casework:group_session"), {**session, "codes": f"{duplicate.code.lower()}"})
    assert logged.status_code == 302
    contact = Contact.objects.get()
    assert contact.centre.code == "TM" and contact.participant_count == 15
    assert list(contact.participants.values_list("visitor_id", flat=True)) == [kept.pk]
