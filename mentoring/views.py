"""Pages for volunteers and newcomers: sign-up, requests, "my mentoring", answers to a proposed
match, check-ins, closing a match, meetup answers and the volunteer's certificate."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Prefetch
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from core.permissions import may

from . import services
from .certificate import certificate_pdf
from .followup import next_check_in_due, upcoming_meetups_for, volunteer_hours
from .forms import CheckInForm, CloseMatchForm, MenteeForm, RsvpForm, VolunteerForm
from .links import read_match_response_token
from .models import CheckIn, Match, MatchState, MeetupAttendance, MenteeRequest, Programme, VolunteerProfile
from .queries import my_matches
from .rules import SEE_MENTEE
from .submission import submitted


def programme_list(request):
    programmes = Programme.objects.filter(is_open=True)
    return render(request, "mentoring/programme_list.html", {"programmes": programmes})


def _sign_up(request, slug, form_class, model, service, template):
    programme = get_object_or_404(Programme, slug=slug, is_open=True)
    latest = model.objects.filter(user=request.user).order_by("-created_at").first()
    initial = form_class.initial_from(latest, request.user)
    form = form_class(
        request.POST if request.method == "POST" else None, programme=programme, initial=initial
    )
    if submitted(
        request,
        form,
        lambda _data: service(request.user, programme, form.payload()),
        _("Thank you! The coordinator will be in touch."),
    ):
        return redirect("mentoring:my")
    return render(request, template, {"form": form, "programme": programme})


@login_required
def volunteer_sign_up(request, slug):
    return _sign_up(
        request,
        slug,
        VolunteerForm,
        VolunteerProfile,
        services.sign_up_volunteer,
        "mentoring/volunteer_form.html",
    )


@login_required
def mentee_request(request, slug):
    return _sign_up(
        request, slug, MenteeForm, MenteeRequest, services.request_mentor, "mentoring/mentee_form.html"
    )


def _my_matches(user):
    check_ins = Prefetch("check_ins", queryset=CheckIn.objects.order_by("-met_on"))
    return my_matches(user).prefetch_related(check_ins)


@login_required
def my_mentoring(request):
    matches = list(_my_matches(request.user))
    for match in matches:
        match.my_side = match.side_of(request.user)
        match.shows_mentee = may(request.user, SEE_MENTEE, match)
        match.next_due = next_check_in_due(match)
    meetups = list(upcoming_meetups_for(request.user))
    answers = dict(
        MeetupAttendance.objects.filter(user=request.user, meetup__in=meetups).values_list(
            "meetup_id", "response"
        )
    )
    for meetup in meetups:
        meetup.my_answer = answers.get(meetup.pk)
    total_hours, hours_by_programme = volunteer_hours(request.user)
    context = {
        "matches": matches,
        "meetups": meetups,
        "rsvp_form": RsvpForm(),
        "profiles": VolunteerProfile.objects.filter(user=request.user).select_related("programme"),
        "requests": MenteeRequest.objects.filter(user=request.user).select_related("programme"),
        "total_hours": total_hours,
        "hours_by_programme": hours_by_programme,
    }
    return render(request, "mentoring/my_mentoring.html", context)


def _answer(request, match, user):
    accept = request.POST.get("answer") == "accept"
    try:
        services.respond_to_match(match, user, accept=accept)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Thank you, we recorded your answer."))


@login_required
@require_POST
def respond(request, pk):
    match = get_object_or_404(_my_matches(request.user), pk=pk)
    _answer(request, match, request.user)
    return redirect("mentoring:my")


def respond_by_link(request, token):
    """The link in the e-mail: GET shows the question (mail scanners follow links), POST answers."""
    match_id, user_id = read_match_response_token(token) or (None, None)
    match = (
        Match.objects.filter(pk=match_id).select_related("volunteer__user", "mentee_request__user").first()
    )
    if match is None or user_id not in (match.volunteer.user_id, match.mentee_request.user_id):
        return render(request, "mentoring/respond_by_link.html", {"invalid": True}, status=400)
    if request.method == "POST":
        user = match.volunteer.user if user_id == match.volunteer.user_id else match.mentee_request.user
        _answer(request, match, user)
        match.refresh_from_db()
    return render(request, "mentoring/respond_by_link.html", {"match": match})


@login_required
@require_POST
def withdraw(request, pk):
    request_obj = get_object_or_404(MenteeRequest, pk=pk, user=request.user)
    try:
        services.withdraw_request(request_obj, request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Your request is withdrawn."))
    return redirect("mentoring:my")


def _active_match(user, pk):
    return get_object_or_404(
        _my_matches(user).filter(state__in=[MatchState.ACTIVE, MatchState.PAUSED]), pk=pk
    )


@login_required
def check_in(request, pk):
    match = _active_match(request.user, pk)
    form = CheckInForm(request.POST if request.method == "POST" else None)
    if submitted(
        request,
        form,
        lambda data: services.log_check_in(match, request.user, **data),
        _("Your check-in is saved."),
    ):
        return redirect("mentoring:my")
    return render(request, "mentoring/check_in_form.html", {"form": form, "match": match})


@login_required
def close_match(request, pk):
    match = _active_match(request.user, pk)
    form = CloseMatchForm(request.POST if request.method == "POST" else None)

    def close(data):
        if data["action"] == "pause":
            services.pause_match(match, request.user, reason=data["reason"])
        else:
            services.end_match(match, request.user, reason=data["reason"], feedback=data["feedback"])

    if submitted(request, form, close, _("The match is updated.")):
        return redirect("mentoring:my")
    return render(request, "mentoring/close_match.html", {"form": form, "match": match})


@login_required
@require_POST
def resume(request, pk):
    match = _active_match(request.user, pk)
    try:
        services.resume_match(match, request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    return redirect("mentoring:my")


@login_required
@require_POST
def rsvp(request, pk):
    meetup = get_object_or_404(upcoming_meetups_for(request.user), pk=pk)
    form = RsvpForm(request.POST)
    if form.is_valid():
        try:
            services.rsvp(meetup, request.user, form.cleaned_data["response"])
        except (ValidationError, PermissionDenied):
            messages.error(request, _("Your answer could not be saved."))
        else:
            messages.success(request, _("Thank you, we recorded your answer."))
    return redirect("mentoring:my")


@login_required
def certificate(request):
    total_hours, hours_by_programme = volunteer_hours(request.user)
    if not total_hours:
        messages.error(request, _("A certificate is available once you have logged volunteering hours."))
        return redirect("mentoring:my")
    pdf = certificate_pdf(request.user, total_hours, hours_by_programme)
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = 'attachment; filename="volunteer-certificate.pdf"'
    return response
