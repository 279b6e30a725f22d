"""The counter's pages as staff and newcomers use them."""

from datetime import timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry

from casework import services
from casework.models import Appointment, Contact, Visitor, VisitorIdentity

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def test_staff_register_a_visitor_in_one_form(client, staff_a):
    client.force_login(staff_a)
    response = client.post(
        reverse("casework:counter"),
        {
            "gender": "man",
            "citizenship": "af",
            "residence_category": "asylum_seeker",
            "consent_statistics": "on",
        },
    )
    visitor = Visitor.objects.get()
    assert response.status_code == 302 and response["Location"].endswith(f"/visitors/{visitor.pk}/")
    assert visitor.citizenship == "AF" and not VisitorIdentity.objects.exists()


def test_bad_registration_is_shown_in_the_persons_language_and_writes_nothing(client, staff_a):
    client.force_login(staff_a)
    response = client.post(
        "/fr/counter/", {"gender": "man", "citizenship": "af", "residence_category": "asylum_seeker"}
    )
    assert response.status_code == 200 and Visitor.objects.count() == 0
    assert response.context["form"].non_field_errors() == [
        "L’enregistrement nécessite le consentement de la personne ou une autre base légale."
    ]


def test_logging_a_contact_from_the_visitor_page(client, staff_a, visitor, institution):
    client.force_login(staff_a)
    response = client.post(
        reverse("casework:log_contact", args=[visitor.pk]),
        {
            "date": timezone.localdate().isoformat(),
            "service": "counselling",
            "domains": ["health"],
            "channel": "in_person",
            "language_help": "mediator",
            "duration_minutes": 30,
            "referral_institution": institution.pk,
        },
    )
    assert response.status_code == 302
    contact = Contact.objects.get()
    assert contact.language_help == "mediator" and contact.referral_institution == institution


def test_a_future_contact_is_refused_with_a_message(client, staff_a, visitor):
    client.force_login(staff_a)
    tomorrow = timezone.localdate() + timedelta(days=1)
    response = client.post(
        reverse("casework:log_contact", args=[visitor.pk]),
        {
            "date": tomorrow.isoformat(),
            "service": "information",
            "domains": ["housing"],
            "channel": "phone",
            "language_help": "none",
            "duration_minutes": 10,
        },
    )
    assert response.status_code == 200 and "Data nu poate fi în viitor." in response.content.decode()
    assert Contact.objects.count() == 0


def test_another_centre_sees_a_visitor_only_after_being_shown_the_code_and_never_the_name(
    client, staff_b, visitor
):
    client.force_login(staff_b)
    detail = reverse("casework:visitor_detail", args=[visitor.pk])
    assert client.get(detail).status_code == 403
    assert client.post(reverse("casework:find"), {"code": visitor.code.lower()})["Location"].endswith(
        f"/visitors/{visitor.pk}/"
    )
    page = client.get(detail)
    assert page.status_code == 200 and "Haddad" not in page.content.decode()
    assert ModelLogEntry.objects.filter(action="casework.view_visitor", user=staff_b).exists()


def test_the_slip_carries_the_code_and_its_qr(client, staff_a, visitor):
    client.force_login(staff_a)
    page = client.get(reverse("casework:slip", args=[visitor.pk])).content.decode()
    assert visitor.code in page and "<svg" in page


def test_the_scanned_form_is_private_to_the_registering_centre(client, staff_a, staff_b, visitor):
    client.force_login(staff_a)
    url = reverse("casework:registration_form", args=[visitor.pk])
    client.post(url, {"file": SimpleUploadedFile("form.pdf", PDF, content_type="application/pdf")})
    visitor.refresh_from_db()
    assert visitor.registration_form.name.startswith("casework/forms/")
    download = client.get(url)
    assert download.status_code == 200 and download["Cache-Control"] == "private, no-store"
    assert b"".join(download.streaming_content) == PDF
    client.force_login(staff_b)
    assert client.get(url).status_code == 403


def test_a_disguised_upload_is_refused(client, staff_a, visitor):
    client.force_login(staff_a)
    url = reverse("casework:registration_form", args=[visitor.pk])
    client.post(url, {"file": SimpleUploadedFile("form.pdf", b"MZ\x90\x00", content_type="application/pdf")})
    visitor.refresh_from_db()
    assert not visitor.registration_form


def test_newcomer_books_confirms_by_link_and_the_slot_fills(
    client, slot, mailoutbox, django_capture_on_commit_callbacks
):
    assert slot.starts_at.strftime("%H:%M")
    assert str(slot.pk) in client.get("/uk/appointments/").content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/uk/appointments/{slot.pk}/", {"topic": "residence", "mode": "phone", "email": "o@example.org"}
        )
    assert response.status_code == 200
    appointment = Appointment.objects.get()
    assert appointment.language == "uk" and appointment.status == "unverified"
    link = next(line for line in mailoutbox[0].body.splitlines() if "/appointments/confirm/" in line)
    path = link[link.index("/uk/") :]
    assert client.post(path).status_code == 200
    assert Appointment.objects.get().status == "booked"
    second = client.post(
        f"/uk/appointments/{slot.pk}/", {"topic": "health", "mode": "phone", "phone": "0722"}
    )
    assert Appointment.objects.count() == 1 and second.status_code == 200
    assert client.post("/uk/appointments/confirm/forged/").status_code == 404


def test_export_and_erase_from_the_page(client, lead_a, visitor):
    client.force_login(lead_a)
    url = reverse("casework:personal_data")
    export = client.post(url, {"code": visitor.code, "action": "export"})
    assert export["Content-Type"] == "application/json" and export.json()["identity"]["last_name"] == "Haddad"
    client.post(url, {"code": visitor.code, "action": "erase"})
    assert not VisitorIdentity.objects.filter(visitor=visitor).exists()
    assert client.post(url, {"code": "XX-0000", "action": "export"}).status_code == 200


