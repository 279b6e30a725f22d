"""Organiser pages and endpoints, for every role: only Coordinators, superusers and the event's own
organiser may see attendees, check people in, mark attendance or export. Editors publish events but
never see who registered: the answers hold access needs, which are health details."""

from datetime import timedelta
from io import BytesIO

import pytest
from django.utils import timezone
from openpyxl import load_workbook

from events import services
from events.models import CourseSession, EventKind, Registration
from tests.conftest import ALL_ROLES

ALLOWED = {"Coordinators", "superuser"}
ROLES = ["anonymous", *ALL_ROLES, "superuser"]


@pytest.fixture
def course_with_learner(make_event, make_user):
    course = make_event(kind=EventKind.LANGUAGE_COURSE, title="Română A1", certificate_threshold=1)
    # Attendance is marked only once a session has begun: this one was yesterday.
    yesterday = timezone.now() - timedelta(days=1)
    session = CourseSession.objects.create(
        course=course, start=yesterday, end=yesterday + timedelta(hours=2), topic="Salutul"
    )
    registration = services.register(make_user(first_name="Amina", last_name="Haddad"), course)
    return course, session, registration


def client_for(role, client, make_user):
    if role == "superuser":
        client.force_login(make_user(superuser=True))
    elif role != "anonymous":
        client.force_login(make_user(role))
    return client


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize(
    "page", ["attendees/", "attendees.csv", "attendees.xlsx", "sessions/{session}/attendance/"]
)
def test_organiser_pages_by_role(role, page, course_with_learner, client, make_user):
    course, session, registration = course_with_learner
    client = client_for(role, client, make_user)
    response = client.get(f"/ro/events/{course.pk}/" + page.format(session=session.pk))
    if role in ALLOWED:
        assert response.status_code == 200
        if page == "attendees/":
            assert "Amina Haddad" in response.content.decode()
    elif role == "anonymous":
        assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    else:
        assert response.status_code == 403
        assert b"Amina" not in response.content


@pytest.mark.parametrize("role", ROLES)
def test_check_in_page_by_role(role, course_with_learner, client, make_user):
    course, _session, registration = course_with_learner
    client = client_for(role, client, make_user)
    client.post(f"/ro/events/{course.pk}/check-in/", {"code": registration.check_in_code})
    registration.refresh_from_db()
    assert (registration.checked_in_at is not None) == (role in ALLOWED)


@pytest.mark.parametrize("role", ROLES)
def test_attendance_marking_by_role(role, course_with_learner, client, make_user):
    course, session, registration = course_with_learner
    client = client_for(role, client, make_user)
    client.post(f"/ro/events/{course.pk}/sessions/{session.pk}/attendance/", {"present": [registration.pk]})
    assert session.attendances.filter(present=True).exists() == (role in ALLOWED)


def test_the_events_own_organiser_sees_the_attendees(make_event, make_user, client):
    organiser = make_user("Volunteers")
    event = make_event(organiser_user=organiser)
    client.force_login(organiser)
    assert client.get(f"/ro/events/{event.pk}/attendees/").status_code == 200


def test_exports_hold_the_attendees_and_neutralise_formulas(course_with_learner, make_user, client):
    course, _session, _registration = course_with_learner
    services.register(make_user(first_name="=HYPERLINK(1)"), course)
    client.force_login(make_user("Coordinators"))
    csv_text = client.get(f"/ro/events/{course.pk}/attendees.csv").content.decode("utf-8-sig")
    assert "Amina Haddad" in csv_text and "'=HYPERLINK(1)" in csv_text
    workbook = load_workbook(BytesIO(client.get(f"/ro/events/{course.pk}/attendees.xlsx").content))
    names = [row[0].value for row in workbook.active.iter_rows(min_row=2)]
    assert "Amina Haddad" in names


def test_attendees_page_query_count_does_not_grow(
    make_event, make_user, client, django_assert_max_num_queries
):
    event = make_event(capacity=50)
    client.force_login(make_user("Coordinators"))
    services.register(make_user(), event)
    with django_assert_max_num_queries(40) as few:
        client.get(f"/ro/events/{event.pk}/attendees/")
    for _ in range(10):
        services.register(make_user(), event)
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get(f"/ro/events/{event.pk}/attendees/")


def test_attendance_for_someone_not_registered_changes_nothing(course_with_learner, make_user, client):
    course, session, registration = course_with_learner
    client.force_login(make_user("Coordinators"))
    response = client.post(
        f"/ro/events/{course.pk}/sessions/{session.pk}/attendance/", {"present": ["999999", "x"]}
    )
    assert response.status_code == 200
    assert not session.attendances.exists()
    assert Registration.objects.count() == 1


def test_admin_page_listing_links_to_the_attendees(make_event, make_user, client):
    event = make_event()
    client.force_login(make_user(superuser=True))
    response = client.get(f"/admin/pages/{event.get_parent().pk}/")
    assert f"/events/{event.pk}/attendees/" in response.content.decode()


def test_scanning_the_qr_code_opens_the_check_in_form_with_the_code(make_event, make_user, client):
    event = make_event()
    registration = services.register(make_user(), event)
    client.force_login(make_user("Coordinators"))
    page = client.get(f"/ro/events/{event.pk}/attendees/?code={registration.check_in_code}").content.decode()
    assert f'value="{registration.check_in_code}"' in page
