"""Mentoring's domain operations: one transaction each, called by views, API and admin alike.
Follow-up operations (check-ins, pausing, meetups) live in mentoring.followup and are imported
here, so callers find every operation in this module."""

from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts import roles
from accounts.models import preferred_language
from core.audit import record
from core.permissions import require

from . import rounds
from .choices import VettingStatus
from .followup import (  # noqa: F401 (re-exported: the one place to find an operation)
    end_match,
    log_check_in,
    pause_match,
    resolve_help,
    resume_match,
    rsvp,
    schedule_meetup,
)
from .links import match_response_url
from .models import (
    DeclinedPair,
    Match,
    MatchState,
    MenteeRequest,
    Programme,
    Proposal,
    ProposalStatus,
    VolunteerProfile,
)
from .models.matching import LIVE_STATES
from .notifications import tell
from .pairing import pair_allowed
from .rounds import person_from_row, rules_for
from .rules import DECIDE_PROPOSAL, RUN_ROUND, VET_VOLUNTEER

VOLUNTEER_FIELDS = (
    "languages",
    "goals",
    "interests",
    "availability",
    "district",
    "online",
    "gender",
    "comfortable_with",
    "age_band",
    "answers",
    "profession",
    "skills",
    "capacity",
    "background_check_consent",
)
REQUEST_FIELDS = (
    "languages",
    "goals",
    "interests",
    "availability",
    "district",
    "online",
    "gender",
    "comfortable_with",
    "age_band",
    "answers",
    "needs_text",
    "wanted_skills",
)


def _check_where_to_meet(data):
    if not data.get("district") and not data.get("online"):
        raise ValidationError(_("Give your district or say that you can meet online."))
    if not data.get("availability"):
        raise ValidationError(_("Choose at least one time in the week when you are free."))
    if not data.get("languages"):
        raise ValidationError(_("Add at least one language you speak."))


@transaction.atomic
def sign_up_volunteer(user, programme, data):
    """Create the volunteer's profile for a programme, or update it; any change sends it back
    to the coordinator for vetting."""
    if not programme.is_open:
        raise ValidationError(_("This programme is not taking sign-ups at the moment."))
    _check_where_to_meet(data)
    if programme.requires_background_check and not data.get("background_check_consent"):
        raise ValidationError(_("This programme needs your consent to a background check."))
    values = {name: data[name] for name in VOLUNTEER_FIELDS if name in data}
    profile, _created = VolunteerProfile.objects.select_for_update().update_or_create(
        user=user,
        programme=programme,
        defaults={**values, "vetting_status": VettingStatus.PENDING, "vetted_at": None},
    )
    record("mentoring.sign_up_volunteer", profile, user=user)
    return profile


@transaction.atomic
def request_mentor(user, programme, data):
    if not programme.is_open:
        raise ValidationError(_("This programme is not taking requests at the moment."))
    _check_where_to_meet(data)
    values = {name: data[name] for name in REQUEST_FIELDS if name in data}
    try:
        with transaction.atomic():
            request_obj = MenteeRequest.objects.create(user=user, programme=programme, **values)
    except IntegrityError:
        raise ValidationError(_("You already have a request in this programme.")) from None
    record("mentoring.request_mentor", request_obj, user=user)
    return request_obj


@transaction.atomic
def withdraw_request(request_obj, user):
    request_obj = MenteeRequest.objects.select_for_update().get(pk=request_obj.pk)
    if request_obj.user_id != user.pk:
        raise PermissionDenied
    if request_obj.matches.filter(state__in=LIVE_STATES).exists():
        raise ValidationError(_("End your match before withdrawing the request."))
    request_obj.status = "withdrawn"
    request_obj.save(update_fields=["status"])
    record("mentoring.withdraw_request", request_obj, user=user)
    return request_obj


@transaction.atomic
def vet_volunteer(profile, status, *, by, note=""):
    require(by, VET_VOLUNTEER)
    profile = VolunteerProfile.objects.select_for_update().get(pk=profile.pk)
    if status not in VettingStatus.values or status == VettingStatus.PENDING:
        raise ValidationError(_("Choose approve, reject or ask for more information."))
    if status == VettingStatus.MORE_INFORMATION and not note.strip():
        raise ValidationError(_("Say what information you need."))
    profile.vetting_status, profile.vetting_note = status, note
    profile.vetted_by, profile.vetted_at = by, timezone.now()
    profile.save(update_fields=["vetting_status", "vetting_note", "vetted_by", "vetted_at"])
    if status == VettingStatus.APPROVED:
        profile.user.groups.add(Group.objects.get_or_create(name=roles.VOLUNTEERS)[0])
    tell(profile.user, "vetting", programme=profile.programme.name, status=status, note=note)
    record("mentoring.vet_volunteer", profile, user=by, data={"status": status})
    return profile


@transaction.atomic
def record_training(profile, date, *, by):
    require(by, VET_VOLUNTEER)
    profile = VolunteerProfile.objects.select_for_update().get(pk=profile.pk)
    if date is None or date > timezone.localdate():
        raise ValidationError(_("Give the date of a training that has taken place."))
    profile.training_date = date
    profile.save(update_fields=["training_date"])
    record("mentoring.record_training", profile, user=by)
    return profile


def _decline_pair(programme_id, volunteer_user_id, mentee_user_id, by_side):
    DeclinedPair.objects.get_or_create(
        programme_id=programme_id,
        volunteer_user_id=volunteer_user_id,
        mentee_user_id=mentee_user_id,
        defaults={"declined_by": by_side},
    )


