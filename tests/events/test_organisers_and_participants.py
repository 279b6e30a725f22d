"""What participants and organisers saw go wrong: the QR code, the raw `none` level, the organiser
drop-down, places freed in the admin, cancellation links that never expired."""

from datetime import timedelta
from io import BytesIO
from xml.etree import ElementTree

import pytest
from django.contrib.auth.models import Group
from django.core import mail, signing
from django.urls import reverse
from django.utils import timezone
from freezegun import freeze_time
from openpyxl import load_workbook

from accounts.models import Profile
from events import services
from events.models import CourseSession, EventKind, EventPage, Registration
from events.notifications import cancel_token
from events.recurrence import occurrences

SVG_NAMESPACE = "{http://www.w3.org/2000/svg}"


def test_the_check_in_qr_code_is_an_svg_image_browsers_can_show(make_event, make_user, client):
    person = make_user()
    registration = services.register(person, make_event())
    client.force_login(person)
    response = client.get(f"/ro/events/registrations/{registration.pk}/qr.svg")
    assert response["Content-Type"] == "image/svg+xml"
    root = ElementTree.fromstring(response.content)
    assert root.tag == f"{SVG_NAMESPACE}svg"
    assert root.find(f"{SVG_NAMESPACE}path") is not None


@pytest.fixture
def beginner_registration(make_event, make_user):
    event = make_event(ask_language_level=True, title="Curs")
    person = make_user(first_name="Olena", last_name="Kovalenko")
    return services.register(person, event, answers={"language_level": "none"})


@pytest.mark.parametrize("language", ["ro", "en"])
def test_attendee_table_and_exports_show_the_level_label_not_the_code(
    language, beginner_registration, make_user, client
):
    from django.utils import translation

    event = beginner_registration.event
    client.force_login(make_user("Coordinators"))
    with translation.override(language):
        expected = str(dict(Registration._meta.get_field("language_level").choices)["none"])
    page = client.get(f"/{language}/events/{event.pk}/attendees/").content.decode()
    assert expected in page and ">none<" not in page and " none<" not in page
    csv_text = client.get(f"/{language}/events/{event.pk}/attendees.csv").content.decode("utf-8-sig")
    assert expected in csv_text and ",none," not in csv_text
    workbook = load_workbook(BytesIO(client.get(f"/{language}/events/{event.pk}/attendees.xlsx").content))
    cells = [cell for row in workbook.active.iter_rows(min_row=2, values_only=True) for cell in row]
    assert expected in cells and "none" not in cells


def test_attendee_lists_use_the_printed_name_and_never_the_username(make_event, make_user, client):
    event = make_event()
    named = make_user(username="amina.test")
    Profile.objects.create(user=named, printed_name="أمينة حداد", printed_name_latin="Amina Haddad")
    unnamed = make_user(username="nobody.known", email="nobody@example.org")
    for person in (named, unnamed):
        services.register(person, event)
    client.force_login(make_user("Coordinators"))
    page = client.get(f"/ro/events/{event.pk}/attendees/").content.decode()
    assert "أمينة حداد" in page and "Amina Haddad" in page
    assert "amina.test" not in page and "nobody.known" not in page and "nobody@example.org" in page
    csv_text = client.get(f"/ro/events/{event.pk}/attendees.csv").content.decode("utf-8-sig")
    assert "Amina Haddad" in csv_text and "amina.test" not in csv_text and "nobody.known" not in csv_text
    names = [row["name"] for row in client.get(f"/api/events/{event.pk}/attendees").json()]
    assert "amina.test" not in names and "nobody.known" not in names


def test_attendee_list_queries_do_not_grow_with_attendees(
    make_event, make_user, client, django_assert_max_num_queries
):
    event = make_event(capacity=None)
    organiser = make_user("Coordinators")
    client.force_login(organiser)
    services.register(make_user(), event)
    yesterday = timezone.now() - timedelta(days=1)
    session = CourseSession.objects.create(course=event, start=yesterday, end=yesterday + timedelta(hours=2))
    urls = [
        f"/ro/events/{event.pk}/attendees/",
        f"/ro/events/{event.pk}/attendees.csv",
        f"/ro/events/{event.pk}/attendees.xlsx",
        f"/ro/events/{event.pk}/sessions/{session.pk}/attendance/",
        f"/api/events/{event.pk}/attendees",
    ]
    counts = {}
    for url in urls:
        with django_assert_max_num_queries(40) as few:
            client.get(url)
        counts[url] = len(few.captured_queries)
    for number in range(5):
        person = make_user()
        if number % 2:
            Profile.objects.create(user=person, printed_name=f"Persoana {number}")
        services.register(person, event)
    for url in urls:
        with django_assert_max_num_queries(counts[url]):
            client.get(url)


