"""Mentoring API at /api/mentoring/: sign-ups, one's own requests (withdraw), matches (answer,
check-ins), meetups (answer) and volunteer certificate and, for coordinators, programmes, rounds
and proposals. Endpoints are thin: they call mentoring.services, as the pages do."""

from datetime import date, datetime
from decimal import Decimal
from typing import Annotated, Literal

from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from ninja import Field, Router, Schema
from ninja.responses import Status

from core.api_errors import refusal
from core.permissions import may, require
from integration_site.api_auth import signed_in
from integration_site.api_types import pdf_response

from . import queries, services
from .certificate import certificate_pdf
from .choices import SLOT_COUNT, AgeBand, Gender, Goal, Interest, Language, LanguageLevel, Skill
from .explanations import REASONS
from .followup import upcoming_meetups_for, volunteer_hours
from .models import (
    CheckIn,
    District,
    MatchingRound,
    MeetupAttendance,
    MenteeRequest,
    Programme,
    Proposal,
    VolunteerProfile,
)
from .models.followup import HowItGoes
from .rules import COORDINATE, SEE_CLOSED_PROGRAMMES, SEE_MENTEE

router = Router(tags=["mentoring"], auth=signed_in)

GoalValue = Literal[tuple(Goal.values)]
LanguageCode = Literal[tuple(Language.values)]
LevelValue = Literal[tuple(LanguageLevel.values)]
GenderValue = Literal[tuple(Gender.values)]
SkillValue = Literal[tuple(Skill.values)]
InterestValue = Literal[tuple(Interest.values)]
AgeBandValue = Literal[("", *AgeBand.values)]


class MentoringError(Schema):
    detail: str


class MentoringProgrammeOut(Schema):
    id: int
    slug: str
    name: str
    kind: str
    description: str
    is_open: bool
    gender_rule: str
    requires_background_check: bool
    min_overlap_hours: int
    local_language: str


class MentoringParticipantIn(Schema):
    languages: dict[LanguageCode, LevelValue] = Field(min_length=1, max_length=10)
    availability: list[int] = Field(
        min_length=1, max_length=SLOT_COUNT, description="Slots 0-20: weekday*3 + part of day"
    )
    goals: list[GoalValue] = Field(min_length=1, max_length=len(Goal.values))
    interests: list[InterestValue] = Field(default_factory=list, max_length=len(Interest.values))
    district: str = Field(
        "", max_length=80, description="A district's name or alias, see /districts; empty for none"
    )
    online: bool = False
    gender: GenderValue = "undisclosed"
    comfortable_with: list[GenderValue] = Field(default_factory=list, max_length=4)
    age_band: AgeBandValue = ""
    answers: dict[Annotated[str, Field(max_length=300)], Annotated[str, Field(max_length=1000)]] = Field(
        default_factory=dict, max_length=20
    )


class MentoringVolunteerIn(MentoringParticipantIn):
    profession: str = Field("", max_length=120)
    skills: list[SkillValue] = Field(default_factory=list, max_length=len(Skill.values))
    capacity: int = Field(1, ge=1, le=3)
    background_check_consent: bool = False


class MentoringRequestIn(MentoringParticipantIn):
    needs_text: str = Field("", max_length=2000)
    wanted_skills: list[SkillValue] = Field(default_factory=list, max_length=len(Skill.values))


class MentoringSignUpOut(Schema):
    id: int
    programme: str
    status: str


class MentoringPersonOut(Schema):
    name: str
    email: str | None


class MentoringMatchOut(Schema):
    id: int
    programme: str
    state: str
    side: str
    volunteer: MentoringPersonOut
    mentee: MentoringPersonOut | None = Field(
        description="Shown to the mentor only after both sides accepted"
    )
    mentee_goals: list[str]
    you_accepted: bool


class MentoringAnswerIn(Schema):
    accept: bool


class MentoringCheckInIn(Schema):
    met_on: date
    met: bool = True
    hours: Decimal = Field(Decimal(0), ge=0, le=24, max_digits=4, decimal_places=1)
    how_it_goes: Literal[tuple(HowItGoes.values)]
    note: str = Field("", max_length=2000)
    needs_help: bool = False


