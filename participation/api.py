"""Participation API at /api/participation/: public reads and filings need no account; the
desk's work needs its role; a requester sees their case only through its private token or
their account. Endpoints are thin: reads from participation.queries, writes through services."""

from datetime import date, datetime
from typing import Literal
from uuid import UUID

from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils.translation import get_language
from ninja import Field, Router, Schema
from ninja.responses import Status
from wagtail.models import Page

from integration_site.api_auth import optional_sign_in, signed_in

from . import queries
from .access import may, require
from .errors import ParticipationError
from .models import (
    AudienceRequest,
    AudienceSlot,
    Comment,
    Domain,
    GoodPractice,
    Outcome,
    RequesterType,
    Section,
    Topic,
)
from .services import audiences, community, consultations, desk, surveys

router = Router(tags=["participation"])
HANDLE = "participation.handle_case"
Kind = Literal["information", "petition"]


class ParticipationErrorOut(Schema):
    detail: str


def bad_request(error):
    return Status(400, {"detail": error.message})


class FilingIn(Schema):
    email: str = Field("", max_length=254)
    name: str = Field("", max_length=200)
    postal_address: str = Field("", max_length=300)
    requester_type: Literal[tuple(RequesterType.values)] = "person"
    domain: Literal[tuple(Domain.values)] = "other"
    subject: str = Field(min_length=1, max_length=200)
    body: str = Field(min_length=1, max_length=10_000)
    anonymous: bool = False


class FilingOut(Schema):
    status: str
    reference: str
    tracking_token: str | None = Field(None, description="Given only once the e-mail is verified")


class CaseOut(Schema):
    kind: Kind
    id: int
    reference: str
    subject: str
    body: str
    status: str
    channel: str
    domain: str
    registered_at: datetime | None
    due_on: date | None
    outcome: str
    answer: str
    reason: str
    redirected_to: str
    attachments: list[str]


class DeskCaseOut(CaseOut):
    name: str
    email: str
    requester_type: str
    assignee_id: int | None
    urgency: str


def case_out(case, *, staff=False):
    data = {
        "kind": case.register_kind,
        "id": case.pk,
        "reference": case.reference,
        "subject": case.subject,
        "body": case.body,
        "status": case.status,
        "channel": case.channel,
        "domain": case.domain,
        "registered_at": case.registered_at,
        "due_on": case.due_on,
        "outcome": case.outcome,
        "answer": case.answer,
        "reason": case.reason,
        "redirected_to": case.redirected_to,
        "attachments": [attachment.filename for attachment in case.attachments.all()],
    }
    if staff:
        data.update(
            name=case.name,
            email=case.email,
            requester_type=case.requester_type,
            assignee_id=case.assignee_id,
            urgency=case.urgency(),
        )
    return data


@router.post(
    "/cases/{kind}",
    response={201: FilingOut, 400: ParticipationErrorOut},
    auth=optional_sign_in,
    operation_id="participation_file_case",
    summary="File an information request or a petition online",
)
def file_case(request, kind: Kind, payload: FilingIn):
    try:
        case = desk.file_online(
            kind, data={**payload.dict(), "language": get_language()}, user=request.user, request=request
        )
    except ParticipationError as error:
        return bad_request(error)
    verified = case.status != "unverified"
    return Status(
        201,
        {
            "status": case.status,
            "reference": case.reference,
            "tracking_token": case.tracking_token if verified else None,
        },
    )


class TokenIn(Schema):
    token: str = Field(min_length=1, max_length=500)


@router.post(
    "/confirmations",
    response={200: FilingOut, 400: ParticipationErrorOut},
    auth=None,
    operation_id="participation_confirm",
    summary="Confirm an online filing with the e-mailed token",
)
def confirm(request, payload: TokenIn):
    try:
        case = desk.confirm_filing(payload.token, request=request)
    except ParticipationError as error:
        return bad_request(error)
    return {"status": case.status, "reference": case.reference, "tracking_token": case.tracking_token}


@router.get(
    "/track/{token}",
    response={200: CaseOut, 404: ParticipationErrorOut},
    auth=None,
    operation_id="participation_track",
    summary="A case, seen through its private tracking token",
)
def track(request, token: str):
    case = queries.case_by_token(token[:100])
    if case is None:
        raise Http404
    return case_out(case)