def run_round(programme, *, run_by):
    """Run a matching round for the programme (see mentoring.rounds)."""
    require(run_by, RUN_ROUND)
    matching_round = rounds.run_round(programme, run_by=run_by)
    record("mentoring.run_round", matching_round, user=run_by, data={"matched": matching_round.matched})
    return matching_round


@transaction.atomic
def accept_proposal(proposal, *, by, volunteer=None):
    """The coordinator accepts a proposed pair, optionally with another volunteer (an edit),
    and both sides are asked to accept. The volunteer's row is locked while places are counted."""
    require(by, DECIDE_PROPOSAL)
    # Lock in the order a round does (programme, then proposals), so the two never deadlock.
    programme = Programme.objects.select_for_update(of=("self",)).get(rounds__proposals=proposal)
    proposal = Proposal.objects.select_for_update().get(pk=proposal.pk)
    if proposal.status != ProposalStatus.PROPOSED or proposal.mentee_request_id is None:
        raise ValidationError(_("This proposal is no longer open."))
    volunteer = volunteer or proposal.volunteer
    if volunteer is None:
        raise ValidationError(_("No volunteer was found for this person: choose one to pair them with."))
    volunteer = VolunteerProfile.objects.select_for_update().get(pk=volunteer.pk)
    request_obj = MenteeRequest.objects.select_for_update().get(pk=proposal.mentee_request_id)
    if volunteer.programme_id != programme.pk or not volunteer.can_be_matched:
        raise ValidationError(_("This volunteer is not approved and trained for this programme."))
    if request_obj.status != "open" or request_obj.matches.filter(state__in=LIVE_STATES).exists():
        raise ValidationError(_("This person already has a match."))
    places = volunteer.capacity - volunteer.matches.filter(state__in=LIVE_STATES).count()
    mentor = person_from_row(_row(volunteer), volunteer.skills, places)
    mentee = person_from_row(_row(request_obj), request_obj.wanted_skills)
    declined = set(
        DeclinedPair.objects.filter(programme=programme).values_list("mentee_user_id", "volunteer_user_id")
    )
    if not pair_allowed(mentee, mentor, rules_for(programme), declined):
        raise ValidationError(
            _("This pair breaks a rule of the programme (language, gender, places or time).")
        )
    edited = volunteer.pk != proposal.volunteer_id
    proposal.status, proposal.edited, proposal.volunteer = ProposalStatus.ACCEPTED, edited, volunteer
    if edited:
        proposal.components, proposal.rules_met = {}, []
    proposal.save()
    match = Match.objects.create(
        programme=programme, volunteer=volunteer, mentee_request=request_obj, proposal=proposal
    )
    for user in (volunteer.user, request_obj.user):
        tell(
            user,
            "match_proposed",
            programme=programme.name,
            link=match_response_url(match, user, preferred_language(user)),
        )
    record("mentoring.accept_proposal", proposal, user=by, data={"edited": edited, "match": match.pk})
    return match


def _row(obj):
    return {
        "pk": obj.pk,
        "user_id": obj.user_id,
        **{name: getattr(obj, name) for name in ("languages", "availability", "goals", "interests")},
        "district": obj.district_id,
        **{name: getattr(obj, name) for name in ("online", "gender", "comfortable_with", "age_band")},
    }


@transaction.atomic
def reject_proposal(proposal, *, by):
    require(by, DECIDE_PROPOSAL)
    proposal = (
        Proposal.objects.select_for_update(of=("self",))
        .select_related("round", "volunteer", "mentee_request")
        .get(pk=proposal.pk)
    )
    if proposal.status != ProposalStatus.PROPOSED or not proposal.is_pair:
        raise ValidationError(_("This proposal is no longer open."))
    proposal.status = ProposalStatus.REJECTED
    proposal.save(update_fields=["status"])
    _decline_pair(
        proposal.round.programme_id,
        proposal.volunteer.user_id,
        proposal.mentee_request.user_id,
        "coordinator",
    )
    record("mentoring.reject_proposal", proposal, user=by)
    return proposal


@transaction.atomic
def respond_to_match(match, user, *, accept):
    """One side accepts or declines. Both accepting makes the match active; a decline ends it
    and records the pair so it is never proposed again."""
    match = Match.objects.select_for_update().select_related("volunteer", "mentee_request").get(pk=match.pk)
    side = match.side_of(user)
    if side is None:
        raise PermissionDenied
    if match.state != MatchState.AWAITING:
        raise ValidationError(_("This match is no longer waiting for an answer."))
    if not accept:
        match.state, match.ended_at = MatchState.DECLINED, timezone.now()
        match.save(update_fields=["state", "ended_at"])
        _decline_pair(match.programme_id, match.volunteer.user_id, match.mentee_request.user_id, side)
        other = match.mentee_request.user if side == "volunteer" else match.volunteer.user
        tell(other, "match_declined", programme=match.programme.name)
        record("mentoring.decline_match", match, user=user, data={"side": side})
        return match
    now = timezone.now()
    setattr(match, f"{side}_accepted_at", getattr(match, f"{side}_accepted_at") or now)
    if match.volunteer_accepted_at and match.mentee_accepted_at:
        match.state, match.activated_at = MatchState.ACTIVE, now
        match.mentee_request.status = "matched"
        match.mentee_request.save(update_fields=["status"])
        for person in (match.volunteer.user, match.mentee_request.user):
            tell(person, "match_active", programme=match.programme.name)
    match.save()
    record("mentoring.accept_match", match, user=user, data={"side": side})
    return match
