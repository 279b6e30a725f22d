import datetime

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar

from accounts import roles
from accounts.models import Profile
from coordination import services
from coordination.models import Answer, Attendance, Invitation, Meeting
from coordination.notifications import invitation_token

from .conftest import COORDINATING_ROLES, EVERY_ROLE, assert_refused
from .factories import BodyFactory, TeamMemberFactory, add_members

pytestmark = pytest.mark.django_db


def make_meeting(body, user, **fields):
    starts_at = timezone.now() + datetime.timedelta(days=7)
    return services.create_meeting(
        body=body,
        title="Ședința trimestrială",
        starts_at=starts_at,
        ends_at=starts_at + datetime.timedelta(hours=2),
        place="Primăria Cluj-Napoca",
        agenda=["Deschidere", "", "Mecanism de referire"],
        user=user,
        **fields,
    )


def test_coordinator_creates_meeting_with_agenda_in_order(coordinator):
    meeting = make_meeting(BodyFactory(), coordinator)
    assert [item.title for item in meeting.agenda_items.order_by("position")] == [
        "Deschidere",
        "Mecanism de referire",
    ]


@pytest.mark.parametrize("role", [role for role in EVERY_ROLE if role not in COORDINATING_ROLES and role])
def test_only_coordinators_create_meetings(user_for, role):
    with pytest.raises(PermissionDenied):
        make_meeting(BodyFactory(), user_for(role))
    assert not Meeting.objects.exists()


def test_meeting_needs_a_place_or_a_link(coordinator):
    starts_at = timezone.now()
    with pytest.raises(ValidationError):
        services.create_meeting(
            body=BodyFactory(),
            title="x",
            starts_at=starts_at,
            ends_at=starts_at + datetime.timedelta(hours=1),
            user=coordinator,
        )


@pytest.mark.parametrize("role", EVERY_ROLE)
def test_meeting_creation_page_only_for_coordinators(client_for, role):
    body = BodyFactory()
    response = client_for(role).post(
        reverse("coordination:meeting_create"),
        {
            "body": body.pk,
            "title": "Comitet",
            "starts_at": "2026-12-01T10:00",
            "ends_at": "2026-12-01T12:00",
            "place": "Prefectura Cluj",
            "agenda": "Raport anual\nPlan de lucru",
        },
    )
    if role in COORDINATING_ROLES:
        assert response.status_code == 302
        assert Meeting.objects.get().agenda_items.count() == 2
    else:
        assert_refused(response, role)
        assert not Meeting.objects.exists()


def test_invitations_are_emailed_with_ics_in_each_members_language(
    coordinator, make_user, django_capture_on_commit_callbacks
):
    polish_user = make_user(roles.TEAM_MEMBERS)
    Profile.objects.update_or_create(user=polish_user, defaults={"preferred_language": "pl"})
    polish = TeamMemberFactory(user=polish_user, email="")
    french = TeamMemberFactory(preferred_language="fr")
    body = add_members(BodyFactory(name="Grupul de livrare"), polish, french)
    meeting = make_meeting(body, coordinator)
    with django_capture_on_commit_callbacks(execute=True):
        services.invite_members(meeting, user=coordinator)
    assert len(mail.outbox) == 2
    by_address = {message.to[0]: message for message in mail.outbox}
    assert "Zaproszenie" in by_address[polish_user.email].subject
    assert "Invitation" in by_address[french.email].subject
    filename, content, mimetype = by_address[french.email].attachments[0]
    event = Calendar.from_ical(content).walk("VEVENT")[0]
    assert filename.endswith(".ics") and mimetype.startswith("text/calendar")
    assert event["dtstart"].dt == meeting.starts_at.replace(microsecond=0)
    assert "Mecanism de referire" in str(event["description"])
    # Inviting again invites nobody twice.
    with django_capture_on_commit_callbacks(execute=True):
        assert services.invite_members(meeting, user=coordinator) == []
    assert len(mail.outbox) == 2


def test_member_answers_through_the_signed_link_sending_a_deputy(client, coordinator, meeting):
    invitation = Invitation.objects.create(meeting=meeting, member=meeting.body.members.first())
    url = reverse("coordination:answer_invitation", kwargs={"token": invitation_token(invitation)})
    response = client.post(url, {"answer": "deputy", "deputy_name": ""})
    assert response.status_code == 200
    assert "Give the name of the deputy" in response.content.decode()
    invitation.refresh_from_db()
    assert invitation.answer == Answer.PENDING
    client.post(url, {"answer": "deputy", "deputy_name": "Ioana Pop"})
    invitation.refresh_from_db()
    assert (invitation.answer, invitation.deputy_name) == (Answer.DEPUTY, "Ioana Pop")


def test_forged_invitation_link_is_refused(client, meeting):
    invitation = Invitation.objects.create(meeting=meeting, member=meeting.body.members.first())
    token = invitation_token(invitation)
    response = client.post(
        reverse("coordination:answer_invitation", kwargs={"token": token[:-2] + "xx"}),
        {"answer": "attending"},
    )
    assert response.status_code == 404
    invitation.refresh_from_db()
    assert invitation.answer == Answer.PENDING


def test_member_answers_in_their_account_but_not_for_others(client, make_user, meeting):
    user = make_user(roles.TEAM_MEMBERS)
    mine, other = meeting.body.members.order_by("pk")
    mine.user = user
    mine.save()
    meeting.starts_at = timezone.now() + datetime.timedelta(days=3)
    meeting.ends_at = meeting.starts_at + datetime.timedelta(hours=1)
    meeting.save()
    my_invitation = Invitation.objects.create(meeting=meeting, member=mine)
    other_invitation = Invitation.objects.create(meeting=meeting, member=other)
    client.force_login(user)
    assert meeting.title in client.get(reverse("coordination:my_items")).content.decode()
    client.post(
        reverse("coordination:answer_my_invitation", kwargs={"pk": my_invitation.pk}),
        {f"i{my_invitation.pk}-answer": "attending"},
    )
    response = client.post(
        reverse("coordination:answer_my_invitation", kwargs={"pk": other_invitation.pk}),
        {f"i{other_invitation.pk}-answer": "attending"},
    )
    assert response.status_code == 404
    my_invitation.refresh_from_db()
    other_invitation.refresh_from_db()
    assert (my_invitation.answer, other_invitation.answer) == (Answer.ATTENDING, Answer.PENDING)


def test_attendance_is_recorded_for_body_members_only(coordinator, meeting):
    first, second = meeting.body.members.order_by("pk")
    services.record_attendance(
        meeting, present_member_ids=[first.pk], deputies={second.pk: "Adjunct Pop"}, user=coordinator
    )
    assert set(Attendance.objects.values_list("member_id", "deputy_name")) == {
        (first.pk, ""),
        (second.pk, "Adjunct Pop"),
    }
    stranger = TeamMemberFactory()
    with pytest.raises(ValidationError):
        services.record_attendance(meeting, present_member_ids=[stranger.pk], user=coordinator)
    assert Attendance.objects.count() == 2


def test_plain_text_invitation_does_not_html_escape_names(coordinator, django_capture_on_commit_callbacks):
    member = TeamMemberFactory(name="Siobhán O'Brien & Co")
    meeting = make_meeting(add_members(BodyFactory(name='Grup "Împreună"'), member), coordinator)
    with django_capture_on_commit_callbacks(execute=True):
        services.invite_members(meeting, user=coordinator)
    message = mail.outbox[0]
    assert "Siobhán O'Brien & Co" in message.body
    assert '"Împreună"' in message.subject
