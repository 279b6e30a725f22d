"""Who reads which minutes, through pages, the API, the library's documents and search."""

import pytest
from django.urls import reverse

from accounts import roles
from coordination import services
from coordination.models import Minutes
from library.models import Audience

from .conftest import COORDINATING_ROLES, EVERY_ROLE, TEAM_ROLES, assert_api_not_found, pdf_upload
from .factories import MeetingFactory, TeamMemberFactory, add_members

pytestmark = pytest.mark.django_db


@pytest.fixture
def minutes_by_state(coordinator):
    """One set of minutes in each state: draft, approved, published to members, published to the public."""

    def write(title, decisions):
        meeting = MeetingFactory(title=title)
        services.save_minutes(meeting, item_summaries={}, decisions=decisions, user=coordinator)
        return Minutes.objects.get(meeting=meeting)

    draft = write("Ședință ciornă", "Secret draft decision")
    approved = services.approve_minutes(
        write("Ședință aprobată", "Approved internal decision"), user=coordinator
    )
    internal = services.approve_minutes(
        write("Ședință internă", "Internal published decision"), user=coordinator
    )
    internal = services.publish_minutes(internal, audience=Audience.MEMBERS, user=coordinator)
    public = services.approve_minutes(write("Ședință publică", "Public decision"), user=coordinator)
    public = services.publish_minutes(public, audience=Audience.PUBLIC, user=coordinator)
    return {"draft": draft, "approved": approved, "internal": internal, "public": public}


def expected_visible(role):
    if role in COORDINATING_ROLES:
        return {"draft", "approved", "internal", "public"}
    if role in TEAM_ROLES:
        return {"approved", "internal", "public"}
    return {"public"}


@pytest.mark.parametrize("role", EVERY_ROLE)
def test_minutes_pages_show_each_role_only_what_it_may_read(client_for, role, minutes_by_state):
    client = client_for(role)
    listing = client.get(reverse("coordination:minutes_list")).content.decode()
    for state, minutes in minutes_by_state.items():
        visible = state in expected_visible(role)
        assert (minutes.meeting.title in listing) == visible, state
        detail = client.get(reverse("coordination:minutes_detail", kwargs={"pk": minutes.pk}))
        assert detail.status_code == (200 if visible else 404), state


@pytest.mark.parametrize("role", EVERY_ROLE)
def test_minutes_api_shows_each_role_only_what_it_may_read(client_for, role, minutes_by_state):
    client = client_for(role)
    listed = {item["id"] for item in client.get("/api/coordination/minutes").json()}
    for state, minutes in minutes_by_state.items():
        visible = state in expected_visible(role)
        assert (minutes.pk in listed) == visible, state
        response = client.get(f"/api/coordination/minutes/{minutes.pk}")
        if visible:
            assert response.json()["decisions"] == minutes.decisions
        else:
            assert_api_not_found(response)
            assert minutes.decisions not in response.content.decode()


def test_internal_minutes_do_not_leak_through_wagtails_document_api_or_search(client, minutes_by_state):
    def titles(params):
        return " ".join(item["title"] for item in client.get("/api/v3/documents/", params).json()["items"])

    listed = titles({"limit": 100})
    assert "Ședință publică" in listed
    for state in ("approved", "internal"):
        assert minutes_by_state[state].meeting.title not in listed
    searched = titles({"search": "Ședință"})
    assert "Ședință internă" not in searched and "Ședință aprobată" not in searched


def test_internal_library_file_is_refused_to_the_public(client, make_user, minutes_by_state):
    document = minutes_by_state["internal"].document
    response = client.get(document.url)
    assert response.status_code in (302, 403)
    client.force_login(make_user(roles.TEAM_MEMBERS))
    assert client.get(document.url).status_code == 200


def test_uploaded_draft_file_is_only_served_to_coordinators(client, coordinator, make_user):
    meeting = MeetingFactory()
    minutes = services.upload_minutes(meeting, upload=pdf_upload(), user=coordinator)
    url = reverse("coordination:minutes_file", kwargs={"pk": minutes.pk})
    assert client.get(url).status_code == 404
    client.force_login(make_user(roles.TEAM_MEMBERS))
    assert client.get(url).status_code == 404
    client.force_login(coordinator)
    assert client.get(url).status_code == 200
    assert Minutes.objects.count() == 1


@pytest.mark.parametrize("role", EVERY_ROLE)
def test_meeting_page_shows_draft_minutes_only_to_those_who_write_them(client_for, role, minutes_by_state):
    """The meeting page agrees with the minutes pages and the API: a member sees the meeting but
    not what its draft minutes say."""
    draft = minutes_by_state["draft"]
    response = client_for(role).get(reverse("coordination:meeting_detail", kwargs={"pk": draft.meeting.pk}))
    if role not in TEAM_ROLES:
        assert response.status_code in (302, 403)
        return
    assert response.status_code == 200
    assert (draft.decisions in response.content.decode()) == (role in COORDINATING_ROLES)


def test_the_chair_reads_and_approves_the_draft_minutes_of_their_body(client, coordinator, make_user):
    meeting = MeetingFactory()
    chair = make_user(roles.TEAM_MEMBERS)
    chair_member = TeamMemberFactory(user=chair)
    add_members(meeting.body, chair_member, chair=chair_member)
    decisions = "Draft decision for the chair"
    services.save_minutes(meeting, item_summaries={}, decisions=decisions, user=coordinator)
    client.force_login(chair)
    page = client.get(reverse("coordination:meeting_detail", kwargs={"pk": meeting.pk})).content.decode()
    assert "Draft decision for the chair" in page
    minutes = services.approve_minutes(Minutes.objects.get(meeting=meeting), user=chair)
    assert minutes.status == "approved"


def test_uploaded_draft_file_is_not_reachable_by_its_path(coordinator):
    from pathlib import Path

    from django.conf import settings

    minutes = services.upload_minutes(MeetingFactory(), upload=pdf_upload(), user=coordinator)
    path = Path(minutes.file.path).resolve()
    assert Path(settings.PRIVATE_MEDIA_ROOT).resolve() in path.parents
    assert Path(settings.MEDIA_ROOT).resolve() not in path.parents
    with pytest.raises(NotImplementedError):
        _ = minutes.file.url
