"""Every page and every API operation of participation × every role, in one table. A URL or an
operation without a row here fails the completeness tests below."""

import uuid
from datetime import timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import URLPattern, reverse
from django.utils import timezone
from wagtail.models import Page

from accounts import roles
from coordination.models import StrategicObjective
from integration_site.api import api
from participation import urls as participation_urls
from participation.models import (
    AudienceRequest,
    AudienceSlot,
    Comment,
    GoodPractice,
    ModerationStatus,
    PracticeStatus,
)
from participation.services import complaints, consultations, desk

from .conftest import (
    DESK_ROLES,
    EVERY_ROLE,
    FEEDBACK_ROLES,
    FILING,
    MODERATING_ROLES,
    REVIEWING_ROLES,
    SUBMITTING_ROLES,
    SURVEY_ROLES,
)

pytestmark = pytest.mark.django_db
PUBLIC = "public"
MANAGING_ROLES = DESK_ROLES  # participation.manage_consultation: the desk and coordinators
#: Turning a proposal into an action also needs coordination.add_action: coordinators only.
ACTION_PLAN_ROLES = {roles.COORDINATORS, "superuser"}


@pytest.fixture
def world(staff, coordinator, consultation, survey):
    case = desk.register_at_desk("information", data=FILING, channel="paper", user=staff)
    case = desk.answer(case, user=staff, text="Answer", attachments=[SimpleUploadedFile("a.txt", b"hello")])
    open_case = desk.register_at_desk("information", data=FILING, channel="paper", user=staff)
    frequent_answer = desk.publish_frequent_answer(case, user=staff, question="When?", answer="Mondays.")
    section = consultation.sections.first()
    published = Comment.objects.create(
        section=section,
        author_name="A",
        language="ro",
        body="Published",
        status=ModerationStatus.PUBLISHED,
        decision="accepted",
        decision_reason="ok",
    )
    consultations.publish_synthesis(consultation, user=coordinator)
    pending = Comment.objects.create(section=section, author_name="B", language="fr", body="Pending")
    practice = GoodPractice.objects.create(
        title="Language café",
        problem="p",
        what_was_done="w",
        results="r",
        contact="c",
        locality="Cluj-Napoca",
        topic="language",
        status=PracticeStatus.PUBLISHED,
    )
    submitted = GoodPractice.objects.create(
        title="Buddy desk",
        problem="p",
        what_was_done="w",
        results="r",
        contact="c",
        locality="Dej",
        topic="language",
    )
    slot = AudienceSlot.objects.create(
        official="Mayor",
        place="Room 12",
        starts_at=timezone.now() + timedelta(days=3),
        ends_at=timezone.now() + timedelta(days=3, hours=2),
        capacity=3,
    )
    audience = AudienceRequest.objects.create(
        official="Mayor", name="Ana", email="ana@example.org", topic="Park"
    )
    complaint = complaints.file_service_complaint(
        name="Ana", email="ana@example.org", subject="Queue", body="Two hours.", language="ro"
    )
    return {
        "complaint": complaint,
        "question": survey.questions.last(),
        "slot": slot,
        "audience": audience,
        "case": case,
        "open_case": open_case,
        "objective": StrategicObjective.objects.create(number=1, title="Inclusion"),
        "frequent_answer": frequent_answer,
        "attachment": case.attachments.get(),
        "consultation": consultation,
        "section": section,
        "published": published,
        "pending": pending,
        "survey": survey,
        "practice": practice,
        "submitted": submitted,
        "page": Page.objects.filter(depth=2).first(),
    }