@router.get(
    "/my-cases",
    response=list[CaseOut],
    auth=signed_in,
    operation_id="participation_my_cases",
    summary="The cases the signed-in person filed",
)
def my_cases(request):
    return [case_out(case) for case in queries.my_cases(request.user)]


@router.get(
    "/desk/{kind}",
    response=list[DeskCaseOut],
    auth=signed_in,
    operation_id="participation_desk",
    summary="Open cases with their deadlines (desk staff)",
)
def desk_list(request, kind: Kind, include_closed: bool = False):
    require(request.user, HANDLE)
    cases = queries.desk_cases(kind, open_only=not include_closed).prefetch_related("attachments")
    return [case_out(case, staff=True) for case in cases]


@router.get(
    "/desk/{kind}/{case_id}",
    response={200: DeskCaseOut, 404: ParticipationErrorOut},
    auth=signed_in,
    operation_id="participation_desk_case",
    summary="One case (desk staff)",
)
def desk_case(request, kind: Kind, case_id: int):
    require(request.user, HANDLE)
    case = queries.case_for(request.user, kind, case_id)
    if case is None:
        raise Http404
    return case_out(case, staff=True)


class RegisterIn(FilingIn):
    channel: Literal["paper", "email", "phone"]


@router.post(
    "/desk/{kind}",
    response={201: DeskCaseOut, 400: ParticipationErrorOut},
    auth=signed_in,
    operation_id="participation_register",
    summary="Register a case received on paper, e-mail or phone",
)
def register(request, kind: Kind, payload: RegisterIn):
    data = payload.dict()
    channel = data.pop("channel")
    case = desk.register_at_desk(
        kind, data={**data, "language": get_language()}, channel=channel, user=request.user, request=request
    )
    return Status(201, case_out(case, staff=True))


class DeskActionIn(Schema):
    action: Literal["assign", "extend", "answer", "refuse", "redirect", "close"]
    assignee_id: int | None = Field(None, ge=1, le=2**31 - 1)
    text: str = Field("", max_length=20_000)
    reason: str = Field("", max_length=5_000)
    outcome: Literal["", Outcome.REFUSED_EXEMPT.value, Outcome.REFUSED_NONEXISTENT.value] = ""
    institution: str = Field("", max_length=200)
    days: int = Field(15, ge=1, le=15)


@router.post(
    "/desk/{kind}/{case_id}/actions",
    response={200: DeskCaseOut, 400: ParticipationErrorOut, 404: ParticipationErrorOut},
    auth=signed_in,
    operation_id="participation_desk_action",
    summary="Assign, extend, answer, refuse, forward or close a case (desk staff)",
)
def desk_action(request, kind: Kind, case_id: int, payload: DeskActionIn):
    from django.contrib.auth import get_user_model

    require(request.user, HANDLE)
    case = queries.case_for(request.user, kind, case_id)
    if case is None:
        raise Http404
    user = request.user
    try:
        if payload.action == "assign":
            assignee = get_object_or_404(get_user_model(), pk=payload.assignee_id or 0)
            case = desk.assign(case, assignee=assignee, user=user, request=request)
        elif payload.action == "extend":
            case = desk.extend(case, user=user, reason=payload.reason, days=payload.days, request=request)
        elif payload.action == "answer":
            case = desk.answer(case, user=user, text=payload.text, request=request)
        elif payload.action == "refuse":
            case = desk.refuse(
                case, user=user, outcome=payload.outcome, reason=payload.reason, request=request
            )
        elif payload.action == "redirect":
            case = desk.redirect(case, user=user, institution=payload.institution, request=request)
        else:
            case = desk.close(case, user=user, request=request)
    except ParticipationError as error:
        return bad_request(error)
    return case_out(queries.case_for(user, kind, case.pk), staff=True)


class CommentOut(Schema):
    id: int
    author_name: str
    language: str
    body: str
    proposed_text: str
    decision: str
    decision_reason: str


class SectionOut(Schema):
    id: int
    position: int
    heading: str
    text: str
    comments: list[CommentOut]


class ConsultationSummaryOut(Schema):
    slug: str
    title: str
    opens_on: date
    closes_on: date
    adoption_on: date | None
    synthesis_published: bool


class ConsultationOut(ConsultationSummaryOut):
    summary: str
    debate_event_id: int | None
    sections: list[SectionOut]


