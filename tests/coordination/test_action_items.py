import datetime

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.management import call_command
from django.db import IntegrityError
from django.urls import reverse
from django.utils import timezone
from freezegun import freeze_time

from accounts import roles
from coordination import services
from coordination.models import ActionItem, ActionItemStatus

from .conftest import EVERY_ROLE, TEAM_ROLES, assert_refused
from .factories import ActionItemFactory, InstitutionFactory, MeetingFactory, TeamMemberFactory

pytestmark = [pytest.mark.django_db, pytest.mark.date_sensitive]


@pytest.fixture
def owner(make_user):
    user = make_user(roles.TEAM_MEMBERS)
    return TeamMemberFactory(user=user)


def test_owner_updates_their_item_but_not_someone_elses(owner):
    mine = ActionItemFactory(owner_member=owner)
    theirs = ActionItemFactory()
    services.update_action_item_status(mine, status=ActionItemStatus.DONE, user=owner.user)
    with pytest.raises(PermissionDenied):
        services.update_action_item_status(theirs, status=ActionItemStatus.DONE, user=owner.user)
    assert ActionItem.objects.get(pk=mine.pk).status == ActionItemStatus.DONE
    assert ActionItem.objects.get(pk=theirs.pk).status == ActionItemStatus.OPEN


def test_items_owned_by_the_members_institution_are_theirs_too(owner):
    item = ActionItemFactory(owner_member=None, owner_institution=owner.institution)
    services.update_action_item_status(item, status=ActionItemStatus.IN_PROGRESS, user=owner.user)
    assert ActionItem.objects.get(pk=item.pk).status == ActionItemStatus.IN_PROGRESS


def test_action_item_has_exactly_one_owner(coordinator, meeting):
    with pytest.raises((ValidationError, IntegrityError)):
        services.add_action_item(
            meeting,
            title="x",
            due_date=timezone.localdate(),
            owner_member=TeamMemberFactory(),
            owner_institution=InstitutionFactory(),
            user=coordinator,
        )
    assert not ActionItem.objects.exists()


def test_owner_sees_their_items_and_updates_them_in_the_page(client, owner):
    mine, theirs = (
        ActionItemFactory(owner_member=owner, title="Traducere ghid"),
        ActionItemFactory(title="Altă sarcină"),
    )
    client.force_login(owner.user)
    page = client.get(reverse("coordination:my_items")).content.decode()
    assert "Traducere ghid" in page and "Altă sarcină" not in page
    client.post(reverse("coordination:action_item_status", kwargs={"pk": mine.pk}), {"status": "done"})
    assert (
        client.post(
            reverse("coordination:action_item_status", kwargs={"pk": theirs.pk}), {"status": "done"}
        ).status_code
        == 403
    )
    assert ActionItem.objects.get(pk=mine.pk).status == "done"
    assert ActionItem.objects.get(pk=theirs.pk).status == "open"


def test_owner_updates_status_through_the_api(client, owner):
    mine, theirs = ActionItemFactory(owner_member=owner), ActionItemFactory()
    client.force_login(owner.user)
    assert [item["id"] for item in client.get("/api/coordination/action-items/mine").json()] == [mine.pk]
    url = "/api/coordination/action-items/{}/status"
    assert (
        client.post(url.format(mine.pk), {"status": "done"}, content_type="application/json").json()["status"]
        == "done"
    )
    assert (
        client.post(url.format(mine.pk), {"status": "finished?"}, content_type="application/json").status_code
        == 400
    )
    assert (
        client.post(url.format(theirs.pk), {"status": "done"}, content_type="application/json").status_code
        == 403
    )
    assert ActionItem.objects.get(pk=theirs.pk).status == "open"


@pytest.mark.parametrize("role", EVERY_ROLE)
def test_action_item_list_is_for_the_team(client_for, role):
    ActionItemFactory(title="Cartografierea materialelor")
    response = client_for(role).get(reverse("coordination:action_items"))
    if role in TEAM_ROLES:
        assert "Cartografierea materialelor" in response.content.decode()
    else:
        assert_refused(response, role)