def test_the_organiser_drop_down_offers_only_people_who_may_organise(make_event, make_user, client):
    organisers = Group.objects.get_or_create(name="Event organisers")[0]
    editor, coordinator, organiser = make_user("Editors"), make_user("Coordinators"), make_user()
    organiser.groups.add(organisers)
    newcomer, volunteer = make_user("Participants"), make_user("Volunteers")
    event = make_event(organiser_user=volunteer)
    client.force_login(make_user(superuser=True))
    form = client.get(f"/admin/pages/{event.pk}/edit/").context["form"]
    offered = set(form.fields["organiser_user"].queryset)
    assert {editor, coordinator, organiser} <= offered
    assert newcomer not in offered
    # The one already chosen stays, so editing the event does not silently drop them.
    assert volunteer in offered
    new_event_form = client.get(f"/admin/pages/add/events/eventpage/{event.get_parent().pk}/").context["form"]
    assert volunteer not in set(new_event_form.fields["organiser_user"].queryset)


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    def run(service, *args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return service(*args, **kwargs)

    return run


def publish_with(event, **fields):
    for name, value in fields.items():
        setattr(event, name, value)
    event.save_revision().publish()


def test_raising_the_capacity_in_the_admin_promotes_people_waiting_in_order_and_tells_them(
    make_event, make_user, committed
):
    event = make_event(capacity=1)
    people = [make_user() for _ in range(4)]
    for person in people:
        services.register(person, event)
    mail.outbox.clear()
    committed(publish_with, EventPage.objects.get(pk=event.pk), capacity=3)
    statuses = [Registration.objects.get(user=person).status for person in people]
    assert statuses == ["confirmed", "confirmed", "confirmed", "waiting"]
    assert sorted(message.to[0] for message in mail.outbox) == sorted([people[1].email, people[2].email])


def test_removing_the_limit_promotes_everyone_waiting_for_every_date(make_event, make_user, committed):
    event = make_event(capacity=1, recurrence_rule="FREQ=DAILY;COUNT=2")
    dates = [occurrence.key for occurrence in occurrences(event)]
    people = [make_user() for _ in range(4)]
    for number, person in enumerate(people):
        services.register(person, event, dates[number % 2])
    committed(publish_with, EventPage.objects.get(pk=event.pk), capacity=None)
    assert set(Registration.objects.values_list("status", flat=True)) == {"confirmed"}


def test_raising_the_capacity_through_the_admin_form_promotes(make_event, make_user, client, committed):
    from wagtail.test.utils.form_data import querydict_from_html

    event = make_event(capacity=1)
    waiting = [make_user(), make_user()]
    for person in [make_user(), *waiting]:
        services.register(person, event)
    client.force_login(make_user(superuser=True))
    url = f"/admin/pages/{event.pk}/edit/"
    data = querydict_from_html(client.get(url).content.decode(), form_id="page-edit-form")
    data["capacity"] = "2"
    data["action-publish"] = "action-publish"
    response = committed(client.post, url, data)
    assert response.status_code == 302
    assert [Registration.objects.get(user=person).status for person in waiting] == ["confirmed", "waiting"]


@pytest.fixture
def urls_loaded():
    """Load the URLs (and the API's schemas) before freezing time: pydantic cannot build a schema
    from freezegun's fake date class."""
    reverse("events:my_registrations")


def test_a_cancellation_link_expires_and_then_points_to_the_account(
    make_event, make_user, client, settings, urls_loaded
):
    registration = services.register(make_user(), make_event(start=timezone.now() + timedelta(days=60)))
    token = cancel_token(registration)
    settings.EVENTS_CANCEL_LINK_MAX_AGE_DAYS = 30
    with freeze_time(timezone.now() + timedelta(days=31)):
        response = client.get(f"/ro/events/cancel/{token}/")
        assert response.status_code == 410
        assert 'href="/ro/events/my-registrations/"' in response.content.decode()
        client.post(f"/ro/events/cancel/{token}/")
    registration.refresh_from_db()
    assert registration.status == "confirmed"
    with freeze_time(timezone.now() + timedelta(days=29)):
        client.post(f"/ro/events/cancel/{token}/")
    registration.refresh_from_db()
    assert registration.status == "cancelled"


def test_a_cancellation_link_ends_when_the_event_has_ended(make_event, make_user, client, urls_loaded):
    event = make_event(start=timezone.now() + timedelta(days=1))
    registration = services.register(make_user(), event)
    token = cancel_token(registration)
    with freeze_time(event.end + timedelta(minutes=1)):
        assert client.get(f"/ro/events/cancel/{token}/").status_code == 410


def test_a_tampered_cancellation_link_is_not_found(make_event, make_user, client):
    registration = services.register(make_user(), make_event())
    assert client.get(f"/ro/events/cancel/{signing.dumps(registration.pk)}/").status_code == 404


def test_empty_calendar_feeds_are_valid_for_three_parsers(client, event_index):
    import ics
    import vobject
    from icalendar import Calendar

    for url in [
        "/ro/events/feeds/language/pl.ics",
        "/ro/events/feeds/all.ics",
        "/ro/events/feeds/kind/open_day.ics",
    ]:
        body = client.get(url).content.decode()
        assert Calendar.from_ical(body).walk("VTIMEZONE")
        parsed = vobject.readOne(body)
        assert parsed.name == "VCALENDAR"
        assert list(ics.Calendar(body).events) == []


@freeze_time("2026-10-01 12:00:00")
def test_calendar_feeds_with_events_parse_in_three_parsers(make_event, client):
    import ics
    import vobject
    from icalendar import Calendar

    from .conftest import local

    make_event(
        title="Club",
        start=local(2026, 10, 8, 18),
        recurrence_rule="FREQ=WEEKLY;BYDAY=TH;COUNT=3",
        languages=["pl"],
    )
    make_event(title="Zi deschisă", kind=EventKind.OPEN_DAY, start=local(2026, 10, 9, 10), languages=["pl"])
    body = client.get("/ro/events/feeds/language/pl.ics").content.decode()
    assert sorted(str(v["SUMMARY"]) for v in Calendar.from_ical(body).walk("VEVENT")) == [
        "Club",
        "Zi deschisă",
    ]
    assert sorted(v.summary.value for v in vobject.readOne(body).vevent_list) == ["Club", "Zi deschisă"]
    assert sorted(event.name for event in ics.Calendar(body).events) == ["Club", "Zi deschisă"]