def comment_out(comment):
    return {
        "id": comment.pk,
        "author_name": comment.author_name,
        "language": comment.language,
        "body": comment.body,
        "proposed_text": comment.proposed_text,
        "decision": comment.decision,
        "decision_reason": comment.decision_reason,
    }


def consultation_summary(consultation):
    synthesis = getattr(consultation, "synthesis", None)
    return {
        "slug": consultation.slug,
        "title": consultation.title,
        "opens_on": consultation.opens_on,
        "closes_on": consultation.closes_on,
        "adoption_on": consultation.adoption_on,
        "synthesis_published": bool(synthesis and synthesis.published_at),
    }


@router.get(
    "/consultations",
    response=list[ConsultationSummaryOut],
    auth=None,
    operation_id="participation_consultations",
    summary="Public consultations",
)
def consultation_list(request):
    return [consultation_summary(consultation) for consultation in queries.public_consultations()]


@router.get(
    "/consultations/{slug}",
    response={200: ConsultationOut, 404: ParticipationErrorOut},
    auth=None,
    operation_id="participation_consultation",
    summary="A consultation with its sections and comments",
)
def consultation_detail(request, slug: str):
    consultation = queries.consultation_page(slug[:80])
    if consultation is None:
        raise Http404
    return {
        **consultation_summary(consultation),
        "summary": consultation.summary,
        "debate_event_id": consultation.debate_event_id,
        "sections": [
            {
                "id": section.pk,
                "position": section.position,
                "heading": section.heading,
                "text": section.text,
                "comments": [comment_out(comment) for comment in section.published_comments],
            }
            for section in consultation.sections.all()
        ],
    }


class CommentIn(Schema):
    author_name: str = Field("", max_length=120)
    email: str = Field("", max_length=254)
    body: str = Field(min_length=1, max_length=5_000)
    proposed_text: str = Field("", max_length=5_000)


@router.post(
    "/consultations/{slug}/sections/{section_id}/comments",
    response={201: CommentOut, 400: ParticipationErrorOut, 404: ParticipationErrorOut},
    auth=optional_sign_in,
    operation_id="participation_comment",
    summary="Comment on a section (published after moderation)",
)
def comment(request, slug: str, section_id: int, payload: CommentIn):
    section = get_object_or_404(
        Section.objects.select_related("consultation"),
        pk=section_id,
        consultation__slug=slug[:80],
        consultation__published=True,
    )
    try:
        created = consultations.comment(
            section, **payload.dict(), language=get_language(), user=request.user, request=request
        )
    except ParticipationError as error:
        return bad_request(error)
    return Status(201, comment_out(created))


class ModerationIn(Schema):
    publish: bool


@router.post(
    "/comments/{comment_id}/moderation",
    response={200: CommentOut, 404: ParticipationErrorOut},
    auth=signed_in,
    operation_id="participation_moderate",
    summary="Publish or reject a comment",
)
def moderate(request, comment_id: int, payload: ModerationIn):
    require(request.user, "participation.moderate_comment")
    found = get_object_or_404(Comment, pk=comment_id)
    return comment_out(
        consultations.moderate(found, user=request.user, publish=payload.publish, request=request)
    )


class DecisionIn(Schema):
    decision: Literal["accepted", "partly", "rejected"]
    reason: str = Field(min_length=1, max_length=5_000)


@router.post(
    "/comments/{comment_id}/decision",
    response={200: CommentOut, 400: ParticipationErrorOut, 404: ParticipationErrorOut},
    auth=signed_in,
    operation_id="participation_decide",
    summary="Decide on a proposal, with the reason",
)
def decide(request, comment_id: int, payload: DecisionIn):
    require(request.user, "participation.manage_consultation")
    found = get_object_or_404(Comment, pk=comment_id)
    try:
        return comment_out(
            consultations.decide(
                found, user=request.user, decision=payload.decision, reason=payload.reason, request=request
            )
        )
    except ParticipationError as error:
        return bad_request(error)


class SynthesisIn(Schema):
    introduction: str = Field("", max_length=10_000)


class SynthesisOut(Schema):
    consultation: str
    introduction: str
    published_at: datetime | None
    proposals: list[CommentOut]


