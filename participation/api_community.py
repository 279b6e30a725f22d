"""Page feedback and the good-practice compendium."""

from typing import Literal

from django.shortcuts import get_object_or_404
from django.utils.translation import get_language
from ninja import Field, Router, Schema
from ninja.responses import Status
from pydantic import StrictBool, StrictInt
from wagtail.models import Page

from integration_site.api_auth import signed_in

from . import queries
from .access import require
from .api_common import ParticipationErrorOut, bad_request
from .errors import ParticipationError
from .models import (
    GoodPractice,
    Topic,
)
from .services import community

router = Router(tags=["participation"])


class FeedbackIn(Schema):
    page_id: StrictInt = Field(ge=1, le=2**31 - 1)
    helpful: StrictBool
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
    publish: StrictBool
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