# (url name, args from world, method, data from world, who may, status when allowed)
PAGES = [
    ("file_case", lambda w: ["information"], "get", None, PUBLIC, 200),
    ("confirm", lambda w: ["not-a-valid-token"], "get", None, PUBLIC, 400),
    ("track", lambda w: [w["case"].tracking_token], "get", None, PUBLIC, 200),
    ("attachment", lambda w: [w["case"].tracking_token, w["attachment"].pk], "get", None, PUBLIC, 200),
    ("frequently_requested", lambda w: [], "get", None, PUBLIC, 200),
    (
        "withdraw_frequent_answer",
        lambda w: [w["frequent_answer"].pk],
        "post",
        lambda w: {},
        DESK_ROLES,
        302,
    ),
    ("desk", lambda w: [], "get", None, DESK_ROLES, 200),
    ("desk_register", lambda w: [], "get", None, DESK_ROLES, 200),
    ("desk_statistics", lambda w: [timezone.localdate().year, "xlsx"], "get", None, DESK_ROLES, 200),
    ("desk_case", lambda w: ["information", w["case"].pk], "get", None, DESK_ROLES, 200),
    (
        "desk_attachment",
        lambda w: ["information", w["case"].pk, w["attachment"].pk],
        "get",
        None,
        DESK_ROLES,
        200,
    ),
    (
        "desk_action",
        lambda w: ["information", w["open_case"].pk, "extend"],
        "post",
        lambda w: {"reason": "Archive"},
        DESK_ROLES,
        302,
    ),
    ("audiences", lambda w: [], "get", None, PUBLIC, 200),
    ("audience_desk", lambda w: [], "get", None, DESK_ROLES, 200),
    (
        "audience_action",
        lambda w: [w["audience"].pk, "confirm"],
        "post",
        lambda w: {"slot": w["slot"].pk},
        DESK_ROLES,
        302,
    ),
    ("consultations", lambda w: [], "get", None, PUBLIC, 200),
    ("consultation_new", lambda w: [], "get", None, MANAGING_ROLES, 200),
    ("consultation", lambda w: [w["consultation"].slug], "get", None, PUBLIC, 200),
    ("consultation_edit", lambda w: [w["consultation"].slug], "get", None, MANAGING_ROLES, 200),
    (
        "comment",
        lambda w: [w["consultation"].slug, w["section"].pk],
        "post",
        lambda w: {"author_name": "Ana", "body": "Good"},
        PUBLIC,
        302,
    ),
    ("synthesis", lambda w: [w["consultation"].slug], "get", None, PUBLIC, 200),
    ("synthesis_export", lambda w: [w["consultation"].slug, "xlsx"], "get", None, PUBLIC, 200),
    ("moderation", lambda w: [w["consultation"].slug], "get", None, MODERATING_ROLES, 200),
    (
        "moderate_comment",
        lambda w: [w["consultation"].slug, w["pending"].pk],
        "post",
        lambda w: {"publish": "yes"},
        MODERATING_ROLES,
        302,
    ),
    (
        "decide_comment",
        lambda w: [w["consultation"].slug, w["published"].pk],
        "post",
        lambda w: {"decision": "partly", "reason": "Partly"},
        MANAGING_ROLES,
        302,
    ),
    (
        "proposal_action",
        lambda w: [w["consultation"].slug, w["published"].pk],
        "post",
        lambda w: {
            "objective": w["objective"].pk,
            "code": "A9",
            "starts_on": "2027-01-01",
            "ends_on": "2027-06-30",
        },
        ACTION_PLAN_ROLES,
        302,
    ),
    ("publish_synthesis", lambda w: [w["consultation"].slug], "post", lambda w: {}, MANAGING_ROLES, 302),
    ("survey", lambda w: [w["survey"].slug], "get", None, PUBLIC, 200),
    ("survey_results", lambda w: [w["survey"].slug], "get", None, PUBLIC, 200),
    ("survey_results_export", lambda w: [w["survey"].slug, "csv"], "get", None, SURVEY_ROLES, 200),
    ("survey_desk", lambda w: [], "get", None, SURVEY_ROLES, 200),
    ("survey_new", lambda w: [], "get", None, SURVEY_ROLES, 200),
    ("survey_edit", lambda w: [w["survey"].slug], "get", None, SURVEY_ROLES, 200),
    ("survey_status", lambda w: [w["survey"].slug], "post", lambda w: {"action": "close"}, SURVEY_ROLES, 302),
    ("question_new", lambda w: [w["survey"].slug], "get", None, SURVEY_ROLES, 200),
    ("question_edit", lambda w: [w["survey"].slug, w["question"].pk], "get", None, SURVEY_ROLES, 200),
    (
        "question_delete",
        lambda w: [w["survey"].slug, w["question"].pk],
        "post",
        lambda w: {},
        SURVEY_ROLES,
        302,
    ),
    ("survey_translate", lambda w: [w["survey"].slug, "ar"], "get", None, SURVEY_ROLES, 200),
    ("complaint_new", lambda w: [], "get", None, PUBLIC, 200),
    ("complaint_track", lambda w: [w["complaint"].tracking_token], "get", None, PUBLIC, 200),
    ("complaint_desk", lambda w: [], "get", None, DESK_ROLES, 200),
    (
        "complaint_answer",
        lambda w: [w["complaint"].pk],
        "post",
        lambda w: {"text": "Sorry.", "justified": "yes"},
        DESK_ROLES,
        302,
    ),
    (
        "feedback",
        lambda w: [],
        "post",
        lambda w: {"page": w["page"].pk, "helpful": "no", "next": "/"},
        PUBLIC,
        302,
    ),
    ("feedback_report", lambda w: [], "get", None, FEEDBACK_ROLES, 200),
    ("practices", lambda w: [], "get", None, PUBLIC, 200),
    ("practice_submit", lambda w: [], "get", None, SUBMITTING_ROLES, 200),
    ("practice_compendium", lambda w: [], "get", None, PUBLIC, 200),
    ("practice_review_list", lambda w: [], "get", None, REVIEWING_ROLES, 200),
    ("practice_detail", lambda w: [w["practice"].pk], "get", None, PUBLIC, 200),
    (
        "practice_review",
        lambda w: [w["submitted"].pk],
        "post",
        lambda w: {"publish": "yes"},
        REVIEWING_ROLES,
        302,
    ),
    (
        "practice_adopt",
        lambda w: [w["practice"].pk],
        "post",
        lambda w: {"municipality": "Dej"},
        SUBMITTING_ROLES,
        302,
    ),
]


