"""Sane limits wherever a person types in coordination: agendas, minutes, action items, deputies'
names, the directory and plans. Over a limit: a clear message (in the person's language on pages,
a 4xx on the API), nothing written, never a 500."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone, translation
from wagtail.admin.forms.models import WagtailAdminModelForm

from coordination import limits, services
from coordination.models import (
    ActionItem,
    AgendaItem,
    Attendance,
    Body,
    Meeting,
    Minutes,
    WorkPlanEntry,
)

from .factories import BodyFactory

pytestmark = pytest.mark.django_db


def meeting_fields(body, agenda):
    return {
        "body": body.pk,
        "title": "Comitet",
        "starts_at": "2026-12-01T10:00",
        "ends_at": "2026-12-01T12:00",
        "place": "Prefectura",
        "agenda": agenda,
    }


def test_an_agenda_of_5000_items_is_refused_on_the_page_in_romanian(client, coordinator):
    client.force_login(coordinator)
    agenda = "\n".join(f"Punctul {number}" for number in range(5000))
    with translation.override("ro"):
        response = client.post("/ro/coordination/meetings/new/", meeting_fields(BodyFactory(), agenda))
    assert response.status_code == 200
    assert len(response.context["form"].errors["agenda"]) == 1
    assert "cel mult" in response.content.decode()
    assert not Meeting.objects.exists()


def test_an_agenda_one_item_over_the_limit_is_refused_and_at_the_limit_accepted(client, coordinator):
    client.force_login(coordinator)
    body = BodyFactory()
    over = "\n".join(f"Punctul {number}" for number in range(limits.MAX_AGENDA_ITEMS + 1))
    response = client.post("/en/coordination/meetings/new/", meeting_fields(body, over))
    assert f"at most {limits.MAX_AGENDA_ITEMS} items" in response.context["form"].errors["agenda"][0]
    at_limit = "\n".join(f"Punctul {number}" for number in range(limits.MAX_AGENDA_ITEMS))
    assert client.post("/en/coordination/meetings/new/", meeting_fields(body, at_limit)).status_code == 302
    assert AgendaItem.objects.count() == limits.MAX_AGENDA_ITEMS


def test_an_overlong_agenda_item_is_refused_on_the_page(client, coordinator):
    client.force_login(coordinator)
    response = client.post(
        "/en/coordination/meetings/new/", meeting_fields(BodyFactory(), "Deschidere\n" + "x" * 256)
    )
    assert "Agenda item 2 is too long" in response.context["form"].errors["agenda"][0]
    assert not Meeting.objects.exists()


def test_the_service_refuses_an_agenda_over_the_limit(coordinator):
    starts = timezone.now() + datetime.timedelta(days=1)
    with pytest.raises(ValidationError):
        services.create_meeting(
            body=BodyFactory(),
            title="Comitet",
            starts_at=starts,
            ends_at=starts + datetime.timedelta(hours=1),
            place="Prefectura",
            agenda=["x"] * (limits.MAX_AGENDA_ITEMS + 1),
            user=coordinator,
        )
    assert not Meeting.objects.exists()


@pytest.mark.parametrize("agenda", [["Punct"] * 5000, ["x" * 256]])
def test_the_api_refuses_agendas_over_the_limits(client, coordinator, agenda):
    client.force_login(coordinator)
    starts = timezone.now() + datetime.timedelta(days=1)
    response = client.post(
        "/api/coordination/meetings",
        {
            "body_id": BodyFactory().pk,
            "title": "Comitet",
            "starts_at": starts.isoformat(),
            "ends_at": (starts + datetime.timedelta(hours=1)).isoformat(),
            "place": "Prefectura",
            "agenda": agenda,
        },
        content_type="application/json",
    )
    assert response.status_code == 422 and response.json()["detail"]
    assert not Meeting.objects.exists()


def test_overlong_minutes_are_refused_on_the_page_and_the_api(client, coordinator, meeting):
    item = AgendaItem.objects.create(meeting=meeting, position=1, title="Raport")
    client.force_login(coordinator)
    response = client.post(
        f"/en/coordination/meetings/{meeting.pk}/minutes/write/",
        {
            f"summary_{item.pk}": "x" * (limits.MAX_SUMMARY_LENGTH + 1),
            "decisions": "y" * (limits.MAX_DECISIONS_LENGTH + 1),
        },
    )
    assert response.status_code == 400
    form = response.context["write_form"]
    assert "at most" in form.errors[f"summary_{item.pk}"][0] and "at most" in form.errors["decisions"][0]
    response = client.put(
        f"/api/coordination/meetings/{meeting.pk}/minutes",
        {"item_summaries": {str(item.pk): "x"}, "decisions": "y" * (limits.MAX_DECISIONS_LENGTH + 1)},
        content_type="application/json",
    )
    assert response.status_code == 422
    with pytest.raises(ValidationError):
        services.save_minutes(
            meeting,
            item_summaries={str(item.pk): "x" * (limits.MAX_SUMMARY_LENGTH + 1)},
            decisions="",
            user=coordinator,
        )
    assert not Minutes.objects.exists()


def test_an_overlong_action_item_is_refused_by_the_service_and_the_api(client, coordinator, meeting):
    owner = meeting.body.members.first()
    with pytest.raises(ValidationError):
        services.add_action_item(
            meeting,
            title="x" * 256,
            due_date=datetime.date(2026, 12, 1),
            owner_member=owner,
            user=coordinator,
        )
    client.force_login(coordinator)
    response = client.post(
        f"/api/coordination/meetings/{meeting.pk}/action-items",
        {"title": "x" * 256, "due_date": "2026-12-01", "owner_member_id": owner.pk},
        content_type="application/json",
    )
    assert response.status_code == 422
    assert not ActionItem.objects.exists()


def test_an_overlong_deputy_name_is_refused_not_a_500(client, coordinator, meeting):
    member = meeting.body.members.first()
    client.force_login(coordinator)
    response = client.put(
        f"/api/coordination/meetings/{meeting.pk}/attendance",
        {"present": [], "deputies": {str(member.pk): "x" * 201}},
        content_type="application/json",
    )
    assert response.status_code in (400, 422)
    response = client.post(
        f"/en/coordination/meetings/{meeting.pk}/attendance/", {f"deputy_{member.pk}": "x" * 201}, follow=True
    )
    assert response.status_code == 200 and "at most 200 characters" in response.content.decode()
    assert not Attendance.objects.exists()


@pytest.mark.parametrize(
    "model, field", [(Body, "description"), (WorkPlanEntry, "activity"), (WorkPlanEntry, "resources")]
)
def test_long_texts_of_the_admin_have_a_limit(model, field):
    form_class = type(
        "Form", (WagtailAdminModelForm,), {"Meta": type("Meta", (), {"model": model, "fields": [field]})}
    )
    assert form_class().fields[field].max_length
