"""Pages for participants: register, cancel, my registrations, QR code, certificates, feeds."""

from io import BytesIO

import segno
from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from core import links

from . import queries, services
from .certificates import certificate_pdf
from .ical import calendar_bytes
from .listing import events_queryset
from .models import Certificate, EventKind, EventPage, Registration, RegistrationStatus
from .notifications import registration_from_token
from .recurrence import find_occurrence, occurrence_param, parse_occurrence


class RegistrationForm(forms.ModelForm):
    class Meta:
        model = Registration
        fields = ["language_level", "childcare_needed", "access_needs", "placement_answer"]
        widgets = {"childcare_needed": forms.CheckboxInput}

    def __init__(self, *args, event, user, **kwargs):
        super().__init__(*args, **kwargs)
        if services.asks_printed_name(event, user):
            self.fields["printed_name"] = forms.CharField(
                label=_("Your name as it should appear on the certificate"),
                help_text=_("In your own script. We keep it in your account for your next certificates."),
                max_length=150,
                initial=user.get_full_name(),
            )
            self.fields["printed_name_latin"] = forms.CharField(
                label=_("The same name in Latin letters"),
                help_text=_("If your own script is another one, for example Arabic or Cyrillic."),
                max_length=150,
                required=False,
            )
        asked = {
            "language_level": event.ask_language_level,
            "childcare_needed": event.ask_childcare,
            "access_needs": event.ask_access_needs,
            "placement_answer": bool(event.placement_question),
        }
        for name, is_asked in asked.items():
            if not is_asked:
                del self.fields[name]
        if "childcare_needed" in self.fields:
            self.fields["childcare_needed"] = forms.BooleanField(
                label=_("I need childcare during the event"), required=False
            )
        if "placement_answer" in self.fields:
            self.fields["placement_answer"].label = event.placement_question


def live_event(event_id):
    return get_object_or_404(EventPage.objects.live().public(), pk=event_id)


@login_required
def register(request, event_id):
    event = live_event(event_id).localized
    try:
        key = parse_occurrence(request.GET.get("date") or request.POST.get("date"))
    except ValueError:
        raise Http404
    occurrence = find_occurrence(event, key)
    if occurrence is None:
        raise Http404
    form = RegistrationForm(request.POST or None, event=event, user=request.user)
    if request.method == "POST" and form.is_valid():
        try:
            registration = services.register(request.user, event, key, form.cleaned_data)
        except services.RegistrationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            if registration.status == RegistrationStatus.CONFIRMED:
                messages.success(request, _("You are registered. We sent you a confirmation e-mail."))
            else:
                messages.info(request, _("The event is full: you are on the waiting list."))
            return redirect(event.url)
    return render(
        request,
        "events/register.html",
        {"event": event, "occurrence": occurrence, "form": form, "date_param": occurrence_param(key)},
    )


@login_required
@require_POST
def cancel(request, registration_id):
    registration = get_object_or_404(Registration.objects.select_related("event"), pk=registration_id)
    services.cancel(registration, by_user=request.user)
    messages.success(request, _("Your registration is cancelled."))
    next_url = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return redirect(next_url)
    return redirect("events:my_registrations")


def cancel_by_link(request, token):
    """The cancellation link in e-mails: works without signing in, asks before cancelling."""
    try:
        registration = registration_from_token(token)
    except links.LinkExpired:
        return render(request, "events/cancel_link_expired.html", status=410)
    if registration is None:
        raise Http404
    if request.method == "POST":
        services.cancel(registration)
        registration.refresh_from_db()
    return render(
        request,
        "events/cancel_by_link.html",
        {"registration": registration, "event": registration.event.localized},
    )


@login_required
def my_registrations(request):
    return render(request, "events/my_registrations.html", {"rows": queries.my_registrations(request.user)})


def own_registration(request, registration_id):
    return queries.own_registration(request.user, registration_id)


@login_required
def check_in_qr(request, registration_id):
    registration = own_registration(request, registration_id)
    # The QR code opens the organiser's check-in form with the code filled in; typed by hand,
    # the code alone does the same.
    check_in_url = request.build_absolute_uri(
        reverse("events:attendees", args=[registration.event_id]) + f"?code={registration.check_in_code}"
    )
    # A standalone SVG file (an <img> source) needs its namespace, which svg_inline() leaves out.
    svg = BytesIO()
    segno.make(check_in_url, error="m").save(svg, kind="svg", scale=4, title=registration.check_in_code)
    return HttpResponse(svg.getvalue(), content_type="image/svg+xml")


@login_required
@require_POST
def issue_certificate(request, registration_id):
    registration = own_registration(request, registration_id)
    try:
        services.issue_certificate(registration)
    except services.RegistrationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect("events:my_registrations")
    return redirect("events:certificate", registration.pk)


@login_required
def certificate_download(request, registration_id):
    """Serves a certificate already issued; issuing is a POST (issue_certificate)."""
    registration = own_registration(request, registration_id)
    certificate = get_object_or_404(Certificate, registration=registration)
    response = HttpResponse(
        certificate_pdf(certificate, request.LANGUAGE_CODE), content_type="application/pdf"
    )
    response["Content-Disposition"] = f'attachment; filename="certificate-{certificate.code}.pdf"'
    return response


def verify_certificate(request, code):
    certificate = Certificate.objects.filter(code=code.strip().upper()).first()
    return render(
        request,
        "events/certificate_verify.html",
        {"certificate": certificate, "code": code},
        status=200 if certificate else 404,
    )


def ics_response(name, events, request):
    response = HttpResponse(
        calendar_bytes(name, events, request), content_type="text/calendar; charset=utf-8"
    )
    response["Content-Disposition"] = 'inline; filename="events.ics"'
    return response


def feed_events():
    return events_queryset().prefetch_related("sessions")


def event_ics(request, event_id):
    event = get_object_or_404(feed_events(), pk=event_id)
    return ics_response(event.title, [event], request)


def feed_all(request):
    return ics_response(_("All events"), feed_events(), request)


def feed_kind(request, kind):
    if kind not in EventKind.values:
        raise Http404
    return ics_response(EventKind(kind).label, feed_events().filter(kind=kind), request)


def feed_language(request, language):
    events = [event for event in feed_events() if language in (event.languages or [])]
    return ics_response(_("Events in %(language)s") % {"language": language}, events, request)