def test_every_participation_url_has_a_row():
    names = {pattern.name for pattern in participation_urls.urlpatterns if isinstance(pattern, URLPattern)}
    assert names == {row[0] for row in PAGES}


@pytest.mark.parametrize("role", EVERY_ROLE, ids=lambda role: str(role))
@pytest.mark.parametrize("row", PAGES, ids=lambda row: row[0])
def test_page_access(client_for, world, role, row):
    name, args, method, data, allowed, status = row
    client = client_for(role)
    url = reverse(f"participation:{name}", args=args(world))
    response = getattr(client, method)(url, data(world) if data else None)
    if allowed == PUBLIC or role in allowed:
        assert response.status_code == status, response.content[:300]
        if status == 302:
            assert "/accounts/login/" not in response["Location"]
    elif role is None:
        assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    else:
        assert response.status_code == 403


# (method, path from world, body from world, who may, status when allowed)
API = [
    ("post", lambda w: "/cases/information", lambda w: FILING, PUBLIC, 201),
    ("post", lambda w: "/confirmations", lambda w: {"token": "forged"}, PUBLIC, 400),
    ("get", lambda w: f"/track/{w['case'].tracking_token}", None, PUBLIC, 200),
    ("get", lambda w: "/my-cases", None, "signed_in", 200),
    ("get", lambda w: "/desk/information", None, DESK_ROLES, 200),
    ("get", lambda w: f"/desk/information/{w['case'].pk}", None, DESK_ROLES, 200),
    ("post", lambda w: "/desk/petition", lambda w: {**FILING, "channel": "paper"}, DESK_ROLES, 201),
    (
        "post",
        lambda w: f"/desk/information/{w['open_case'].pk}/actions",
        lambda w: {"action": "answer", "text": "Answer"},
        DESK_ROLES,
        200,
    ),
    ("get", lambda w: "/audiences/slots", None, PUBLIC, 200),
    (
        "post",
        lambda w: "/audiences/requests",
        lambda w: {"official": "Mayor", "name": "Ana", "email": "ana@example.org", "topic": "Park"},
        PUBLIC,
        201,
    ),
    (
        "post",
        lambda w: f"/audiences/requests/{w['audience'].pk}/actions",
        lambda w: {"action": "confirm", "slot_id": w["slot"].pk},
        DESK_ROLES,
        200,
    ),
    ("get", lambda w: "/consultations", None, PUBLIC, 200),
    ("get", lambda w: f"/consultations/{w['consultation'].slug}", None, PUBLIC, 200),
    (
        "put",
        lambda w: f"/consultations/{w['consultation'].slug}",
        lambda w: {"title": "Plan 2027, corrected", "opens_on": w["consultation"].opens_on.isoformat()},
        MANAGING_ROLES,
        200,
    ),
    (
        "post",
        lambda w: f"/consultations/{w['consultation'].slug}/sections/{w['section'].pk}/comments",
        lambda w: {"author_name": "Ana", "body": "Good"},
        PUBLIC,
        201,
    ),
    (
        "post",
        lambda w: f"/comments/{w['pending'].pk}/moderation",
        lambda w: {"publish": True},
        MODERATING_ROLES,
        200,
    ),
    (
        "post",
        lambda w: f"/comments/{w['published'].pk}/decision",
        lambda w: {"decision": "rejected", "reason": "No"},
        MANAGING_ROLES,
        200,
    ),
    (
        "post",
        lambda w: f"/consultations/{w['consultation'].slug}/synthesis",
        lambda w: {},
        MANAGING_ROLES,
        200,
    ),
    ("get", lambda w: f"/consultations/{w['consultation'].slug}/synthesis", None, PUBLIC, 200),
    ("get", lambda w: f"/surveys/{w['survey'].slug}", None, PUBLIC, 200),
    (
        "post",
        lambda w: f"/surveys/{w['survey'].slug}/responses",
        lambda w: {
            "submission_id": str(uuid.uuid4()),
            "answers": {
                str(w["survey"].questions.first().pk): w["survey"].questions.first().choices.first().pk
            },
        },
        PUBLIC,
        201,
    ),
    ("get", lambda w: f"/surveys/{w['survey'].slug}/results", None, PUBLIC, 200),
    ("get", lambda w: "/desk/surveys", None, SURVEY_ROLES, 200),
    ("post", lambda w: "/surveys", lambda w: {"title": "Housing", "slug": "housing"}, SURVEY_ROLES, 201),
    ("put", lambda w: f"/surveys/{w['survey'].slug}", lambda w: {"title": "Needs"}, SURVEY_ROLES, 200),
    (
        "post",
        lambda w: f"/surveys/{w['survey'].slug}/status",
        lambda w: {"is_open": False},
        SURVEY_ROLES,
        200,
    ),
    (
        "post",
        lambda w: f"/surveys/{w['survey'].slug}/questions",
        lambda w: {"kind": "text", "text": "Anything else?"},
        SURVEY_ROLES,
        201,
    ),
    (
        "put",
        lambda w: f"/surveys/{w['survey'].slug}/questions/{w['question'].pk}",
        lambda w: {"kind": "multiple", "text": "Which help?", "choices": ["Language", "Work"]},
        SURVEY_ROLES,
        200,
    ),
    (
        "delete",
        lambda w: f"/surveys/{w['survey'].slug}/questions/{w['question'].pk}",
        None,
        SURVEY_ROLES,
        204,
    ),
    (
        "put",
        lambda w: f"/surveys/{w['survey'].slug}/translations/ar",
        lambda w: {"title": "احتياجاتك"},
        SURVEY_ROLES,
        200,
    ),
    (
        "post",
        lambda w: "/complaints",
        lambda w: {"name": "Ana", "email": "ana@example.org", "subject": "Queue", "body": "Two hours."},
        PUBLIC,
        201,
    ),
    ("get", lambda w: f"/complaints/{w['complaint'].tracking_token}", None, PUBLIC, 200),
    ("get", lambda w: "/desk/complaints", None, DESK_ROLES, 200),
    (
        "post",
        lambda w: f"/desk/complaints/{w['complaint'].pk}/answer",
        lambda w: {"text": "Sorry.", "justified": True},
        DESK_ROLES,
        200,
    ),
    ("post", lambda w: "/feedback", lambda w: {"page_id": w["page"].pk, "helpful": True}, PUBLIC, 201),
    ("get", lambda w: "/feedback/report", None, FEEDBACK_ROLES, 200),
    ("get", lambda w: "/practices", None, PUBLIC, 200),
    (
        "post",
        lambda w: "/practices",
        lambda w: {
            "title": "T",
            "problem": "P",
            "what_was_done": "W",
            "results": "R",
            "contact": "C",
            "locality": "Turda",
            "topic": "work",
        },
        SUBMITTING_ROLES,
        201,
    ),
    (
        "post",
        lambda w: f"/practices/{w['submitted'].pk}/review",
        lambda w: {"publish": True},
        REVIEWING_ROLES,
        200,
    ),
    (
        "post",
        lambda w: f"/practices/{w['practice'].pk}/adoptions",
        lambda w: {"municipality": "Dej"},
        SUBMITTING_ROLES,
        201,
    ),
]


