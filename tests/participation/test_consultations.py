"""Consultations: comments per section in people's languages, moderation, decisions, synthesis."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry

from accounts import roles
from participation import deadlines
from participation.errors import ParticipationError
from participation.models import Comment, Consultation, ModerationStatus
from participation.services import consultations

pytestmark = pytest.mark.django_db


def add_comments(consultation, count, *, status=ModerationStatus.PUBLISHED):
    sections = list(consultation.sections.all())
    Comment.objects.bulk_create(
        Comment(
            section=sections[number % len(sections)],
            author_name=f"Person {number}",
            language="ro",
            body=f"Comment {number}",
            status=status,
        )
        for number in range(count)
    )


def test_consultation_dates_default_to_the_legal_minimum(coordinator):
    created = consultations.create_consultation(
        user=coordinator, title="Plan", slug="plan", sections=[("One", "Text")]
    )
    terms = deadlines.consultation_terms(timezone.localdate())
    assert created.closes_on == terms.comments_close_on
    assert created.adoption_on == terms.earliest_adoption_on


def test_a_comment_period_shorter_than_ten_days_is_refused(coordinator):
    today = timezone.localdate()
    with pytest.raises(ParticipationError) as error:
        consultations.create_consultation(
            user=coordinator,
            title="Plan",
            slug="plan",
            sections=[("One", "Text")],
            opens_on=today,
            closes_on=today + timedelta(days=9),
        )
    assert error.value.code == "period_too_short"


def test_anonymous_comment_waits_for_moderation_then_appears(client, consultation, make_user):
    section = consultation.sections.first()
    url = reverse("participation:comment", args=[consultation.slug, section.pk])
    client.post(
        url,
        {
            "author_name": "Olena",
            "body": "Більше курсів румунської, будь ласка.",
            "proposed_text": "Add evening courses.",
        },
    )
    page = reverse("participation:consultation", args=[consultation.slug])
    assert "Більше курсів" not in client.get(page).content.decode()
    comment = Comment.objects.get()
    consultations.moderate(comment, user=make_user(roles.MODERATORS), publish=True)
    assert "Більше курсів" in client.get(page).content.decode()


def test_comments_are_refused_after_the_closing_date(consultation):
    consultation.closes_on = timezone.localdate() - timedelta(days=1)
    consultation.save()
    with pytest.raises(ParticipationError) as error:
        consultations.comment(consultation.sections.first(), body="Late", author_name="A", language="ro")
    assert error.value.code == "consultation_closed" and not Comment.objects.exists()


def test_synthesis_needs_a_decision_on_every_published_proposal(consultation, coordinator, client):
    add_comments(consultation, 2)
    first, second = Comment.objects.all()
    consultations.decide(first, user=coordinator, decision="accepted", reason="Added to measure 2.1")
    with pytest.raises(ParticipationError):
        consultations.publish_synthesis(consultation, user=coordinator)
    consultations.decide(second, user=coordinator, decision="rejected", reason="Outside the plan's scope")
    consultations.publish_synthesis(consultation, user=coordinator, introduction="Thank you all.")
    html = client.get(reverse("participation:synthesis", args=[consultation.slug])).content.decode()
    assert "Added to measure 2.1" in html and "Outside the plan&#x27;s scope" in html
    assert ModelLogEntry.objects.filter(action="participation.synthesis").exists()


def test_a_decision_without_reason_is_refused_and_changes_nothing(consultation, coordinator):
    add_comments(consultation, 1)
    comment = Comment.objects.get()
    with pytest.raises(ParticipationError):
        consultations.decide(comment, user=coordinator, decision="accepted", reason="")
    comment.refresh_from_db()
    assert comment.decision == ""


def test_consultation_page_queries_do_not_grow_with_comments(
    client, consultation, django_assert_max_num_queries
):
    url = reverse("participation:consultation", args=[consultation.slug])
    add_comments(consultation, 3)
    client.get(url)
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as few:
        assert client.get(url).status_code == 200
    add_comments(consultation, 120)
    with django_assert_max_num_queries(len(few.captured_queries)):
        html = client.get(url).content.decode()
    assert "Comment 119" in html


def test_synthesis_export_neutralises_formulas(consultation, coordinator, client):
    section = consultation.sections.first()
    Comment.objects.create(
        section=section,
        author_name='=HYPERLINK("http://x")',
        language="ro",
        body="b",
        status=ModerationStatus.PUBLISHED,
        decision="rejected",
        decision_reason="r",
    )
    consultations.publish_synthesis(consultation, user=coordinator)
    csv_text = client.get(reverse("participation:synthesis_export", args=[consultation.slug, "csv"])).content
    assert "'=HYPERLINK" in csv_text.decode("utf-8-sig")


def test_staff_publish_a_draft_in_sections_from_their_screen_with_the_law_default_period(client, coordinator):
    client.force_login(coordinator)
    assert (
        reverse("participation:consultation_new") in client.get(reverse("participation:consultations")).text
    )
    response = client.post(
        reverse("participation:consultation_new"),
        {
            "title": "Local plan 2028",
            "slug": "plan-2028",
            "opens_on": "2026-03-02",
            "sections": "# Housing\nMeasures for housing.\n\n# Language\nCourses.",
        },
    )
    created = Consultation.objects.get(slug="plan-2028")
    assert response["Location"].endswith("/participation/consultations/plan-2028/")
    assert [(section.heading, section.text) for section in created.sections.all()] == [
        ("Housing", "Measures for housing."),
        ("Language", "Courses."),
    ]
    assert created.closes_on.isoformat() == "2026-03-12"


@pytest.mark.parametrize(
    "changes",
    [
        {"sections": "No heading first"},
        {"sections": "# Heading only"},
        {"slug": "palis-2027"},
        {"slug": "new"},
        {"closes_on": "2026-03-05"},
    ],
)
def test_a_bad_draft_is_refused_with_a_message_and_nothing_is_created(
    client, coordinator, consultation, changes
):
    client.force_login(coordinator)
    data = {"title": "T", "slug": "t-1", "opens_on": "2026-03-02", "sections": "# A\nText", **changes}
    response = client.post(reverse("participation:consultation_new"), data)
    assert response.status_code == 200
    assert Consultation.objects.count() == 1


def test_an_accepted_proposal_becomes_an_action_that_shows_where_it_came_from(
    client, coordinator, consultation
):
    from coordination.models import Action, StrategicObjective

    objective = StrategicObjective.objects.create(number=3, title="Housing")
    proposal = consultations.comment(
        consultation.sections.first(),
        body="Open a housing desk.",
        proposed_text="A housing desk at the centre",
        author_name="Olena",
        language="uk",
    )
    consultations.moderate(proposal, user=coordinator, publish=True)
    consultations.decide(proposal, user=coordinator, decision="accepted", reason="Good idea.")
    client.force_login(coordinator)
    moderation = reverse("participation:moderation", args=[consultation.slug])
    url = reverse("participation:proposal_action", args=[consultation.slug, proposal.pk])
    assert url in client.get(moderation).text
    data = {"objective": objective.pk, "code": "H1", "starts_on": "2027-01-01", "ends_on": "2027-06-30"}
    client.post(url, data)
    action = Action.objects.get(code="H1")
    assert action.title == "A housing desk at the centre" and action.objective == objective
    plan = client.get(reverse("coordination:action_plan")).text
    assert "Olena" in plan and consultation.title in plan
    assert reverse("participation:synthesis", args=[consultation.slug]) in plan
    assert ModelLogEntry.objects.filter(action="coordination.create_action").exists()
    # Once only.
    client.post(url, {**data, "code": "H2"})
    assert not Action.objects.filter(code="H2").exists()


def test_a_rejected_proposal_or_a_desk_clerk_cannot_add_to_the_action_plan(
    client, make_user, coordinator, consultation
):
    from coordination.models import Action, StrategicObjective

    objective = StrategicObjective.objects.create(number=3, title="Housing")
    proposal = consultations.comment(
        consultation.sections.first(), body="No.", author_name="Ana", language="ro"
    )
    consultations.moderate(proposal, user=coordinator, publish=True)
    consultations.decide(proposal, user=coordinator, decision="rejected", reason="Out of scope.")
    args = {
        "objective": objective,
        "code": "R1",
        "starts_on": timezone.localdate(),
        "ends_on": timezone.localdate(),
    }
    with pytest.raises(ParticipationError, match="not_accepted"):
        consultations.add_proposal_to_action_plan(proposal, user=coordinator, **args)
    consultations.decide(proposal, user=coordinator, decision="partly", reason="In part.")
    client.force_login(make_user(roles.CIVIC_STAFF))
    response = client.post(
        reverse("participation:proposal_action", args=[consultation.slug, proposal.pk]),
        {"objective": objective.pk, "code": "R1", "starts_on": "2027-01-01", "ends_on": "2027-06-30"},
    )
    assert response.status_code == 403 and not Action.objects.exists()


def upcoming(coordinator, days_ahead=5):
    opens_on = timezone.localdate() + timedelta(days=days_ahead)
    return consultations.create_consultation(
        user=coordinator,
        title="Draft decision on the community centre",
        slug="community-centre",
        opens_on=opens_on,
        sections=[("Purpose", "Open a centre."), ("Budget", "100,000 lei.")],
    )


def test_before_it_opens_staff_may_change_the_draft_and_the_dates_within_the_law(client, coordinator):
    consultation = upcoming(coordinator)
    new_opening = consultation.opens_on + timedelta(days=2)
    client.force_login(coordinator)
    response = client.post(
        reverse("participation:consultation_edit", args=[consultation.slug]),
        {
            "title": "Draft decision on the community centres",
            "opens_on": new_opening.isoformat(),
            "closes_on": (new_opening + timedelta(days=15)).isoformat(),
            "adoption_on": deadlines.consultation_terms(new_opening).earliest_adoption_on.isoformat(),
            "sections": "# Purpose\nOpen two centres.\n# Budget\n150,000 lei.\n# Staff\nFour mediators.",
        },
    )
    assert response.status_code == 302
    consultation.refresh_from_db()
    assert consultation.opens_on == new_opening and consultation.title.endswith("centres")
    assert [s.text for s in consultation.sections.all()] == [
        "Open two centres.",
        "150,000 lei.",
        "Four mediators.",
    ]
    entry = ModelLogEntry.objects.get(action="participation.consultation_edit")
    assert set(entry.data["changed"]) >= {"title", "opens_on", "closes_on", "sections"}


def test_an_edit_that_shortens_the_legal_periods_is_refused_and_changes_nothing(coordinator):
    consultation = upcoming(coordinator)
    for changes in (
        {"closes_on": consultation.opens_on + timedelta(days=9)},
        {"adoption_on": consultation.opens_on + timedelta(days=20)},
    ):
        with pytest.raises(ParticipationError) as refused:
            consultations.update_consultation(consultation, user=coordinator, **changes)
        assert refused.value.code == "period_too_short"
    # The tenth day after the opening is the earliest lawful close.
    consultations.update_consultation(
        consultation, user=coordinator, closes_on=consultation.opens_on + timedelta(days=10)
    )
    assert Consultation.objects.get(pk=consultation.pk).closes_on == consultation.opens_on + timedelta(
        days=10
    )


def test_while_it_runs_the_draft_and_opening_are_fixed_and_the_close_only_moves_later(
    consultation, coordinator
):
    sections = [(s.heading, s.text) for s in consultation.sections.all()]
    refusals = [
        ({"opens_on": consultation.opens_on + timedelta(days=1)}, "consultation_started"),
        ({"closes_on": consultation.closes_on - timedelta(days=1)}, "closing_moved_earlier"),
        ({"sections": [("Housing", "Changed text."), sections[1]]}, "draft_locked"),
    ]
    for changes, code in refusals:
        with pytest.raises(ParticipationError) as refused:
            consultations.update_consultation(consultation, user=coordinator, **changes)
        assert refused.value.code == code
    later = consultation.closes_on + timedelta(days=7)
    consultations.update_consultation(
        consultation, user=coordinator, title="Plan 2027 (extended)", closes_on=later, sections=sections
    )
    consultation.refresh_from_db()
    assert (consultation.title, consultation.closes_on) == ("Plan 2027 (extended)", later)
    assert [(s.heading, s.text) for s in consultation.sections.all()] == sections


def test_a_finished_consultation_cannot_be_edited_and_the_page_says_why(client, consultation, coordinator):
    Consultation.objects.filter(pk=consultation.pk).update(
        opens_on=timezone.localdate() - timedelta(days=30), closes_on=timezone.localdate() - timedelta(days=1)
    )
    client.force_login(coordinator)
    response = client.put(
        f"/api/participation/consultations/{consultation.slug}",
        {"title": "Renamed", "opens_on": (timezone.localdate() - timedelta(days=30)).isoformat()},
        content_type="application/json",
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert response.status_code == 400 and "has ended" in response.json()["detail"]
    assert Consultation.objects.get(pk=consultation.pk).title == "Local inclusion plan 2027"


def test_a_moderator_cannot_edit_a_consultation(client, consultation, make_user):
    client.force_login(make_user(roles.MODERATORS))
    assert client.get(reverse("participation:consultation_edit", args=[consultation.slug])).status_code == 403
    response = client.put(
        f"/api/participation/consultations/{consultation.slug}",
        {"title": "Renamed", "opens_on": consultation.opens_on.isoformat()},
        content_type="application/json",
    )
    assert response.status_code == 403
