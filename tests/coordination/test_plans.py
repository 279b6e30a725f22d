import datetime
import io

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError
from django.urls import reverse
from docx import Document
from pypdf import PdfReader

from coordination import services
from coordination.models import ActionStatus, Indicator, WorkPlanEntry

from .conftest import COORDINATING_ROLES, EVERY_ROLE, TEAM_ROLES, assert_refused
from .factories import (
    ActionFactory,
    BodyFactory,
    InstitutionFactory,
    MeetingFactory,
    TeamMemberFactory,
    add_members,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def plan(coordinator):
    action = ActionFactory(
        title="Pachet de orientare",
        objective__title="Sprijin pentru integrarea timpurie",
        leader=InstitutionFactory(name="DASM Cluj-Napoca"),
    )
    Indicator.objects.create(action=action, name="Sesiuni de orientare", target=4, current=1)
    meeting = MeetingFactory()
    services.add_progress_update(
        action,
        text="Materiale cartografiate",
        progress=20,
        status=ActionStatus.IN_PROGRESS,
        date=datetime.date(2026, 2, 1),
        meeting=meeting,
        user=coordinator,
    )
    services.add_progress_update(
        action,
        text="Ghid tradus în arabă",
        progress=45,
        status=ActionStatus.IN_PROGRESS,
        date=datetime.date(2026, 5, 1),
        user=coordinator,
    )
    return action


def test_latest_update_sets_the_actions_progress_and_links_the_meeting(plan):
    plan.refresh_from_db()
    assert (plan.progress, plan.status, plan.meetings.count()) == (45, ActionStatus.IN_PROGRESS, 1)


def test_progress_outside_0_to_100_is_refused(coordinator, plan):
    with pytest.raises((ValidationError, IntegrityError)):
        services.add_progress_update(plan, text="x", progress=140, status="in_progress", user=coordinator)
    plan.refresh_from_db()
    assert plan.progress == 45 and plan.updates.count() == 2


@pytest.mark.parametrize("role", EVERY_ROLE)
def test_action_plan_page_is_public_with_text_progress(client_for, role, plan):
    page = client_for(role).get(reverse("coordination:action_plan")).content.decode()
    assert "Pachet de orientare" in page
    assert '<progress id="progress-action-' in page and 'value="45"' in page and "45%" in page
    assert "Ghid tradus în arabă" in page


def test_action_plan_api_is_public_with_bounded_queries(client, plan, django_assert_max_num_queries):
    with django_assert_max_num_queries(10) as few:
        data = client.get("/api/coordination/action-plan").json()
    assert data[0]["actions"][0]["progress"] == 45 and data[0]["progress"] == 45
    ActionFactory.create_batch(5, objective=plan.objective)
    ActionFactory.create_batch(5)
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get("/api/coordination/action-plan")


@pytest.mark.parametrize("role", EVERY_ROLE)
def test_work_plan_is_for_the_team(client_for, role):
    entry = WorkPlanEntry.objects.create(
        date=datetime.date(2026, 4, 15), activity="Întâlnire publică LSICU", resources="Sală, proiector"
    )
    entry.responsible_institutions.add(InstitutionFactory(name="Urząd Gminy Dragacz"))
    response = client_for(role).get(reverse("coordination:work_plan"))
    if role in TEAM_ROLES:
        page = response.content.decode()
        assert "2026 Q2" in page and "Urząd Gminy Dragacz" in page and "Sală, proiector" in page
    else:
        assert_refused(response, role)


@pytest.mark.parametrize("role", EVERY_ROLE)
def test_report_draft_is_for_coordinators_as_pdf_and_docx(client_for, role, plan):
    client = client_for(role)
    for file_format in ("pdf", "docx"):
        response = client.get(reverse("coordination:report", kwargs={"year": 2026, "format": file_format}))
        if role not in COORDINATING_ROLES:
            assert_refused(response, role)
            continue
        content = response.content
        if file_format == "pdf":
            text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)
        else:
            text = "\n".join(p.text for p in Document(io.BytesIO(content)).paragraphs)
        assert "Pachet de orientare" in text and "Sesiuni de orientare" in text


def test_dashboard_shows_frequency_and_composition_with_numbers(client, coordinator):
    body = BodyFactory(name="Grupul de livrare", min_meetings_per_year=3, min_migrant_share=30)
    migrant = TeamMemberFactory(is_migrant=True)
    add_members(body, migrant, TeamMemberFactory(), TeamMemberFactory(), TeamMemberFactory())
    MeetingFactory(body=body)
    client.force_login(coordinator)
    page = client.get(reverse("coordination:dashboard")).content.decode()
    assert "1 of at least 3" in page
    assert "1 of 4 members (25%; at least 30% required)" in page
    assert "The composition rule does not hold." in page
    add_members(body, TeamMemberFactory(institution__migrant_led=True))
    page = client.get(reverse("coordination:dashboard")).content.decode()
    assert "2 of 5 members (40%; at least 30% required)" in page and "The composition rule holds." in page


def test_dashboard_query_count_does_not_grow(client, coordinator, django_assert_max_num_queries):
    client.force_login(coordinator)
    BodyFactory()
    with django_assert_max_num_queries(20) as few:
        client.get(reverse("coordination:dashboard"))
    for _ in range(6):
        body = BodyFactory()
        add_members(body, TeamMemberFactory(), TeamMemberFactory())
        MeetingFactory(body=body)
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get(reverse("coordination:dashboard"))


def test_members_see_the_meetings_and_items_moving_an_action_the_public_does_not(client, make_user, plan):
    from .factories import ActionItemFactory

    ActionItemFactory(action=plan, title="Traducerea ghidului în nepaleză")
    assert (
        "Traducerea ghidului în nepaleză"
        not in client.get(reverse("coordination:action_plan")).content.decode()
    )
    client.force_login(make_user("Integration-team members"))
    page = client.get(reverse("coordination:action_plan")).content.decode()
    assert "Traducerea ghidului în nepaleză" in page and plan.meetings.get().title in page


def test_action_plan_page_query_count_does_not_grow(client, coordinator, plan, django_assert_max_num_queries):
    client.force_login(coordinator)
    with django_assert_max_num_queries(30) as few:
        client.get(reverse("coordination:action_plan"))
    for action in ActionFactory.create_batch(4, objective=plan.objective):
        services.add_progress_update(
            action,
            text="Pornit",
            progress=5,
            status="in_progress",
            meeting=MeetingFactory(),
            user=coordinator,
        )
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get(reverse("coordination:action_plan"))


def test_report_for_an_impossible_year_is_not_found(client, coordinator):
    client.force_login(coordinator)
    assert client.get("/en/coordination/report/99999.pdf").status_code == 404
    assert client.get("/en/coordination/report/2026.exe").status_code == 404


@pytest.mark.parametrize("year, status", [("0001", 404), ("9999", 404), ("1900", 200), ("2199", 200)])
def test_report_years_stay_within_what_dates_can_hold(client, coordinator, year, status):
    client.force_login(coordinator)
    assert client.get(f"/en/coordination/report/{year}.pdf").status_code == status