@router.post(
    "/consultations/{slug}/synthesis",
    response={200: SynthesisOut, 400: ParticipationErrorOut, 404: ParticipationErrorOut},
    auth=signed_in,
    operation_id="participation_publish_synthesis",
    summary="Publish the synthesis (every proposal decided)",
)
def publish_synthesis(request, slug: str, payload: SynthesisIn):
    require(request.user, "participation.manage_consultation")
    consultation = queries.consultation_page(slug[:80])
    if consultation is None:
        raise Http404
    try:
        synthesis = consultations.publish_synthesis(
            consultation, user=request.user, introduction=payload.introduction, request=request
        )
    except ParticipationError as error:
        return bad_request(error)
    return synthesis_out(consultation, synthesis)


def synthesis_out(consultation, synthesis):
    return {
        "consultation": consultation.slug,
        "introduction": synthesis.introduction,
        "published_at": synthesis.published_at,
        "proposals": [comment_out(comment) for comment in queries.synthesis_rows(consultation)],
    }


@router.get(
    "/consultations/{slug}/synthesis",
    response={200: SynthesisOut, 404: ParticipationErrorOut},
    auth=None,
    operation_id="participation_synthesis",
    summary="The published synthesis",
)
def synthesis(request, slug: str):
    consultation = queries.consultation_page(slug[:80])
    found = consultation and getattr(consultation, "synthesis", None)
    if not found or not found.published_at:
        raise Http404
    return synthesis_out(consultation, found)


class ChoiceOut(Schema):
    id: int
    label: str


class QuestionOut(Schema):
    id: int
    position: int
    kind: str
    text: str
    required: bool
    scale_min: int
    scale_max: int
    shown_if_choice_id: int | None
    choices: list[ChoiceOut]


class SurveyOut(Schema):
    slug: str
    title: str
    introduction: str
    anonymous: bool
    is_open: bool
    questions: list[QuestionOut]


@router.get(
    "/surveys/{slug}",
    response={200: SurveyOut, 404: ParticipationErrorOut},
    auth=None,
    operation_id="participation_survey",
    summary="A survey and its questions",
)
def survey(request, slug: str):
    found = queries.survey_with_questions(slug[:80])
    if found is None:
        raise Http404
    return {
        "slug": found.slug,
        "title": found.title,
        "introduction": found.introduction,
        "anonymous": found.anonymous,
        "is_open": found.is_open,
        "questions": [
            {
                "id": question.pk,
                "position": question.position,
                "kind": question.kind,
                "text": question.text,
                "required": question.required,
                "scale_min": question.scale_min,
                "scale_max": question.scale_max,
                "shown_if_choice_id": question.shown_if_choice_id,
                "choices": [{"id": choice.pk, "label": choice.label} for choice in question.choices.all()],
            }
            for question in found.questions.all()
        ],
    }


class ResponseIn(Schema):
    submission_id: UUID
    answers: dict[str, int | list[int] | str] = Field(max_length=200)
    on_behalf: bool = Field(False, description="A volunteer enters the answers of a respondent in the field")


class ResponseOut(Schema):
    submission_id: UUID
    created: bool


@router.post(
    "/surveys/{slug}/responses",
    response={200: ResponseOut, 201: ResponseOut, 400: ParticipationErrorOut, 404: ParticipationErrorOut},
    auth=optional_sign_in,
    operation_id="participation_survey_respond",
    summary="Answer a survey; resending the same submission_id changes nothing (200)",
)
def respond(request, slug: str, payload: ResponseIn):
    found = queries.survey_with_questions(slug[:80])
    if found is None:
        raise Http404
    collected_by = request.user if payload.on_behalf else None
    respondent = None if payload.on_behalf else request.user
    try:
        response, created = surveys.submit_response(
            found,
            submission_id=payload.submission_id,
            answers=payload.answers,
            language=get_language(),
            user=respondent,
            collected_by=collected_by,
            request=request,
        )
    except ParticipationError as error:
        return bad_request(error)
    return Status(201 if created else 200, {"submission_id": response.submission_id, "created": created})


class ResultRowOut(Schema):
    label: str
    count: int | None = Field(description="null when fewer than 5 answers (hidden in published results)")


class ResultOut(Schema):
    question_id: int
    text: str
    answered: int | None
    rows: list[ResultRowOut]


class ResultsOut(Schema):
    responses: int | None
    questions: list[ResultOut]


