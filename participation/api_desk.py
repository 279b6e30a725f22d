"""Information requests, petitions and audiences: filing without an account, tracking by private
token or account, and the desk's work (its role required)."""

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
from .api_common import HANDLE, ParticipationErrorOut, bad_request
from .errors import ParticipationError
from .models import (
    AudienceRequest,
    AudienceSlot,
    Domain,
    Outcome,
    RequesterType,
)
from .services import audiences, desk

router = Router(tags=["participation"])
Kind = Literal["information", "petition"]


class FilingIn(Schema):
    email: str = Field("", max_length=254)
    name: str = Field("", max_length=200)
    postal_address: str = Field("", max_length=300)
    requester_type: Literal[tuple(RequesterType.values)] = "person"
    domain: Literal[tuple(Domain.values)] = "other"
    subject: str = Field(min_length=1, max_length=200)
    body: str = Field(min_length=1, max_length=10_000)
    anonymous: StrictBool = False


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
    draft: str
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
            draft=case.draft,
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
    action: Literal["assign", "extend", "draft", "answer", "refuse", "redirect", "close"]
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
    summary="Assign, extend, draft, answer, refuse, forward or close a case (desk staff)",
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
        elif payload.action == "draft":
            case = desk.save_draft(case, user=user, text=payload.text, request=request)
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
