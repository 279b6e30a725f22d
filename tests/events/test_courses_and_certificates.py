from datetime import timedelta
from io import BytesIO

import pytest
from django.utils import timezone
from pypdf import PdfReader

from accounts.models import Profile
from events import services
from events.models import Certificate, CourseSession, EventKind


@pytest.fixture
def course(make_event):
    course = make_event(
        kind=EventKind.LANGUAGE_COURSE, title="Limba română A1", level="A1", certificate_threshold=2
    )
    # Sessions already held: attendance cannot be marked ahead.
    for number in range(3):
        start = timezone.now() - timedelta(days=10 - number)
        CourseSession.objects.create(
            course=course, start=start, end=start + timedelta(hours=2), topic=f"Lecția {number + 1}"
        )
    return course


def attend(course, registration, sessions):
    coordinator = course.organiser_user
    for session in course.sessions.all()[:sessions]:
        services.mark_attendance(coordinator, session, [registration.pk])


@pytest.fixture
def learner_registration(course, make_user):
    course.organiser_user = make_user("Volunteers")
    course.save()
    return services.register(make_user(first_name="Yusuf", last_name="Karimi"), course)


def test_learner_below_the_threshold_gets_no_certificate(course, learner_registration, client):
    attend(course, learner_registration, 1)
    client.force_login(learner_registration.user)
    response = client.post(f"/ro/events/registrations/{learner_registration.pk}/certificate/")
    assert response.status_code == 302
    assert not Certificate.objects.exists()


@pytest.mark.parametrize("language,expected", [("ro", "Certificat"), ("ar", None), ("uk", None)])
def test_learner_who_attended_enough_gets_a_pdf_anyone_can_verify(
    language, expected, course, learner_registration, client
):
    Profile.objects.update_or_create(
        user=learner_registration.user, defaults={"preferred_language": language}
    )
    attend(course, learner_registration, 2)
    client.force_login(learner_registration.user)
    client.post(f"/{language}/events/registrations/{learner_registration.pk}/certificate/")
    response = client.get(f"/{language}/events/registrations/{learner_registration.pk}/certificate.pdf")
    assert response["Content-Type"] == "application/pdf"
    text = "".join(page.extract_text() for page in PdfReader(BytesIO(response.content)).pages)
    certificate = Certificate.objects.get()
    assert certificate.code in text and "Limba română A1" in text
    assert "Certificat" in text
    client.logout()
    verify = client.get(f"/{language}/events/certificates/{certificate.code}/")
    assert verify.status_code == 200
    body = verify.content.decode()
    assert "Yusuf Karimi" in body and "Limba română A1" in body
    assert learner_registration.user.email not in body
    assert client.get(f"/{language}/events/certificates/NOSUCHCODE/").status_code == 404


def test_nobody_downloads_another_persons_certificate(course, learner_registration, make_user, client):
    attend(course, learner_registration, 3)
    services.issue_certificate(learner_registration)
    client.force_login(make_user("Coordinators"))
    assert (
        client.get(f"/ro/events/registrations/{learner_registration.pk}/certificate.pdf").status_code == 403
    )


def test_app_gets_the_certificate_and_downloads_it_in_the_requested_language(
    course, learner_registration, client
):
    client.force_login(learner_registration.user)
    url = f"/api/events/registrations/{learner_registration.pk}/certificate"
    attend(course, learner_registration, 1)
    refused = client.post(url, HTTP_ACCEPT_LANGUAGE="en")
    assert refused.status_code == 400
    assert refused.json()["detail"] == "You have not attended enough sessions for a certificate yet."
    assert client.get(f"{url}.pdf").status_code == 404

    attend(course, learner_registration, 2)
    issued = client.post(url).json()
    certificate = Certificate.objects.get()
    assert issued["code"] == certificate.code
    assert issued["verify_url"].endswith(f"/events/certificates/{certificate.code}/")
    assert client.post(url).json()["code"] == certificate.code  # issued once
    response = client.get(issued["download_url"], HTTP_ACCEPT_LANGUAGE="ro")
    assert response["Content-Type"] == "application/pdf"
    text = "".join(page.extract_text() for page in PdfReader(BytesIO(response.content)).pages)
    assert certificate.code in text and "Certificat" in text


def test_nobody_gets_another_persons_certificate_through_the_api(
    course, learner_registration, make_user, client
):
    attend(course, learner_registration, 3)
    services.issue_certificate(learner_registration)
    client.force_login(make_user("Coordinators"))
    url = f"/api/events/registrations/{learner_registration.pk}/certificate"
    assert client.post(url).status_code == 403
    assert client.get(f"{url}.pdf").status_code == 403