def test_action_item_list_filters(client, coordinator):
    today = timezone.localdate()
    overdue = ActionItemFactory(title="Întârziată", due_date=today - datetime.timedelta(days=3))
    done = ActionItemFactory(title="Terminată", status="done", due_date=today - datetime.timedelta(days=3))
    other_body = ActionItemFactory(title="Alt organism")
    client.force_login(coordinator)

    def titles(**params):
        page = client.get(reverse("coordination:action_items"), params).content.decode()
        return {title for title in ("Întârziată", "Terminată", "Alt organism") if title in page}

    assert titles(overdue="1") == {"Întârziată"}
    assert titles(status="done") == {"Terminată"}
    assert titles(body=str(other_body.meeting.body_id)) == {"Alt organism"}
    assert titles(owner=f"member-{done.owner_member_id}") == {"Terminată"}
    assert titles(owner="member-abc", body="x", status="bogus") == {"Întârziată", "Terminată", "Alt organism"}
    assert titles(owner="member-99999999999999999999", body="99999999999999999999") == {
        "Întârziată",
        "Terminată",
        "Alt organism",
    }
    assert titles(owner=f"institution-{other_body.owner_member.institution_id}") == set()
    assert overdue.is_overdue and not done.is_overdue


def test_action_item_list_query_count_does_not_grow(client, coordinator, django_assert_max_num_queries):
    client.force_login(coordinator)
    ActionItemFactory.create_batch(3)
    with django_assert_max_num_queries(19) as few:
        client.get(reverse("coordination:action_items"))
    ActionItemFactory.create_batch(20)
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get(reverse("coordination:action_items"))


def test_overdue_reminders_go_once_a_day_in_the_owners_language(owner, django_capture_on_commit_callbacks):
    from accounts.models import Profile

    Profile.objects.update_or_create(user=owner.user, defaults={"preferred_language": "fr"})
    meeting = MeetingFactory()
    ActionItemFactory(
        owner_member=owner, meeting=meeting, title="Raport lunar", due_date=datetime.date(2026, 3, 1)
    )
    ActionItemFactory(
        owner_member=owner, meeting=meeting, title="Ghid tradus", due_date=datetime.date(2026, 3, 2)
    )
    ActionItemFactory(
        owner_member=owner, meeting=meeting, title="Nu încă", due_date=datetime.date(2026, 4, 1)
    )
    ActionItemFactory(
        owner_member=None,
        owner_institution=InstitutionFactory(email="office@dgaspc.example.org"),
        meeting=meeting,
        title="Instituțională",
        due_date=datetime.date(2026, 3, 1),
    )
    with freeze_time("2026-03-10 09:00"), django_capture_on_commit_callbacks(execute=True):
        call_command("send_overdue_action_items")
        call_command("send_overdue_action_items")
    assert sorted(message.to[0] for message in mail.outbox) == sorted(
        [owner.email, "office@dgaspc.example.org"]
    )
    personal = next(message for message in mail.outbox if message.to == [owner.email])
    assert (
        "Raport lunar" in personal.body and "Ghid tradus" in personal.body and "Nu încă" not in personal.body
    )
    assert personal.extra_headers["Content-Language"] == "fr"
    with freeze_time("2026-03-11 09:00"), django_capture_on_commit_callbacks(execute=True):
        call_command("send_overdue_action_items")
    assert len(mail.outbox) == 4


def test_status_form_does_not_redirect_to_another_site(client, owner):
    item = ActionItemFactory(owner_member=owner)
    client.force_login(owner.user)
    response = client.post(
        reverse("coordination:action_item_status", kwargs={"pk": item.pk}),
        {"status": "done", "next": "//evil.example.com/"},
    )
    assert response["Location"] == reverse("coordination:my_items")
