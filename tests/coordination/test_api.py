import datetime

import pytest
from django.utils import timezone

from accounts import roles
from coordination import services
from coordination.models import Answer, Invitation, Meeting

from .conftest import COORDINATING_ROLES, EVERY_ROLE, TEAM_ROLES
from .factories import ActionItemFactory, BodyFactory, MeetingFactory, TeamMemberFactory, add_members

pytestmark = pytest.mark.django_db


def meeting_payload(body, **changes):
    starts_at = timezone.now() + datetime.timedelta(days=10)
    payload = {
        "body_id": body.pk,
        "title": "Comitetul de coordonare",
        "starts_at": starts_at.isoformat(),
        "ends_at": (starts_at + datetime.timedelta(hours=2)).isoformat(),
        "place": "Prefectura Cluj",
        "agenda": ["Raportul anual de integrare", "Plan de lucru"],
    }
    payload.update(changes)
    return payload


@pytest.mark.parametrize("role", EVERY_ROLE)
def test_only_coordinators_create_meetings_through_the_api(client_for, role):
    body = BodyFactory()
    response = client_for(role).post(
        "/api/coordination/meetings", meeting_payload(body), content_type="application/json"
    )
    if role in COORDINATING_ROLES:
        assert response.status_code == 201
        assert [item["title"] for item in response.json()["agenda"]] == [
            "Raportul anual de integrare",
            "Plan de lucru",
        ]
    else:
        assert response.status_code == (401 if role is None else 403)
        assert not Meeting.objects.exists()


@pytest.mark.parametrize(
    "changes",
    [
        {"place": ""},
        {"title": ""},
        {"body_id": 999999},
        {"starts_at": "not a date"},
        {"ends_at": "2000-01-01T00:00:00Z"},
    ],
)
def test_bad_meeting_input_is_a_clear_4xx(client, coordinator, changes):
    client.force_login(coordinator)
    response = client.post(
        "/api/coordination/meetings",
        meeting_payload(BodyFactory(), **changes),
        content_type="application/json",
    )
    assert 400 <= response.status_code < 500 or response.status_code == 302
    assert not Meeting.objects.exists()


@pytest.mark.parametrize("role", EVERY_ROLE)
@pytest.mark.parametrize(
    "path", ["/api/coordination/bodies", "/api/coordination/meetings", "/api/coordination/action-items"]
)
def test_team_endpoints_refuse_everyone_else(client_for, role, path):
    ActionItemFactory()
    response = client_for(role).get(path)
    if role in TEAM_ROLES:
        assert response.status_code == 200 and len(response.json()) >= 1
    else:
        assert response.status_code == (401 if role is None else 403)


def test_member_answers_their_invitation_through_the_api(client, make_user, meeting):
    user = make_user(roles.TEAM_MEMBERS)
    mine, other = meeting.body.members.order_by("pk")
    mine.user = user
    mine.save()
    my_invitation = Invitation.objects.create(meeting=meeting, member=mine)
    other_invitation = Invitation.objects.create(meeting=meeting, member=other)
    client.force_login(user)
    assert [i["id"] for i in client.get("/api/coordination/invitations/mine").json()] == [my_invitation.pk]
    url = "/api/coordination/invitations/{}/answer"
    assert (
        client.post(
            url.format(my_invitation.pk), {"answer": "deputy"}, content_type="application/json"
        ).status_code
        == 400
    )
    assert (
        client.post(
            url.format(my_invitation.pk), {"answer": "maybe"}, content_type="application/json"
        ).status_code
        == 400
    )
    response = client.post(
        url.format(my_invitation.pk),
        {"answer": "deputy", "deputy_name": "Elena Rus"},
        content_type="application/json",
    )
    assert response.json()["deputy_name"] == "Elena Rus"
    response = client.post(
        url.format(other_invitation.pk), {"answer": "attending"}, content_type="application/json"
    )
    assert response.status_code in (302, 404)
    other_invitation.refresh_from_db()
    assert other_invitation.answer == Answer.PENDING


def test_list_endpoints_do_not_grow_in_queries(client, coordinator, django_assert_max_num_queries):
    client.force_login(coordinator)
    paths = [
        "/api/coordination/meetings",
        "/api/coordination/minutes",
        "/api/coordination/action-items",
        "/api/coordination/directory",
        "/api/coordination/bodies",
    ]

    def seed():
        body = BodyFactory()
        add_members(body, TeamMemberFactory(), TeamMemberFactory())
        meeting = MeetingFactory(body=body)
        services.save_minutes(meeting, item_summaries={}, decisions="Decizie", user=coordinator)
        ActionItemFactory(meeting=meeting)

    seed()
    counts = {}
    for path in paths:
        with django_assert_max_num_queries(20) as few:
            assert client.get(path).status_code == 200
        counts[path] = len(few.captured_queries)
    for _ in range(8):
        seed()
    for path in paths:
        with django_assert_max_num_queries(counts[path]):
            client.get(path)


def test_openapi_document_names_coordination_operations_and_schemas(client):
    schema = client.get("/api/openapi.json").json()
    operation_ids = {
        op["operationId"]
        for ops in schema["paths"].values()
        for op in ops.values()
        if isinstance(op, dict) and "operationId" in op
    }
    assert {
        "coordination_directory",
        "coordination_minutes",
        "coordination_action_plan",
        "coordination_meeting_create",
    } <= operation_ids
    assert "CoordinationMinutesOut" in schema["components"]["schemas"]


@pytest.mark.parametrize(
    "starts_at, ends_at",
    [
        ("0001-01-01T00:30:00", "0001-01-01T01:00:00"),
        ("0001-01-01T00:30:00+05:00", "0001-01-01T01:00:00+05:00"),
        ("2026-12-01T10:00:00", "9999-12-31T23:30:00"),
    ],
)
def test_meeting_dates_at_the_ends_of_the_calendar_are_refused(client, coordinator, starts_at, ends_at):
    client.force_login(coordinator)
    payload = meeting_payload(BodyFactory(), starts_at=starts_at, ends_at=ends_at)
    response = client.post("/api/coordination/meetings", payload, content_type="application/json")
    assert response.status_code == 400
    assert not Meeting.objects.exists()


def test_meeting_form_refuses_dates_at_the_ends_of_the_calendar(client, coordinator):
    from django.urls import reverse

    client.force_login(coordinator)
    response = client.post(
        reverse("coordination:meeting_create"),
        {
            "body": BodyFactory().pk,
            "title": "x",
            "starts_at": "0001-01-01T00:30",
            "ends_at": "0001-01-01T01:00",
            "place": "p",
        },
    )
    assert "between the years 1900 and 2199" in response.content.decode()
    assert not Meeting.objects.exists()


@pytest.mark.parametrize(
    "method, path",
    [
        ("get", "/api/coordination/meetings?body_id=99999999999999999999"),
        ("get", "/api/coordination/minutes/99999999999999999999"),
        ("post", "/api/coordination/minutes/99999999999999999999/approve"),
        ("post", "/api/coordination/meetings/-1/invitations"),
    ],
)
def test_ids_beyond_what_the_database_holds_are_a_4xx(client, coordinator, method, path):
    client.force_login(coordinator)
    response = getattr(client, method)(path, {} if method == "get" else {}, content_type="application/json")
    assert response.status_code == 422