def test_case_documents_reach_only_those_who_may_open_the_case(client, case, staff_a, staff_b):
    client.force_login(staff_a)
    client.post(
        reverse("casework:case_upload", args=[case.pk]),
        {"title": "Scrisoare medicală", "file": SimpleUploadedFile("scrisoare.pdf", PDF)},
    )
    document = case.documents.get()
    url = reverse("casework:case_document", args=[case.pk, document.pk])
    assert client.get(url).status_code == 200
    client.force_login(staff_b)
    assert client.get(url).status_code == 403


@pytest.mark.parametrize("name", ["counter", "case_list", "appointments", "report_list"])
def test_list_pages_do_not_grow_queries_with_rows(
    client, lead_a, register, staff_a, centre_a, name, django_assert_max_num_queries
):
    def add(count):
        for _ in range(count):
            person = register()
            services.open_case(
                staff_a, visitor=person, centre=centre_a, caseworker=staff_a, needs_assessment="Needs."
            )
            start = timezone.now() + timedelta(days=2, minutes=Appointment.objects.count() * 30 + 1)
            slot = services.create_slot(
                staff_a, centre_a, starts_at=start, ends_at=start + timedelta(minutes=20)
            )
            services.book_appointment(slot, topic="housing", language="ro", phone="0722", user=staff_a)

    client.force_login(lead_a)
    add(2)
    client.get(reverse(f"casework:{name}"))
    with django_assert_max_num_queries(25) as few:
        client.get(reverse(f"casework:{name}"))
    add(6)
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get(reverse(f"casework:{name}"))


def test_a_lead_sees_a_likely_duplicate_and_merges_it(client, lead_a, staff_a, register):
    first = register(last_name="Bondar")
    second = register(last_name="bondar")
    register(last_name="Kovalenko")
    client.force_login(lead_a)
    page = client.get(reverse("casework:visitor_detail", args=[first.pk])).content.decode()
    assert second.code in page and "Kovalenko" not in page
    client.post(reverse("casework:merge", args=[first.pk]), {"code": second.code})
    assert Visitor.objects.get(pk=second.pk).merged_into_id == first.pk
    client.force_login(staff_a)
    third = register(last_name="Bondar")
    client.post(reverse("casework:merge", args=[first.pk]), {"code": third.code})
    assert Visitor.objects.get(pk=third.pk).merged_into_id is None


def test_the_outcome_of_a_referral_is_recorded_and_another_centre_cannot(client, staff_a, staff_b, contact):
    url = reverse("casework:referral_outcome", args=[contact.pk])
    client.force_login(staff_b)
    client.post(url, {"outcome": "refused"})
    contact.refresh_from_db()
    assert contact.referral_outcome == "pending"
    client.force_login(staff_a)
    client.post(url, {"outcome": "resolved"})
    contact.refresh_from_db()
    assert contact.referral_outcome == "resolved"


def test_follow_ups_due_wait_at_the_counter_until_the_person_is_served_again(
    client, staff_a, staff_b, centre_a, visitor, register, django_assert_max_num_queries
):
    today = timezone.localdate()

    def serve(person, day, follow_up_on=None):
        return services.log_contact(
            staff_a,
            centre_a,
            visitors=[person],
            date=day,
            service="counselling",
            domains=["residence"],
            channel="phone",
            follow_up_on=follow_up_on,
        )

    serve(visitor, today - timedelta(days=20), follow_up_on=today - timedelta(days=2))
    later = register()
    serve(later, today, follow_up_on=today + timedelta(days=30))
    client.force_login(staff_a)
    due = list(client.get(reverse("casework:counter")).context["follow_ups"])
    assert [contact.participants.get().visitor for contact in due] == [visitor]
    client.force_login(staff_b)
    assert list(client.get(reverse("casework:counter")).context["follow_ups"]) == []
    client.force_login(staff_a)
    for _ in range(4):
        serve(register(), today - timedelta(days=1), follow_up_on=today)
    with django_assert_max_num_queries(40) as few:
        client.get(reverse("casework:counter"))
    counted = len(few.captured_queries)
    for _ in range(4):
        serve(register(), today - timedelta(days=1), follow_up_on=today)
    with django_assert_max_num_queries(counted):
        assert len(client.get(reverse("casework:counter")).context["follow_ups"]) == 9
    serve(visitor, today)
    assert visitor not in [
        contact.participants.get().visitor
        for contact in client.get(reverse("casework:counter")).context["follow_ups"]
    ]


def test_a_newcomer_chooses_the_language_of_the_counselling_and_is_written_to_in_the_page_language(
    client, slot, staff_a, centre_a, mailoutbox, django_capture_on_commit_callbacks
):
    centre_a.languages = "ro,ar,ps"
    centre_a.save()
    url = f"/en/appointments/{slot.pk}/"
    choices = [
        value for value, _label in client.get(url).context["form"].fields["counselling_language"].choices
    ]
    assert choices[0] == "en" and {"ar", "ps", "ro", "uk"} <= set(choices)
    refused = client.post(
        url, {"topic": "health", "mode": "phone", "email": "a@example.org", "counselling_language": "xx"}
    )
    assert refused.status_code == 200 and not Appointment.objects.exists()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            url,
            {"topic": "health", "mode": "in_person", "email": "a@example.org", "counselling_language": "ps"},
        )
    appointment = Appointment.objects.get()
    assert (appointment.language, appointment.counselling_language) == ("en", "ps")
    assert "Confirm your appointment" in mailoutbox[0].subject
    client.force_login(staff_a)
    row = client.get(reverse("casework:appointments")).content.decode()
    assert "· ps" in row
