"""Certificates carry the person's name as they want it printed (their script and a Latin
transliteration), never their username; they are issued by a POST, never by a GET; and no one is
marked present at, or certified for, a session that has not happened yet."""

from datetime import timedelta
from io import BytesIO

import pytest
from django.utils import timezone
from freezegun import freeze_time
from pypdf import PdfReader

from accounts.models import Profile
from events import services
from events.models import Attendance, Certificate, CourseSession, EventKind, Registration

from .conftest import local


@pytest.fixture
def course(make_event, make_user):
    course = make_event(
        kind=EventKind.LANGUAGE_COURSE,
        title="Limba română A1",
        level="A1",
        certificate_threshold=2,
        organiser_user=make_user("Coordinators"),
    )
    past = timezone.now() - timedelta(days=14)
    for number in range(3):
        start = past + timedelta(days=number * 3)
        CourseSession.objects.create(
            course=course, start=start, end=start + timedelta(hours=2), topic=f"L{number}"
        )
    return course


@pytest.fixture
def amina(make_user):
    return make_user(username="amina.test")


def registered(course, person):
    # A course that has begun no longer takes registrations; these people registered in time.
    return Registration.objects.create(event=course, user=person, status="confirmed")


def attend_all(course, registration):
    for session in course.sessions.all():
        services.mark_attendance(course.organiser_user, session, [registration.pk])


def pdf_text(response):
    return "".join(page.extract_text() for page in PdfReader(BytesIO(response.content)).pages)


def test_course_registration_asks_for_the_printed_name_when_missing_and_keeps_it(make_event, amina, client):
    course = make_event(kind=EventKind.LANGUAGE_COURSE, title="Română A1", certificate_threshold=2)
    client.force_login(amina)
    form = client.get(f"/ro/events/{course.pk}/register/").context["form"]
    assert {"printed_name", "printed_name_latin"} <= set(form.fields)
    response = client.post(f"/ro/events/{course.pk}/register/", {"printed_name": ""})
    assert response.status_code == 200 and "printed_name" in response.context["form"].errors
    assert not Registration.objects.exists()
    client.post(
        f"/ro/events/{course.pk}/register/",
        {"printed_name": "أمينة حداد", "printed_name_latin": "Amina Haddad"},
    )
    profile = Profile.objects.get(user=amina)
    assert (profile.printed_name, profile.printed_name_latin) == ("أمينة حداد", "Amina Haddad")
    assert Registration.objects.get(user=amina).status == "confirmed"
    other = make_event(kind=EventKind.LANGUAGE_COURSE, title="Română A2", certificate_threshold=2)
    assert "printed_name" not in client.get(f"/ro/events/{other.pk}/register/").context["form"].fields


def test_the_api_takes_the_printed_name_when_registering_for_a_course(make_event, amina, client):
    course = make_event(kind=EventKind.LANGUAGE_COURSE, title="Română A1", certificate_threshold=2)
    client.force_login(amina)
    response = client.post(
        f"/api/events/{course.pk}/registrations",
        {"printed_name": "Олена Коваленко", "printed_name_latin": "Olena Kovalenko"},
        content_type="application/json",
    )
    assert response.status_code == 201, response.content
    assert Profile.objects.get(user=amina).printed_name_latin == "Olena Kovalenko"


def test_certificate_and_verification_page_print_the_name_never_the_username(course, amina, client):
    Profile.objects.create(user=amina, printed_name="أمينة حداد", printed_name_latin="Amina Haddad")
    registration = registered(course, amina)
    attend_all(course, registration)
    client.force_login(amina)
    response = client.post(f"/ro/events/registrations/{registration.pk}/certificate/")
    assert response.status_code == 302
    certificate = Certificate.objects.get()
    text = pdf_text(client.get(response["Location"]))
    assert "Amina Haddad" in text and "amina.test" not in text
    assert "أمينة حداد" in text  # shaped, and extracted in reading order
    client.logout()
    page = client.get(f"/ro/events/certificates/{certificate.code}/").content.decode()
    assert "أمينة حداد" in page and "Amina Haddad" in page and "amina.test" not in page


def test_without_a_printed_name_the_full_name_is_used(course, make_user, client):
    person = make_user(username="y.karimi", first_name="Yusuf", last_name="Karimi")
    registration = registered(course, person)
    attend_all(course, registration)
    certificate = services.issue_certificate(registration)
    assert certificate.learner_name == "Yusuf Karimi"


def test_without_any_name_the_learner_is_asked_for_one_instead_of_printing_the_username(
    course, amina, client
):
    registration = registered(course, amina)
    attend_all(course, registration)
    client.force_login(amina)
    response = client.post(f"/ro/events/registrations/{registration.pk}/certificate/", follow=True)
    assert not Certificate.objects.exists()
    assert "amina.test" not in response.content.decode()
    assert [m.level_tag for m in response.context["messages"]] == ["error"]


