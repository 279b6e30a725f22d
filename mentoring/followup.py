"""Following matches: check-ins on a schedule, pausing and ending with feedback, help requests,
volunteer hours, and the language buddies' meetups."""

from datetime import timedelta

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Q, Sum
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.audit import record
from core.permissions import require

from .models import (
    CheckIn,
    Match,
    MatchFeedback,
    MatchState,
    Meetup,
    MeetupAttendance,
    MenteeRequest,
    VolunteerProfile,
)
from .reminders import alert_coordinators
from .rules import RESOLVE_HELP, SCHEDULE_MEETUP
from .schedule import check_in_due_dates


def next_check_in_due(match, today=None):
    """The date the next check-in is due: the first due date after the last check-in."""
    if match.activated_at is None:
        return None
    today = today or timezone.localdate()
    start = timezone.localdate(match.activated_at)
    last = max((c.met_on for c in match.check_ins.all()), default=start)
    for due in check_in_due_dates(start, max(today, last) + timedelta(days=31)):
        if due > last:
            return due
    return None


def _locked_match(match, user, states=(MatchState.ACTIVE,)):
    match = (
        Match.objects.select_for_update()
        .select_related("volunteer", "mentee_request", "programme")
        .get(pk=match.pk)
    )
    side = match.side_of(user)
    if side is None:
        raise PermissionDenied
    if match.state not in states:
        raise ValidationError(_("This match is not active."))
    return match, side


@transaction.atomic
def log_check_in(match, user, *, met_on, met, hours, how_it_goes, note="", needs_help=False):
    match, side = _locked_match(match, user, states=(MatchState.ACTIVE, MatchState.PAUSED))
    if met_on > timezone.localdate() or met_on < timezone.localdate(match.activated_at):
        raise ValidationError(_("The date must be between the start of the match and today."))
    if not met and hours:
        raise ValidationError(_("Hours can only be logged for a meeting that took place."))
    if not 0 <= hours <= 24:
        raise ValidationError(_("Hours must be between 0 and 24."))
    check_in = CheckIn.objects.create(
        match=match,
        author=user,
        side=side,
        met_on=met_on,
        met=met,
        hours=hours,
        how_it_goes=how_it_goes,
        note=note,
        needs_help=needs_help,
    )
    if match.first_meeting_on is None and met:
        match.first_meeting_on = met_on
        match.save(update_fields=["first_meeting_on"])
    if needs_help:
        alert_coordinators(match, "help")
    record("mentoring.log_check_in", check_in, user=user)
    return check_in


@transaction.atomic
def resolve_help(check_in, *, by):
    require(by, RESOLVE_HELP)
    CheckIn.objects.filter(pk=check_in.pk, help_resolved_at__isnull=True).update(
        help_resolved_at=timezone.now()
    )
    record("mentoring.resolve_help", check_in, user=by)


def _record_feedback(match, user, side, feedback):
    if feedback.strip():
        MatchFeedback.objects.update_or_create(
            match=match, author=user, defaults={"side": side, "text": feedback.strip()}
        )


@transaction.atomic
def pause_match(match, user, *, reason):
    match, _side = _locked_match(match, user)
    if not reason.strip():
        raise ValidationError(_("Say why you pause the match."))
    match.state, match.reason = MatchState.PAUSED, reason.strip()
    match.save(update_fields=["state", "reason"])
    record("mentoring.pause_match", match, user=user)
    return match


@transaction.atomic
def resume_match(match, user):
    match, _side = _locked_match(match, user, states=(MatchState.PAUSED,))
    match.state = MatchState.ACTIVE
    match.save(update_fields=["state"])
    record("mentoring.resume_match", match, user=user)
    return match


@transaction.atomic
def end_match(match, user, *, reason, feedback=""):
    """End a match, by either side; the other side can still leave feedback afterwards."""
    match, side = _locked_match(match, user, states=(MatchState.ACTIVE, MatchState.PAUSED, MatchState.ENDED))
    if match.state != MatchState.ENDED:
        if not reason.strip():
            raise ValidationError(_("Say why the match ends."))
        match.state, match.reason, match.ended_at = MatchState.ENDED, reason.strip(), timezone.now()
        match.save(update_fields=["state", "reason", "ended_at"])
    _record_feedback(match, user, side, feedback)
    record("mentoring.end_match", match, user=user)
    return match


@transaction.atomic
def schedule_meetup(programme, *, venue, starts_at, ends_at, title, by):
    require(by, SCHEDULE_MEETUP)
    if ends_at <= starts_at:
        raise ValidationError(_("The meetup must end after it starts."))
    if Meetup.objects.filter(programme=programme, venue=venue, starts_at=starts_at).exists():
        raise ValidationError(_("A meetup at this venue and time already exists."))
    meetup = Meetup.objects.create(
        programme=programme, venue=venue, starts_at=starts_at, ends_at=ends_at, title=title
    )
    record("mentoring.schedule_meetup", meetup, user=by)
    return meetup


def takes_part(user, programme):
    return (
        VolunteerProfile.objects.filter(user=user, programme=programme, vetting_status="approved").exists()
        or MenteeRequest.objects.filter(user=user, programme=programme).exclude(status="withdrawn").exists()
    )


@transaction.atomic
def rsvp(meetup, user, response):
    if response not in MeetupAttendance.Response.values:
        raise ValidationError(_("Choose yes, maybe or no."))
    if not takes_part(user, meetup.programme):
        raise PermissionDenied
    if meetup.starts_at < timezone.now():
        raise ValidationError(_("This meetup has already started."))
    attendance, _created = MeetupAttendance.objects.update_or_create(
        meetup=meetup, user=user, defaults={"response": response}
    )
    return attendance


def volunteer_hours(user):
    """Hours a volunteer logged in check-ins of their matches, in total and per programme."""
    rows = (
        CheckIn.objects.filter(match__volunteer__user=user, side="volunteer", met=True)
        .values("match__programme__name")
        .annotate(hours=Sum("hours"))
        .order_by("match__programme__name")
    )
    per_programme = {row["match__programme__name"]: row["hours"] for row in rows}
    return sum(per_programme.values(), start=0), per_programme


def upcoming_meetups_for(user):
    programmes = Q(programme__volunteers__user=user, programme__volunteers__vetting_status="approved") | Q(
        programme__requests__user=user
    )
    return (
        Meetup.objects.filter(programmes, starts_at__gte=timezone.now())
        .distinct()
        .select_related("venue", "programme")
        .order_by("starts_at")
    )