class MentoringCheckInOut(Schema):
    id: int
    met_on: date
    met: bool
    hours: Decimal
    how_it_goes: str
    side: str


class MentoringDistrictOut(Schema):
    id: int
    name: str
    aliases: list[str]


class MentoringRoundOut(Schema):
    id: int
    programme: str
    mentees: int
    mentors: int
    candidate_pairs: int
    matched: int
    most_possible: int | None = Field(
        description="The most people any assignment of this pool could match (empty for old rounds)"
    )
    total_score: int
    seconds: float


class MentoringProposalOut(Schema):
    id: int
    status: str
    mentee_request_id: int | None
    volunteer_id: int | None
    score: int
    components: dict[str, int]
    rules_met: list
    unmatched_reason: str
    unmatched_explanation: str


class MentoringDecisionIn(Schema):
    decision: Literal["accept", "reject"]
    volunteer_id: int | None = Field(None, description="Another volunteer, to edit the proposal")


class MentoringRequestOut(Schema):
    id: int
    programme: str
    status: str
    created_at: datetime


class MentoringMeetupOut(Schema):
    id: int
    programme: str
    title: str
    starts_at: datetime
    ends_at: datetime
    venue: str
    my_answer: str | None = Field(description="yes, maybe or no; empty before answering")


class MentoringRsvpIn(Schema):
    response: Literal[tuple(MeetupAttendance.Response.values)]


def _validate_slots(payload):
    if any(not 0 <= slot < SLOT_COUNT for slot in payload.availability):
        raise ValidationError(_("Availability slots are numbers from 0 to 20."))


@router.get(
    "/programmes",
    response=list[MentoringProgrammeOut],
    operation_id="mentoring_programmes",
    url_name="mentoring_programmes",
)
def programmes(request):
    """Programmes open for sign-ups; coordinators also see closed ones."""
    rows = Programme.objects.all()
    if not may(request.user, SEE_CLOSED_PROGRAMMES):
        rows = rows.filter(is_open=True)
    return list(rows)


@router.get(
    "/districts",
    response=list[MentoringDistrictOut],
    operation_id="mentoring_districts",
    url_name="mentoring_districts",
)
def districts(request):
    """The districts people choose from; sign-ups name one by its name or one of its aliases."""
    return [
        {"id": district.pk, "name": district.name, "aliases": district.alias_list()}
        for district in District.objects.all()
    ]


def _district(name):
    if not name.strip():
        return None
    district = District.objects.named(name)
    if district is None:
        message = _("Unknown district: %(name)s. Choose one from the list of districts.")
        raise ValidationError(message % {"name": name})
    return district


def _sign_up(request, slug, payload, service):
    programme = get_object_or_404(Programme, slug=slug)
    try:
        _validate_slots(payload)
        data = {**payload.dict(), "district": _district(payload.district)}
        created = service(request.user, programme, data)
    except ValidationError as error:
        return refusal(error)
    status = getattr(created, "vetting_status", None) or created.status
    return Status(201, {"id": created.pk, "programme": programme.name, "status": status})


@router.post(
    "/programmes/{slug}/volunteers",
    response={201: MentoringSignUpOut, 400: MentoringError},
    operation_id="mentoring_volunteer_sign_up",
    url_name="mentoring_volunteer_sign_up",
)
def volunteer_sign_up(request, slug: str, payload: MentoringVolunteerIn):
    return _sign_up(request, slug, payload, services.sign_up_volunteer)


@router.post(
    "/programmes/{slug}/requests",
    response={201: MentoringSignUpOut, 400: MentoringError},
    operation_id="mentoring_request_mentor",
    url_name="mentoring_request_mentor",
)
def request_mentor(request, slug: str, payload: MentoringRequestIn):
    return _sign_up(request, slug, payload, services.request_mentor)


def _person(user, email_visible):
    return {"name": user.get_full_name() or user.username, "email": user.email if email_visible else None}