@router.get(
    "/surveys/{slug}/results",
    response={200: ResultsOut, 404: ParticipationErrorOut},
    auth=optional_sign_in,
    operation_id="participation_survey_results",
    summary="Results; published ones hide groups under 5 answers",
)
def results(request, slug: str):
    found = queries.survey_with_questions(slug[:80])
    staff = may(request.user, "participation.manage_survey")
    if found is None or not (found.results_published or staff):
        raise Http404
    data = queries.survey_results(found, published=not staff)
    return {
        "responses": data["responses"],
        "questions": [
            {
                "question_id": item["question"].pk,
                "text": item["question"].text,
                "answered": item["answered"],
                "rows": [{"label": label, "count": count} for label, count in item["rows"]],
            }
            for item in data["questions"]
        ],
    }


class FeedbackIn(Schema):
    page_id: int = Field(ge=1, le=2**31 - 1)
    helpful: bool
    comment: str = Field("", max_length=2_000)


class FeedbackOut(Schema):
    id: int


@router.post(
    "/feedback",
    response={201: FeedbackOut, 404: ParticipationErrorOut},
    auth=None,
    operation_id="participation_feedback",
    summary="Was this page helpful?",
)
def feedback(request, payload: FeedbackIn):
    page = get_object_or_404(Page, pk=payload.page_id, live=True)
    created = community.record_feedback(
        page, locale=get_language(), helpful=payload.helpful, comment=payload.comment, request=request
    )
    return Status(201, {"id": created.pk})


class FeedbackReportOut(Schema):
    page_id: int
    title: str
    negative: int
    positive: int
    comments: list[str]


@router.get(
    "/feedback/report",
    response=list[FeedbackReportOut],
    auth=signed_in,
    operation_id="participation_feedback_report",
    summary="Pages with the most negative feedback",
)
def feedback_report(request):
    require(request.user, "participation.view_feedback_report")
    return [
        {
            "page_id": row["page_id"],
            "title": row["page__title"],
            "negative": row["negative"],
            "positive": row["positive"],
            "comments": [item.comment for item in row["comments"]],
        }
        for row in queries.feedback_report()
    ]


class PracticeOut(Schema):
    id: int
    title: str
    language: str
    problem: str
    what_was_done: str
    results: str
    resources: str
    contact: str
    locality: str
    topic: str
    status: str
    adoptions: list[str]


def practice_out(practice):
    return {
        field: getattr(practice, field)
        for field in (
            "id",
            "title",
            "language",
            "problem",
            "what_was_done",
            "results",
            "resources",
            "contact",
            "locality",
            "topic",
            "status",
        )
    } | {"adoptions": [adoption.municipality for adoption in practice.adoptions.all()]}


@router.get(
    "/practices",
    response=list[PracticeOut],
    auth=None,
    operation_id="participation_practices",
    summary="The good-practice compendium, searchable and filterable",
)
def practice_list(request, q: str = "", topic: Literal[("", *Topic.values)] = "", locality: str = ""):
    practices = queries.published_practices(
        search=q.strip()[:100], topic=topic, locality=locality.strip()[:120]
    )
    practices = practices.prefetch_related("adoptions")
    return [practice_out(practice) for practice in practices]


class PracticeIn(Schema):
    title: str = Field(min_length=1, max_length=200)
    problem: str = Field(min_length=1, max_length=5_000)
    what_was_done: str = Field(min_length=1, max_length=10_000)
    results: str = Field(min_length=1, max_length=5_000)
    resources: str = Field("", max_length=3_000)
    contact: str = Field(min_length=1, max_length=200)
    locality: str = Field(min_length=1, max_length=120)
    topic: Literal[tuple(Topic.values)]


@router.post(
    "/practices",
    response={201: PracticeOut},
    auth=signed_in,
    operation_id="participation_submit_practice",
    summary="Submit a good practice for review",
)
def practice_submit(request, payload: PracticeIn):
    practice = community.submit_practice(
        user=request.user, data={**payload.dict(), "language": get_language()}, request=request
    )
    return Status(201, practice_out(practice))


class ReviewIn(Schema):
    publish: bool
    note: str = Field("", max_length=2_000)


