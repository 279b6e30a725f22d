import datetime

import pytest
from django.urls import reverse

from accounts import roles
from accounts.personal_data import sources
from coordination import services
from coordination.models import AgendaItem, Invitation, MinutesStatus, TeamMember

from .conftest import EVERY_ROLE, TEAM_ROLES, assert_refused
from .factories import ActionItemFactory, TeamMemberFactory, add_members

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("role", EVERY_ROLE)
@pytest.mark.parametrize("url_name", ["dashboard", "meeting_detail"])
def test_meeting_pages_are_for_the_team(client_for, role, url_name, meeting):
    kwargs = {"pk": meeting.pk} if url_name == "meeting_detail" else {}
    response = client_for(role).get(reverse(f"coordination:{url_name}", kwargs=kwargs))
    if role in TEAM_ROLES:
        assert meeting.title in response.content.decode()
    else:
        assert_refused(response, role)


def test_chair_approves_minutes_from_the_meeting_page(client, coordinator, make_user, meeting):
    chair_user = make_user(roles.TEAM_MEMBERS)
    chair = TeamMemberFactory(user=chair_user)
    add_members(meeting.body, chair, chair=chair)
    item = AgendaItem.objects.create(meeting=meeting, position=1, title="Raport")
    services.save_minutes(meeting, item_summaries={str(item.pk): "Aprobat."}, decisions="", user=coordinator)
    client.force_login(chair_user)
    page = client.get(reverse("coordination:meeting_detail", kwargs={"pk": meeting.pk})).content.decode()
    assert reverse("coordination:minutes_approve", kwargs={"pk": meeting.pk}) in page
    client.post(reverse("coordination:minutes_approve", kwargs={"pk": meeting.pk}), {"at_meeting": ""})
    meeting.minutes.refresh_from_db()
    assert meeting.minutes.status == MinutesStatus.APPROVED


def test_ordinary_member_cannot_approve_from_the_page(client, coordinator, make_user, meeting):
    services.save_minutes(meeting, item_summaries={}, decisions="Decizie", user=coordinator)
    client.force_login(make_user(roles.TEAM_MEMBERS))
    response = client.post(
        reverse("coordination:minutes_approve", kwargs={"pk": meeting.pk}), {"at_meeting": ""}
    )
    assert response.status_code == 403
    meeting.minutes.refresh_from_db()
    assert meeting.minutes.status == MinutesStatus.DRAFT


def test_meeting_form_refuses_end_before_start_and_missing_place(client, coordinator, meeting):
    client.force_login(coordinator)
    response = client.post(
        reverse("coordination:meeting_create"),
        {
            "body": meeting.body.pk,
            "title": "x",
            "starts_at": "2026-12-01T12:00",
            "ends_at": "2026-12-01T10:00",
        },
    )
    page = response.content.decode()
    assert (
        "The meeting must end after it starts." in page and "Give a place or an online meeting link." in page
    )


def test_personal_data_export_and_erase(make_user, meeting):
    user = make_user(roles.TEAM_MEMBERS)
    member = TeamMemberFactory(user=user, name="Andrei Pop", phone="+40 700 000 000")
    Invitation.objects.create(meeting=meeting, member=member, answer="attending")
    ActionItemFactory(owner_member=member, title="Trimite raportul", due_date=datetime.date(2026, 12, 1))
    source = next(source for source in sources() if source.name == "coordination")
    exported = source.export(user)
    assert exported["directory_entry"]["name"] == "Andrei Pop"
    assert exported["invitations"][0]["answer"] == "attending"
    assert exported["action_items"][0]["title"] == "Trimite raportul"
    source.erase(user)
    member = TeamMember.objects.get(pk=member.pk)
    assert (member.user, member.email, member.phone) == (None, "", "")
    assert source.export(user) is None
