"""The counter through the API: same services, JSON answers, errors as JSON 4xx."""

from django.utils import timezone
from wagtail.models import ModelLogEntry

from casework.models import Contact


def test_staff_log_a_contact_through_the_api_and_it_is_audited_as_such(client, staff_a, visitor, centre_a):
    client.force_login(staff_a)
    body = {
        "centre_id": centre_a.pk,
        "visitor_ids": [visitor.pk],
        "date": str(timezone.localdate()),
        "service": "assistance",
        "domains": ["housing", "social"],
        "channel": "online",
    }
    response = client.post("/api/casework/contacts", body, content_type="application/json")
    assert response.status_code == 201 and response.json()["service"] == "assistance"
    contact = Contact.objects.get()
    assert ModelLogEntry.objects.get(action="casework.log_contact", object_id=str(contact.pk)).user == staff_a


def test_another_centre_cannot_log_at_this_one(client, staff_b, visitor, centre_a):
    client.force_login(staff_b)
    body = {
        "centre_id": centre_a.pk,
        "visitor_ids": [visitor.pk],
        "date": str(timezone.localdate()),
        "service": "information",
        "domains": ["housing"],
        "channel": "phone",
    }
    response = client.post("/api/casework/contacts", body, content_type="application/json")
    assert response.status_code == 403 and "detail" in response.json()
    assert Contact.objects.count() == 0


def test_an_unknown_code_is_a_json_404_and_the_code_never_goes_in_a_url(client, staff_a):
    client.force_login(staff_a)
    response = client.post(
        "/api/casework/visitors/find",
        {"code": "CJ-2020-999999"},
        content_type="application/json",
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert response.status_code == 404 and response.json()["detail"] == "No visitor has this code."


def test_an_unknown_gender_is_refused_with_a_json_400(client, staff_a, centre_a):
    client.force_login(staff_a)
    body = {
        "centre_id": centre_a.pk,
        "gender": "robot",
        "citizenship": "UA",
        "residence_category": "other",
        "consent_statistics": True,
    }
    response = client.post("/api/casework/visitors", body, content_type="application/json")
    assert response.status_code == 400 and response.json()["detail"]


def test_the_network_figures_match_the_page_figures(client, network_coordinator, contact):
    client.force_login(network_coordinator)
    today = timezone.localdate()
    data = client.get(f"/api/casework/network/{today.year}/{today.month}").json()
    assert data["beneficiaries"]["total"] == 1
    assert data["by_service"]["counselling"]["total"] == 1
    assert data["referrals"]["Inspectoratul General pentru Imigrări"]["total"] == 1