def test_every_participation_api_operation_has_a_row():
    import re

    schema = api.get_openapi_schema()
    documented = {
        (method, re.sub(r"\{[^}]+\}", "{}", path.removeprefix("/api/participation")))
        for path, operations in schema["paths"].items()
        if path.startswith("/api/participation/")
        for method in operations
    }
    world = {
        key: type("Stub", (), {"pk": 1, "slug": "s", "tracking_token": "t"})()
        for key in [
            "case",
            "open_case",
            "consultation",
            "section",
            "pending",
            "published",
            "survey",
            "submitted",
            "practice",
            "audience",
            "question",
            "complaint",
        ]
    }
    rows = {
        (method, re.sub(r"(?<=/)(t|s|1|ar|information|petition)(?=/|$)", "{}", path(world)))
        for method, path, *_ in API
    }
    assert documented == rows


@pytest.mark.parametrize("role", EVERY_ROLE, ids=lambda role: str(role))
@pytest.mark.parametrize("row", API, ids=lambda row: f"{row[0]} {row[1].__code__.co_consts}"[:60])
def test_api_access(client_for, world, role, row):
    method, path, body, allowed, status = row
    client = client_for(role)
    url = "/api/participation" + path(world)
    if body is None:
        response = getattr(client, method)(url)
    else:
        response = getattr(client, method)(url, body(world), content_type="application/json")
    if allowed == "signed_in":
        may = role is not None
    else:
        may = allowed == PUBLIC or role in allowed
    if may:
        assert response.status_code == status, response.content[:300]
    else:
        assert response.status_code == (401 if role is None else 403), response.content[:300]
        assert response["Content-Type"].startswith("application/json")


