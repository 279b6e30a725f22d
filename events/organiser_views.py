"""Pages for organisers: attendee list, check-in by code, attendance per session, exports."""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from core.permissions import may

from . import services
from .exports import attendees_csv, attendees_xlsx
from .models import EventPage, Registration, RegistrationStatus
from .names import attendee_name
from .rules import MANAGE_ATTENDEES


class NotSignedIn(Exception):
    pass


def organised_event(request, event_id):
    event = get_object_or_404(EventPage, pk=event_id)
    if not request.user.is_authenticated:
        raise NotSignedIn
    if not may(request.user, MANAGE_ATTENDEES, event):
        raise PermissionDenied
    return event.canonical()


def organiser_only(view):
    def wrapped(request, event_id, *args, **kwargs):
        try:
            event = organised_event(request, event_id)
        except NotSignedIn:
            return redirect_to_login(request.get_full_path())
        return view(request, event, *args, **kwargs)

    wrapped.__name__ = view.__name__
    wrapped.__doc__ = view.__doc__
    return wrapped


def event_registrations(event):
    return (
        Registration.objects.filter(event=event)
        .exclude(status=RegistrationStatus.CANCELLED)
        .select_related("user__profile")
        .order_by("occurrence", "status", "queued_at", "pk")
    )


@organiser_only
def attendees(request, event):
    return render(
        request,
        "events/attendees.html",
        {
            "event": event.localized,
            "event_id": event.pk,
            "registrations": event_registrations(event),
            "sessions": event.sessions.all(),
        },
    )


@organiser_only
@require_POST
def check_in(request, event):
    try:
        registration = services.check_in(request.user, event, request.POST.get("code", "")[:20])
    except services.RegistrationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        name = attendee_name(registration.user)
        messages.success(request, _("%(name)s is checked in.") % {"name": name})
    return redirect("events:attendees", event.pk)


@organiser_only
def attendance(request, event, session_id):
    session = get_object_or_404(event.sessions, pk=session_id)
    registrations = list(event_registrations(event).filter(status=RegistrationStatus.CONFIRMED))
    if request.method == "POST":
        try:
            services.mark_attendance(request.user, session, request.POST.getlist("present"))
        except services.RegistrationError as error:
            messages.error(request, " ".join(error.messages))
        except ValueError:
            messages.error(request, _("Some of these people are not registered for this course."))
        else:
            messages.success(request, _("Attendance saved."))
            return redirect("events:attendees", event.pk)
    present = set(session.attendances.filter(present=True).values_list("registration_id", flat=True))
    return render(
        request,
        "events/attendance.html",
        {"event": event.localized, "session": session, "registrations": registrations, "present": present},
    )


@organiser_only
def export_csv(request, event):
    response = HttpResponse(
        attendees_csv(event_registrations(event), event), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="attendees-{event.pk}.csv"'
    return response


@organiser_only
def export_xlsx(request, event):
    response = HttpResponse(
        attendees_xlsx(event_registrations(event), event),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    response["Content-Disposition"] = f'attachment; filename="attendees-{event.pk}.xlsx"'
    return response
