"""Every casework page and API operation against every role. A new URL or operation without a
row here makes test_every_url_and_operation_is_in_the_matrix fail."""

import pytest
from django.urls import get_resolver, reverse
from django.utils import timezone

from casework import urls as casework_urls
from integration_site.api import api

from .conftest import ROLE_NAMES

COUNTER = {"staff_a", "staff_b", "lead_a", "network_coordinator", "superuser"}
CENTRE_A = {"staff_a", "lead_a", "network_coordinator", "superuser"}
DESK_A = {"staff_a", "lead_a"}
DESKS = {"staff_a", "staff_b", "lead_a"}
NETWORK = {"network_coordinator", "superuser"}
EVERYONE = set(ROLE_NAMES)

# (url name, kwargs builder, roles that get 200). Everyone else: anonymous is sent to sign in,
# signed-in people get 403. Public pages list every role.
PAGES = [
    ("counter", lambda o: {}, COUNTER),
    ("visitor_detail", lambda o: {"pk": o["visitor"].pk}, CENTRE_A),
    ("slip", lambda o: {"pk": o["visitor"].pk}, CENTRE_A),
    ("log_contact", lambda o: {"pk": o["visitor"].pk}, DESK_A),
    ("open_case", lambda o: {"visitor_pk": o["visitor"].pk}, DESK_A | {"superuser"}),
    ("group_session", lambda o: {}, DESKS),
    ("personal_data", lambda o: {}, COUNTER),
    ("group_contact", lambda o: {"pk": o["session"].pk}, CENTRE_A),
    (
        "group_contact_file",
        lambda o: {"pk": o["session"].pk, "attachment_pk": o["session_file"].pk},
        CENTRE_A,
    ),
    ("case_list", lambda o: {}, COUNTER),
    ("case_detail", lambda o: {"pk": o["case"].pk}, CENTRE_A),
    # The coordinator reads a case and decides on assistance; the caseworkers and the lead edit it.
    ("edit_case", lambda o: {"pk": o["case"].pk}, DESK_A | {"superuser"}),
    ("appointments", lambda o: {}, COUNTER),
    ("report_list", lambda o: {}, COUNTER),
    ("report_detail", lambda o: {"pk": o["report"].pk}, CENTRE_A),
    ("report_download", lambda o: {"pk": o["report"].pk, "kind": "figures", "fmt": "xlsx"}, CENTRE_A),
    ("network_report", lambda o: {"year": o["report"].month.year, "month": o["report"].month.month}, NETWORK),
    ("indicators", lambda o: {}, COUNTER),
    # Staff see their own centre's period; the network coordinator the network's.
    ("period_report", lambda o: {}, COUNTER),
    ("book", lambda o: {}, EVERYONE),
    ("book_slot", lambda o: {"slot_pk": o["slot"].pk}, EVERYONE),
]
# Pages reached only by POST or with a token, tested in their own files.
POST_OR_TOKEN = {
    "find",
    "merge",
    "referral_outcome",
    "case_step",
    "case_upload",
    "case_document",
    "registration_form",
    "appointment_action",
    "report_approve",
    "report_return",
    "booking_confirm",
    "booking_cancel",
}

API = [
    ("get", lambda o: "/api/casework/visitors", COUNTER),
    ("get", lambda o: "/api/casework/cases", COUNTER),
    ("get", lambda o: f"/api/casework/cases/{o['case'].pk}", CENTRE_A),
    ("get", lambda o: "/api/casework/reports", COUNTER),
    ("get", lambda o: f"/api/casework/network/{o['report'].month.year}/{o['report'].month.month}", NETWORK),
    (
        "get",
        lambda o: f"/api/casework/figures?first_month={o['report'].month}&last_month={o['report'].month}",
        NETWORK,
    ),
    (
        "get",
        lambda o: (
            f"/api/casework/figures?first_month={o['report'].month}&last_month={o['report'].month}"
            f"&centre_id={o['report'].centre_id}"
        ),
        CENTRE_A,
    ),
]
API_WRITES = {
    "casework_register_visitor",
    "casework_find_visitor",
    "casework_log_contact",
    "casework_submit_report",
    "casework_approve_report",
    "casework_update_case",
}


@pytest.fixture
def objects(visitor, contact, case, slot, last_month_report, group_session, group_session_file):
    return {
        "visitor": visitor,
        "case": case,
        "slot": slot,
        "report": last_month_report,
        "session": group_session,
        "session_file": group_session_file,
    }