def test_a_requester_sees_only_their_own_cases(client, make_user, staff):
    amal, olena = make_user(roles.PARTICIPANTS), make_user(roles.PARTICIPANTS)
    client.force_login(amal)
    filed = client.post(
        "/api/participation/cases/information",
        {**FILING, "email": amal.email},
        content_type="application/json",
    ).json()
    assert filed["status"] == "registered" and filed["tracking_token"]
    client.force_login(olena)
    assert client.get("/api/participation/my-cases").json() == []
    from participation.models import InformationRequest

    case_id = InformationRequest.objects.get().pk
    assert client.get(f"/api/participation/desk/information/{case_id}").status_code == 403
    assert client.get(f"/api/participation/track/{'x' * 32}").status_code == 404
    client.force_login(amal)
    assert [case["id"] for case in client.get("/api/participation/my-cases").json()] == [case_id]


def test_an_anonymous_api_filing_returns_no_tracking_link_before_the_email_is_confirmed(client):
    response = client.post("/api/participation/cases/petition", FILING, content_type="application/json")
    assert response.status_code == 201
    assert response.json()["status"] == "unverified" and response.json()["tracking_token"] is None


def test_bad_api_input_is_a_json_4xx_and_saves_nothing(client):
    from participation.models import InformationRequest

    for body in [{}, {"subject": "x" * 500, "body": "b", "email": "a@b.c"}, {"subject": "s", "body": "b"}]:
        response = client.post("/api/participation/cases/information", body, content_type="application/json")
        assert response.status_code in (400, 422) and response.json()["detail"]
    assert not InformationRequest.objects.exists()
