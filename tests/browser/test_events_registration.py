import pytest

from events import services
from events.models import Registration
from tests.events.conftest import event_index, make_event  # noqa: F401 - fixtures

pytestmark = pytest.mark.django_db(transaction=True)


def test_participant_registers_sees_the_confirmation_and_cancels(tab, sign_in, make_event, make_user):  # noqa: F811
    event = make_event(title="Atelier culinar: sarmale și tabbouleh", ask_childcare=True, capacity=12)
    person = make_user("Participants")
    sign_in(tab, person)
    tab.goto(event.url)
    tab.get_by_role("link", name="Înscrie-te").first.click()
    tab.get_by_label("Am nevoie de supraveghere pentru copii").check()
    tab.get_by_role("button", name="Confirmă înscrierea").click()
    registration = Registration.objects.get(user=person)
    status = tab.locator(".event-status")
    assert registration.check_in_code in status.inner_text()
    assert tab.evaluate("document.documentElement.scrollWidth") <= 360
    tab.get_by_role("button", name="Anulează înscrierea mea").click()
    assert tab.get_by_role("link", name="Înscrie-te").first.is_visible()
    registration.refresh_from_db()
    assert registration.status == "cancelled"


def test_organiser_checks_a_person_in_by_code(tab, sign_in, make_event, make_user):  # noqa: F811
    event = make_event(title="Sesiune de orientare")
    registration = services.register(make_user(first_name="Olena", last_name="Kovalenko"), event)
    sign_in(tab, make_user("Coordinators"))
    tab.goto(f"/ro/events/{event.pk}/attendees/")
    tab.get_by_label("Cod de prezență").fill(registration.check_in_code.lower())
    tab.get_by_role("button", name="Înregistrează prezența").click()
    assert "Olena Kovalenko" in tab.locator(".messages").inner_text()
    registration.refresh_from_db()
    assert registration.checked_in_at is not None


def test_event_listing_fits_a_small_phone(tab, make_event):  # noqa: F811
    make_event(title="Ziua porților deschise")
    tab.goto("/ro/evenimente-test/")
    assert tab.get_by_role("heading", name="Ziua porților deschise").is_visible()
    assert tab.evaluate("document.documentElement.scrollWidth") <= 360