def _client_for(client, people, role):
    if people[role] is not None:
        client.force_login(people[role])
    return client


@pytest.mark.parametrize("role", ROLE_NAMES)
@pytest.mark.parametrize("name,kwargs,allowed", PAGES, ids=[row[0] for row in PAGES])
def test_page_access(client, people, objects, role, name, kwargs, allowed):
    response = _client_for(client, people, role).get(reverse(f"casework:{name}", kwargs=kwargs(objects)))
    if role in allowed:
        assert response.status_code == 200
    elif role == "anonymous":
        assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    else:
        assert response.status_code == 403


@pytest.mark.parametrize("role", ROLE_NAMES)
@pytest.mark.parametrize("method,path,allowed", API, ids=[f"{row[0]}-{i}" for i, row in enumerate(API)])
def test_api_access(client, people, objects, role, method, path, allowed):
    response = getattr(_client_for(client, people, role), method)(path(objects))
    expected = 200 if role in allowed else 401 if role == "anonymous" else 403
    assert response.status_code == expected
    assert response["Content-Type"].startswith("application/json")


@pytest.mark.parametrize("role", ROLE_NAMES)
def test_api_writes_refuse_everyone_but_centre_staff(client, people, objects, centre_a, role):
    body = {
        "centre_id": centre_a.pk,
        "gender": "man",
        "citizenship": "UA",
        "residence_category": "temporary_protection",
        "consent_statistics": True,
    }
    response = _client_for(client, people, role).post(
        "/api/casework/visitors", body, content_type="application/json"
    )
    expected = 201 if role in DESK_A | {"superuser"} else 401 if role == "anonymous" else 403
    assert response.status_code == expected
    find = client.post(
        "/api/casework/visitors/find", {"code": objects["visitor"].code}, content_type="application/json"
    )
    assert find.status_code == (200 if role in COUNTER else 401 if role == "anonymous" else 403)


def test_every_url_and_operation_is_in_the_matrix():
    names = {pattern.name for pattern in casework_urls.urlpatterns}
    assert names == {row[0] for row in PAGES} | POST_OR_TOKEN
    schema = api.get_openapi_schema()
    operations = {
        op["operationId"]
        for route, ops in schema["paths"].items()
        if route.startswith("/api/casework/")
        for op in ops.values()
    }
    assert (
        operations
        == {
            "casework_visitors",
            "casework_cases",
            "casework_case",
            "casework_reports",
            "casework_network_figures",
            "casework_period_figures",
        }
        | API_WRITES
    )
    assert get_resolver()


def test_out_of_range_ids_are_bad_input_not_errors(client, people):
    client.force_login(people["staff_a"])
    response = client.get(f"/api/casework/cases/{2**70}")
    assert response.status_code == 422


def test_bad_contact_through_the_api_is_a_json_400(client, people, objects, centre_a):
    client.force_login(people["staff_a"])
    body = {
        "centre_id": centre_a.pk,
        "visitor_ids": [objects["visitor"].pk],
        "service": "information",
        "date": str(timezone.localdate() + timezone.timedelta(days=2)),
        "domains": ["housing"],
        "channel": "phone",
    }
    response = client.post(
        "/api/casework/contacts", body, content_type="application/json", HTTP_ACCEPT_LANGUAGE="en"
    )
    assert response.status_code == 400 and "future" in response.json()["detail"]


def test_the_network_coordinator_adds_staff_to_a_centre_in_the_admin(
    client, network_coordinator, centre_b, make_user
):
    from casework.models import CentreMembership

    newcomer_to_staff = make_user()
    client.force_login(network_coordinator)
    add = reverse("wagtailsnippets_casework_centremembership:add")
    response = client.post(add, {"user": newcomer_to_staff.pk, "centre": centre_b.pk, "role": "lead"})
    assert response.status_code == 302
    assert CentreMembership.objects.get(user=newcomer_to_staff).role == "lead"
    assert newcomer_to_staff.groups.filter(name="Centre leads").exists()


@pytest.mark.parametrize("role", ["staff_a", "lead_a", "coordinator"])
def test_centre_staff_cannot_manage_centres_in_the_admin(client, people, role):
    client.force_login(people[role])
    response = client.get(reverse("wagtailsnippets_casework_centre:list"))
    assert response.status_code in (302, 403)