@router.post(
    "/practices/{practice_id}/review",
    response={200: PracticeOut, 400: ParticipationErrorOut, 404: ParticipationErrorOut},
    auth=signed_in,
    operation_id="participation_review_practice",
    summary="Publish a practice or return it to its author",
)
def practice_review(request, practice_id: int, payload: ReviewIn):
    require(request.user, "participation.review_practice")
    practice = get_object_or_404(GoodPractice, pk=practice_id)
    try:
        practice = community.review_practice(
            practice, user=request.user, publish=payload.publish, note=payload.note, request=request
        )
    except ParticipationError as error:
        return bad_request(error)
    return practice_out(practice)


class AdoptIn(Schema):
    municipality: str = Field(min_length=1, max_length=120)
    note: str = Field("", max_length=2_000)


@router.post(
    "/practices/{practice_id}/adoptions",
    response={201: PracticeOut, 400: ParticipationErrorOut, 404: ParticipationErrorOut},
    auth=signed_in,
    operation_id="participation_adopt_practice",
    summary="Adopt a published practice into another municipality's plan",
)
def practice_adopt(request, practice_id: int, payload: AdoptIn):
    require(request.user, "participation.submit_practice")
    practice = get_object_or_404(GoodPractice, pk=practice_id)
    try:
        community.adopt_practice(
            practice, user=request.user, municipality=payload.municipality, note=payload.note, request=request
        )
    except ParticipationError as error:
        return bad_request(error)
    return Status(201, practice_out(GoodPractice.objects.prefetch_related("adoptions").get(pk=practice.pk)))


class AudienceSlotOut(Schema):
    id: int
    official: str
    starts_at: datetime
    ends_at: datetime
    place: str
    free: int


@router.get(
    "/audiences/slots",
    response=list[AudienceSlotOut],
    auth=None,
    operation_id="participation_audience_slots",
    summary="Published audience hours",
)
def audience_slots(request):
    return [
        {
            "id": slot.pk,
            "official": slot.official,
            "starts_at": slot.starts_at,
            "ends_at": slot.ends_at,
            "place": slot.place,
            "free": max(slot.capacity - slot.taken, 0),
        }
        for slot in queries.upcoming_audience_slots()
    ]


class AudienceRequestIn(Schema):
    official: str = Field(min_length=1, max_length=120)
    name: str = Field(min_length=1, max_length=200)
    email: str = Field(min_length=3, max_length=254)
    phone: str = Field("", max_length=40)
    topic: str = Field(min_length=1, max_length=3_000)


class AudienceRequestOut(Schema):
    id: int
    official: str
    status: str
    slot_id: int | None
    outcome: str


def audience_out(audience):
    return {
        "id": audience.pk,
        "official": audience.official,
        "status": audience.status,
        "slot_id": audience.slot_id,
        "outcome": audience.outcome,
    }


@router.post(
    "/audiences/requests",
    response={201: AudienceRequestOut, 400: ParticipationErrorOut},
    auth=optional_sign_in,
    operation_id="participation_request_audience",
    summary="Ask for an audience",
)
def request_audience(request, payload: AudienceRequestIn):
    try:
        created = audiences.request_audience(data=payload.dict(), language=get_language(), request=request)
    except ParticipationError as error:
        return bad_request(error)
    return Status(201, audience_out(created))


class AudienceActionIn(Schema):
    action: Literal["confirm", "decline", "outcome"]
    slot_id: int | None = Field(None, ge=1, le=2**31 - 1)
    text: str = Field("", max_length=5_000)


@router.post(
    "/audiences/requests/{audience_id}/actions",
    response={200: AudienceRequestOut, 400: ParticipationErrorOut, 404: ParticipationErrorOut},
    auth=signed_in,
    operation_id="participation_audience_action",
    summary="Confirm a slot, decline, or record the outcome of an audience (desk staff)",
)
def audience_action(request, audience_id: int, payload: AudienceActionIn):
    require(request.user, HANDLE)
    audience = get_object_or_404(AudienceRequest, pk=audience_id)
    try:
        if payload.action == "confirm":
            slot = get_object_or_404(AudienceSlot, pk=payload.slot_id or 0)
            audience = audiences.confirm_audience(audience, slot=slot, user=request.user, request=request)
        elif payload.action == "decline":
            audience = audiences.decline_audience(
                audience, user=request.user, reason=payload.text, request=request
            )
        else:
            audience = audiences.record_audience_outcome(
                audience, user=request.user, outcome=payload.text, request=request
            )
    except ParticipationError as error:
        return bad_request(error)
    return audience_out(audience)