def _match_out(match, user):
    side = match.side_of(user)
    shows_mentee = may(user, SEE_MENTEE, match)
    return {
        "id": match.pk,
        "programme": match.programme.name,
        "state": match.state,
        "side": side,
        "volunteer": _person(match.volunteer.user, match.mentee_details_visible_to_mentor),
        "mentee": _person(match.mentee_request.user, True) if shows_mentee else None,
        "mentee_goals": match.mentee_request.goals,
        "you_accepted": bool(getattr(match, f"{side}_accepted_at")),
    }


@router.get(
    "/my/matches",
    response=list[MentoringMatchOut],
    operation_id="mentoring_my_matches",
    url_name="mentoring_my_matches",
)
def my_matches(request):
    return [_match_out(match, request.user) for match in queries.my_matches(request.user)]


@router.post(
    "/my/matches/{match_id}/answer",
    response={200: MentoringMatchOut, 400: MentoringError},
    operation_id="mentoring_answer_match",
    url_name="mentoring_answer_match",
)
def answer_match(request, match_id: int, payload: MentoringAnswerIn):
    match = get_object_or_404(queries.my_matches(request.user), pk=match_id)
    try:
        match = services.respond_to_match(match, request.user, accept=payload.accept)
    except ValidationError as error:
        return refusal(error)
    return Status(200, _match_out(match, request.user))


@router.get(
    "/my/matches/{match_id}/check-ins",
    response=list[MentoringCheckInOut],
    operation_id="mentoring_check_ins",
    url_name="mentoring_check_ins",
)
def check_ins(request, match_id: int):
    match = get_object_or_404(queries.my_matches(request.user), pk=match_id)
    return list(CheckIn.objects.filter(match=match))


@router.post(
    "/my/matches/{match_id}/check-ins",
    response={201: MentoringCheckInOut, 400: MentoringError},
    operation_id="mentoring_log_check_in",
    url_name="mentoring_log_check_in",
)
def log_check_in(request, match_id: int, payload: MentoringCheckInIn):
    match = get_object_or_404(queries.my_matches(request.user), pk=match_id)
    try:
        return Status(201, services.log_check_in(match, request.user, **payload.dict()))
    except ValidationError as error:
        return refusal(error)


@router.post(
    "/programmes/{slug}/rounds",
    response={201: MentoringRoundOut},
    operation_id="mentoring_run_round",
    url_name="mentoring_run_round",
)
def run_round(request, slug: str):
    matching_round = services.run_round(get_object_or_404(Programme, slug=slug), run_by=request.user)
    return Status(201, _round_out(matching_round))


@router.get(
    "/rounds/{round_id}",
    response=MentoringRoundOut,
    operation_id="mentoring_round",
    url_name="mentoring_round",
)
def round_figures(request, round_id: int):
    """A round's figures: how many people it matched, and the most its pool allowed."""
    require(request.user, COORDINATE)
    return _round_out(get_object_or_404(MatchingRound.objects.select_related("programme"), pk=round_id))


def _round_out(matching_round):
    fields = [
        "id",
        "mentees",
        "mentors",
        "candidate_pairs",
        "matched",
        "most_possible",
        "total_score",
        "seconds",
    ]
    return {
        "programme": matching_round.programme.name,
        **{name: getattr(matching_round, name) for name in fields},
    }


@router.get(
    "/rounds/{round_id}/proposals",
    response=list[MentoringProposalOut],
    operation_id="mentoring_round_proposals",
    url_name="mentoring_round_proposals",
)
def round_proposals(request, round_id: int):
    require(request.user, COORDINATE)
    matching_round = get_object_or_404(MatchingRound, pk=round_id)
    return [_proposal_out(p) for p in matching_round.proposals.all()]


def _proposal_out(proposal):
    fields = [
        "id",
        "status",
        "mentee_request_id",
        "volunteer_id",
        "score",
        "components",
        "rules_met",
        "unmatched_reason",
    ]
    return {
        **{name: getattr(proposal, name) for name in fields},
        "unmatched_explanation": str(REASONS.get(proposal.unmatched_reason, "")),
    }