def test_a_get_never_creates_a_certificate(course, amina, client):
    Profile.objects.create(user=amina, printed_name="Amina Haddad")
    registration = registered(course, amina)
    attend_all(course, registration)
    client.force_login(amina)
    response = client.get(f"/ro/events/registrations/{registration.pk}/certificate.pdf")
    assert response.status_code == 404
    assert not Certificate.objects.exists()
    assert client.get(f"/ro/events/registrations/{registration.pk}/certificate/").status_code == 405
    page = client.get("/ro/events/my-registrations/").content.decode()
    assert f'action="/ro/events/registrations/{registration.pk}/certificate/"' in page
    client.post(f"/ro/events/registrations/{registration.pk}/certificate/")
    assert Certificate.objects.count() == 1
    assert (
        client.get(f"/ro/events/registrations/{registration.pk}/certificate.pdf")["Content-Type"]
        == "application/pdf"
    )
    page = client.get("/ro/events/my-registrations/").content.decode()
    assert f'href="/ro/events/registrations/{registration.pk}/certificate.pdf"' in page


def test_others_can_neither_issue_nor_download_someone_elses_certificate(course, amina, make_user, client):
    Profile.objects.create(user=amina, printed_name="Amina Haddad")
    registration = registered(course, amina)
    attend_all(course, registration)
    client.force_login(make_user("Coordinators"))
    assert client.post(f"/ro/events/registrations/{registration.pk}/certificate/").status_code == 403
    services.issue_certificate(registration)
    assert client.get(f"/ro/events/registrations/{registration.pk}/certificate.pdf").status_code == 403
    client.logout()
    response = client.post(f"/ro/events/registrations/{registration.pk}/certificate/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


@pytest.mark.parametrize("hour", ["2026-12-02 21:30:00", "2026-12-02 22:30:00", "2026-12-02 08:00:00"])
def test_attendance_for_a_session_on_a_later_local_day_is_refused(hour, make_event, make_user):
    with freeze_time(hour):
        today = timezone.localdate()
        course = make_event(
            kind=EventKind.LANGUAGE_COURSE, certificate_threshold=1, start=timezone.now() + timedelta(days=1)
        )
        tomorrow_start = local(today.year, today.month, today.day, 17) + timedelta(days=1)
        tomorrow = CourseSession.objects.create(
            course=course, start=tomorrow_start, end=tomorrow_start + timedelta(hours=2)
        )
        today_start = local(today.year, today.month, today.day, 9)
        today_session = CourseSession.objects.create(
            course=course, start=today_start, end=today_start + timedelta(hours=2)
        )
        registration = services.register(make_user(first_name="Olena", last_name="Kovalenko"), course)
        organiser = make_user("Coordinators")
        with pytest.raises(services.RegistrationError):
            services.mark_attendance(organiser, tomorrow, [registration.pk])
        assert not Attendance.objects.filter(session=tomorrow).exists()
        services.mark_attendance(organiser, today_session, [registration.pk])
        assert Attendance.objects.get(session=today_session).present


def test_the_attendance_page_refuses_a_future_session_with_a_message(make_event, make_user, client):
    course = make_event(kind=EventKind.LANGUAGE_COURSE, certificate_threshold=1)
    session = CourseSession.objects.create(course=course, start=course.start, end=course.end)
    registration = services.register(make_user(first_name="Olena", last_name="Kovalenko"), course)
    client.force_login(make_user("Coordinators"))
    response = client.post(
        f"/ro/events/{course.pk}/sessions/{session.pk}/attendance/", {"present": [registration.pk]}
    )
    assert response.status_code == 200
    assert [m.level_tag for m in response.context["messages"]] == ["error"]
    assert not Attendance.objects.exists()


@freeze_time("2026-12-02 10:00:00")
def test_a_certificate_is_dated_by_the_last_session_attended_never_in_the_future(make_event, make_user):
    course = make_event(
        kind=EventKind.LANGUAGE_COURSE,
        certificate_threshold=2,
        start=local(2026, 11, 3, 17),
        end=local(2027, 1, 7, 19),
    )
    for day in (local(2026, 11, 3, 17), local(2026, 11, 10, 17), local(2027, 1, 7, 17)):
        CourseSession.objects.create(course=course, start=day, end=day + timedelta(hours=2))
    person = make_user(first_name="Amina", last_name="Haddad")
    registration = registered(course, person)
    organiser = make_user("Coordinators")
    for session in course.sessions.filter(start__lt=timezone.now()):
        services.mark_attendance(organiser, session, [registration.pk])
    certificate = services.issue_certificate(registration)
    assert certificate.completed_on == local(2026, 11, 10, 17).date()
    assert certificate.completed_on <= timezone.localdate()
