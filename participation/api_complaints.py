"""Complaints about the centre's services: anyone files one and follows it by its private token;
the desk lists and answers them, saying whether each was justified."""

from datetime import date, datetime

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
from .models import Complaint
from .services import complaints

router = Router(tags=["participation"])


class ComplaintIn(Schema):
    name: str = Field("", max_length=200, description="Required unless signed in")
    email: str = Field("", max_length=254, description="Required unless signed in")
    subject: str = Field(min_length=1, max_length=200)
    body: str = Field(min_length=1, max_length=10_000)


class ComplaintOut(Schema):
    reference: str
    tracking_token: str
    subject: str
    body: str
    registered_at: datetime
    answer_by: date
    answered: bool
    answer: str
    justified: bool | None


class DeskComplaintOut(ComplaintOut):
    id: int
    name: str
    email: str
    answered_at: datetime | None


def complaint_out(complaint):
    return {
        "reference": complaint.reference,
        "tracking_token": complaint.tracking_token,
        "subject": complaint.subject,
        "body": complaint.body,
        "registered_at": complaint.registered_at,
        "answer_by": complaint.due_on,
        "answered": complaint.answered_at is not None,
        "answer": complaint.answer,
        "justified": complaint.justified,
    }


def desk_complaint_out(complaint):
    return {
        **complaint_out(complaint),
        "id": complaint.pk,
        "name": complaint.name,
        "email": complaint.email,
        "answered_at": complaint.answered_at,
    }


@router.post(
    "/complaints",
    response={201: ComplaintOut, 400: ParticipationErrorOut},
    auth=optional_sign_in,
    operation_id="participation_complaint_file",
    summary="Complain about the centre's services: registered at once, answered within 30 days",
)
def complaint_file(request, payload: ComplaintIn):
    try:
        created = complaints.file_service_complaint(
            **payload.dict(),
            language=get_language(),
            user=request.user,
            request=request,
        )
    except ParticipationError as error:
        return bad_request(error)
    return Status(201, complaint_out(created))


@router.get(
    "/complaints/{token}",
    response={200: ComplaintOut, 404: ParticipationErrorOut},
    auth=None,
    operation_id="participation_complaint_track",
    summary="A complaint, by its private tracking token",
)
def complaint_track(request, token: str):
    found = queries.service_complaint_by_token(token)
    if found is None:
        raise Http404
    return complaint_out(found)


@router.get(
    "/desk/complaints",
    response=list[DeskComplaintOut],
    auth=signed_in,
    operation_id="participation_complaint_list",
    summary="Complaints about the services, unanswered first (the desk)",
)
def complaint_list(request, open_only: bool = False):
    require(request.user, HANDLE)
    return [desk_complaint_out(item) for item in queries.desk_service_complaints(open_only=open_only)]


class ComplaintAnswerIn(Schema):
    text: str = Field(min_length=1, max_length=10_000)
    justified: StrictBool


@router.post(
    "/desk/complaints/{complaint_id}/answer",
    response={200: DeskComplaintOut, 400: ParticipationErrorOut, 404: ParticipationErrorOut},
    auth=signed_in,
    operation_id="participation_complaint_answer",
    summary="Answer a complaint and say whether it was justified (the desk)",
)
def complaint_answer(request, complaint_id: int, payload: ComplaintAnswerIn):
    require(request.user, HANDLE)
    found = get_object_or_404(
        Complaint, pk=complaint_id, information_request__isnull=True, petition__isnull=True
    )
    try:
        answered = complaints.answer_service_complaint(
            found, user=request.user, request=request, **payload.dict()
        )
    except ParticipationError as error:
        return bad_request(error)
    return desk_complaint_out(answered)