@router.post(
    "/proposals/{proposal_id}/decision",
    response={200: MentoringProposalOut, 400: MentoringError},
    operation_id="mentoring_decide_proposal",
    url_name="mentoring_decide_proposal",
)
def decide_proposal(request, proposal_id: int, payload: MentoringDecisionIn):
    proposal = get_object_or_404(Proposal, pk=proposal_id)
    try:
        if payload.decision == "reject":
            services.reject_proposal(proposal, by=request.user)
        else:
            volunteer = (
                get_object_or_404(VolunteerProfile, pk=payload.volunteer_id) if payload.volunteer_id else None
            )
            services.accept_proposal(proposal, by=request.user, volunteer=volunteer)
    except ValidationError as error:
        return refusal(error)
    proposal.refresh_from_db()
    return Status(200, _proposal_out(proposal))


def _request_out(request_obj):
    return {
        "id": request_obj.pk,
        "programme": request_obj.programme.name,
        "status": request_obj.status,
        "created_at": request_obj.created_at,
    }


@router.get(
    "/my/requests",
    response=list[MentoringRequestOut],
    operation_id="mentoring_my_requests",
    url_name="mentoring_my_requests",
    summary="My requests for a mentor or a language buddy",
)
def my_requests(request):
    rows = MenteeRequest.objects.filter(user=request.user).select_related("programme").order_by("-created_at")
    return [_request_out(request_obj) for request_obj in rows]


@router.post(
    "/my/requests/{request_id}/withdraw",
    response={200: MentoringRequestOut, 400: MentoringError},
    operation_id="mentoring_withdraw_request",
    url_name="mentoring_withdraw_request",
    summary="Withdraw my request (not while a match with it is under way)",
)
def withdraw_request(request, request_id: int):
    request_obj = get_object_or_404(
        MenteeRequest.objects.select_related("programme"), pk=request_id, user=request.user
    )
    try:
        request_obj = services.withdraw_request(request_obj, request.user)
    except ValidationError as error:
        return refusal(error)
    return _request_out(request_obj)


def _meetup_out(meetup, answer):
    return {
        "id": meetup.pk,
        "programme": meetup.programme.name,
        "title": meetup.title,
        "starts_at": meetup.starts_at,
        "ends_at": meetup.ends_at,
        "venue": str(meetup.venue),
        "my_answer": answer,
    }


@router.get(
    "/my/meetups",
    response=list[MentoringMeetupOut],
    operation_id="mentoring_my_meetups",
    url_name="mentoring_my_meetups",
    summary="Coming meetups of my programmes, with my answer",
)
def my_meetups(request):
    meetups = list(upcoming_meetups_for(request.user))
    answers = dict(
        MeetupAttendance.objects.filter(user=request.user, meetup__in=meetups).values_list(
            "meetup_id", "response"
        )
    )
    return [_meetup_out(meetup, answers.get(meetup.pk)) for meetup in meetups]


@router.post(
    "/my/meetups/{meetup_id}/rsvp",
    response={200: MentoringMeetupOut, 400: MentoringError},
    operation_id="mentoring_rsvp",
    url_name="mentoring_rsvp",
    summary="Answer a meetup's invitation: yes, maybe or no",
)
def rsvp(request, meetup_id: int, payload: MentoringRsvpIn):
    meetup = get_object_or_404(upcoming_meetups_for(request.user), pk=meetup_id)
    try:
        attendance = services.rsvp(meetup, request.user, payload.response)
    except ValidationError as error:
        return refusal(error)
    return _meetup_out(meetup, attendance.response)


@router.get(
    "/my/certificate",
    response={200: None, 404: MentoringError},
    operation_id="mentoring_certificate",
    url_name="mentoring_certificate",
    summary="My volunteer certificate with the hours I logged (PDF)",
    openapi_extra=pdf_response("The certificate (PDF)"),
)
def certificate(request):
    total_hours, hours_by_programme = volunteer_hours(request.user)
    if not total_hours:
        return Status(
            404, {"detail": _("A certificate is available once you have logged volunteering hours.")}
        )
    response = HttpResponse(
        certificate_pdf(request.user, total_hours, hours_by_programme), content_type="application/pdf"
    )
    response["Content-Disposition"] = 'attachment; filename="volunteer-certificate.pdf"'
    return response
