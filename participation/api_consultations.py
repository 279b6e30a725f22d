"""Consultations: read, edit (staff), comment, moderate, decide, synthesis."""

from datetime import date, datetime
from typing import Literal

from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils.translation import get_language
from ninja import Field, Router, Schema
from ninja.responses import Status
from pydantic import StrictBool

from integration_site.api_auth import optional_sign_in, signed_in

from . import queries
from .access import require
from .api_common import ParticipationErrorOut, bad_request
from .errors import ParticipationError
from .models import (
    Comment,
    Section,
)
from .services import consultations

router = Router(tags=["participation"])


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


class SectionIn(Schema):
    heading: str = Field(min_length=1, max_length=200)
    text: str = Field(min_length=1, max_length=50_000)


class ConsultationOut(ConsultationSummaryOut):
    summary: str
    debate_event_id: int | None
    sections: list[SectionOut]


class ConsultationUpdateIn(Schema):
    title: str = Field(min_length=1, max_length=200)
    summary: str = Field("", max_length=5_000)
    opens_on: date
    closes_on: date | None = Field(None, description="null: the law's minimum, 10 days after the opening")
    adoption_on: date | None = Field(
        None, description="null: the law's minimum, 30 working days after the opening"
    )
    sections: list[SectionIn] | None = Field(
        None, max_length=500, description="null leaves the draft's sections as they are"
    )


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


@router.put(
    "/consultations/{slug}",
    response={200: ConsultationOut, 400: ParticipationErrorOut, 404: ParticipationErrorOut},
    auth=signed_in,
    operation_id="participation_consultation_update",
    summary="Edit a consultation (before it opens: everything; while it runs: see Law 52/2003)",
)
def consultation_update(request, slug: str, payload: ConsultationUpdateIn):
    require(request.user, consultations.MANAGE)
    consultation = queries.consultation_page(slug[:80])
    if consultation is None:
        raise Http404
    data = payload.dict()
    sections = data.pop("sections")
    try:
        consultations.update_consultation(
            consultation,
            user=request.user,
            sections=None if sections is None else [(item["heading"], item["text"]) for item in sections],
            request=request,
            **data,
        )
    except ParticipationError as error:
        return bad_request(error)
    return consultation_detail(request, slug)


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
    publish: StrictBool


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
