"""Coordinator pages: vetting volunteers, running rounds, deciding on proposals, following
matches and their alerts, scheduling meetups. Only the Coordinators group (and superusers)."""

from functools import wraps

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count, Max, Q
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from core.permissions import may

from . import services
from .choices import VettingStatus
from .forms import MeetupForm, TrainingForm, VettingForm
from .models import CheckIn, Match, MatchingRound, MatchState, Programme, Proposal, VolunteerProfile
from .queries import is_quiet
from .rules import COORDINATE
from .submission import submitted


def coordinator_required(view):
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not may(request.user, COORDINATE):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapper


@coordinator_required
def dashboard(request):
    programmes = Programme.objects.annotate(
        to_vet=Count("volunteers", filter=Q(volunteers__vetting_status=VettingStatus.PENDING), distinct=True),
        open_requests=Count("requests", filter=Q(requests__status="open"), distinct=True),
    )
    rounds = MatchingRound.objects.select_related("programme", "run_by")[:10]
    return render(
        request, "mentoring/coordinate/dashboard.html", {"programmes": programmes, "rounds": rounds}
    )


@coordinator_required
def volunteers(request):
    profiles = (
        VolunteerProfile.objects.filter(
            Q(vetting_status__in=[VettingStatus.PENDING, VettingStatus.MORE_INFORMATION])
            | Q(vetting_status=VettingStatus.APPROVED, training_date__isnull=True)
        )
        .select_related("user", "programme")
        .order_by("created_at")
    )
    return render(request, "mentoring/coordinate/volunteers.html", {"profiles": profiles})


@coordinator_required
def volunteer_detail(request, pk):
    profile = get_object_or_404(
        VolunteerProfile.objects.select_related("user", "programme", "district"), pk=pk
    )
    vetting_form = VettingForm(request.POST if "vet" in request.POST else None)
    training_form = TrainingForm(request.POST if "training" in request.POST else None, instance=profile)
    try:
        if vetting_form.is_bound and vetting_form.is_valid():
            services.vet_volunteer(
                profile,
                vetting_form.cleaned_data["status"],
                by=request.user,
                note=vetting_form.cleaned_data["note"],
            )
            messages.success(request, _("The volunteer is told of your decision."))
            return redirect("mentoring:coordinate_volunteers")
        if training_form.is_bound and training_form.is_valid():
            services.record_training(profile, training_form.cleaned_data["training_date"], by=request.user)
            messages.success(request, _("The training is recorded."))
            return redirect("mentoring:coordinate_volunteer", pk=profile.pk)
    except ValidationError as error:
        (vetting_form if vetting_form.is_bound else training_form).add_error(None, error)
    return render(
        request,
        "mentoring/coordinate/volunteer_detail.html",
        {"profile": profile, "vetting_form": vetting_form, "training_form": training_form},
    )


@coordinator_required
@require_POST
def run_round(request, slug):
    programme = get_object_or_404(Programme, slug=slug)
    matching_round = services.run_round(programme, run_by=request.user)
    messages.success(
        request,
        _("%(matched)s of %(mentees)s people matched.")
        % {"matched": matching_round.matched, "mentees": matching_round.mentees},
    )
    return redirect("mentoring:coordinate_round", pk=matching_round.pk)


@coordinator_required
def round_detail(request, pk):
    matching_round = get_object_or_404(MatchingRound.objects.select_related("programme"), pk=pk)
    proposals = matching_round.proposals.select_related(
        "mentee_request__user", "volunteer__user", "match"
    ).order_by("-score", "pk")
    alternatives = (
        VolunteerProfile.objects.filter(
            programme=matching_round.programme, vetting_status=VettingStatus.APPROVED
        )
        .exclude(training_date=None)
        .select_related("user")
    )
    return render(
        request,
        "mentoring/coordinate/round_detail.html",
        {"round": matching_round, "proposals": proposals, "alternatives": alternatives},
    )


@coordinator_required
@require_POST
def decide_proposal(request, pk):
    proposal = get_object_or_404(Proposal, pk=pk)
    try:
        if request.POST.get("decision") == "reject":
            services.reject_proposal(proposal, by=request.user)
        else:
            other = request.POST.get("volunteer")
            volunteer = get_object_or_404(VolunteerProfile, pk=other) if other and other.isdigit() else None
            services.accept_proposal(proposal, by=request.user, volunteer=volunteer)
        messages.success(request, _("Your decision is saved."))
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    return redirect("mentoring:coordinate_round", pk=proposal.round_id)


@coordinator_required
def matches(request):
    today = timezone.localdate()
    rows = (
        Match.objects.exclude(state=MatchState.DECLINED)
        .select_related("programme", "volunteer__user", "mentee_request__user")
        .annotate(
            last_check_in=Max("check_ins__met_on"),
            open_help=Count(
                "check_ins", filter=Q(check_ins__needs_help=True, check_ins__help_resolved_at=None)
            ),
        )
        .order_by("-open_help", "state", "-created_at")
    )
    help_requests = CheckIn.objects.filter(needs_help=True, help_resolved_at=None).select_related(
        "match__programme", "author"
    )
    rows = list(rows)
    for match in rows:
        last = match.last_check_in or (match.activated_at and timezone.localdate(match.activated_at))
        match.is_quiet = match.state == MatchState.ACTIVE and last is not None and is_quiet(last, today)
    return render(
        request, "mentoring/coordinate/matches.html", {"matches": rows, "help_requests": help_requests}
    )


@coordinator_required
@require_POST
def resolve_help(request, pk):
    services.resolve_help(get_object_or_404(CheckIn, pk=pk), by=request.user)
    return redirect("mentoring:coordinate_matches")


@coordinator_required
def meetups(request, slug):
    programme = get_object_or_404(Programme, slug=slug)
    form = MeetupForm(request.POST if request.method == "POST" else None)

    def schedule(data):
        return services.schedule_meetup(programme, **data, by=request.user)

    if submitted(request, form, schedule, _("The meetup is scheduled.")):
        return redirect("mentoring:coordinate_meetups", slug=slug)
    rows = programme.meetups.select_related("venue").annotate(
        coming=Count("attendances", filter=Q(attendances__response="yes"))
    )
    return render(
        request, "mentoring/coordinate/meetups.html", {"programme": programme, "form": form, "meetups": rows}
    )
