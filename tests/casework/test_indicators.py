from django.urls import reverse
from django.utils import timezone

from casework.indicators import indicators


def test_indicators_are_computed_from_the_contacts_of_the_month(contact, django_assert_max_num_queries):
    with django_assert_max_num_queries(8):
        rows = {key: value for key, _label, value in indicators(timezone.localdate())}
    assert rows["contacts"] == 1
    assert rows["service_kinds"] == 2  # counselling on health, counselling on residence
    assert rows["forms"] == 0 and rows["trainings_held"] == 0


def test_the_indicators_page_shows_a_table_and_ignores_a_bad_month(client, network_coordinator):
    client.force_login(network_coordinator)
    page = client.get(reverse("casework:indicators"), {"month": "2026-13"})
    assert page.status_code == 200 and "<table>" in page.content.decode()
