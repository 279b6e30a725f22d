"""Events API at /api/events/: the listing with its filters, an event's details, registering,
cancelling, one's own registrations and course certificates; for organisers, the attendee list
and check-in."""

from datetime import datetime
from urllib.parse import urljoin

from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from ninja import Field, Query, Router, Schema, Status

from core.api_errors import refusal
from core.links import base_url
from core.permissions import may
from core.sync import withdrawn_since
from core.translations import url_for_visitor
from integration_site.api_auth import optional_sign_in, signed_in
from integration_site.api_types import IsoDate, IsoDateTime, LocaleQuery, answer_language, pdf_response

from . import queries, services
from .certificates import certificate_pdf
from .listing import EventFilterForm, ListedOccurrence, event_context, events_queryset, list_occurrences
from .models import Certificate, EventPage, Registration, RegistrationStatus
from .names import attendee_name
from .recurrence import Occurrence, find_occurrence, occurrence_param, parse_occurrence
from .rules import MANAGE_ATTENDEES

router = Router(tags=["events"])


class EventError(Schema):
    detail: str


class EventFilters(Schema):
    kind: str | None = Field(
        None, description="intercultural, social_club, orientation, language_course, ..."
    )
    date_from: IsoDate | None = None
    date_to: IsoDate | None = None
    language: str | None = Field(None, description="A language spoken at the event, e.g. 'ar'.")
    mode: str | None = Field(None, description="in_person or online (hybrid events match both)")
    free: bool = False
    places_left: bool = False
    limit: int = Field(50, ge=1, le=100)
    offset: int = Field(0, ge=0)
    updated_since: IsoDateTime | None = Field(
        None,
        description="Only events published or changed since then (ISO 8601, e.g. the `synced_at` "
        "of the last answer); `deleted` then lists the events withdrawn since.",
    )


class EventOccurrenceOut(Schema):
    id: int
    title: str
    content_language: str = Field(
        description="The language of the title and texts: the requested one, or the default "
        "language while the event is not translated yet."
    )
    url: str
    kind: str
    mode: str
    place: str
    start: datetime
    end: datetime
    date: str = Field(
        description="Identifies this date of a repeating event when registering; empty otherwise."
    )
    moved: bool
    languages: list[str]
    price: str
    capacity: int | None
    places_left: int | None


class EventOccurrenceListOut(Schema):
    count: int
    items: list[EventOccurrenceOut]
    deleted: list[int] = Field(
        description="With `updated_since`: ids of events deleted, unpublished or made private "
        "since then. Empty without it."
    )
    synced_at: datetime = Field(description="When this answer was made: the next `updated_since`.")


class EventSessionOut(Schema):
    start: datetime
    end: datetime
    topic: str


class EventRegistrationOut(Schema):
    id: int
    event_id: int = Field(description="The event's page in the answer's language (see `locale`).")
    event_title: str
    event_url: str = Field(description="The event's page, an absolute URL on the site's own host.")
    locale: str = Field(description="The language of `event_title` and `event_id`.")
    fallback: bool = Field(
        description="True when the event is not translated into the requested language yet: "
        "it comes in the site's default language, as the pages show it."
    )
    date: str
    start: datetime | None
    status: str
    waiting_position: int | None
    check_in_code: str | None


class EventDetailOut(EventOccurrenceOut):
    summary: str
    organiser: str
    accessibility_notes: str
    childcare_notes: str
    level: str
    registration_open: bool
    questions: list[str]
    placement_question: str
    sessions: list[EventSessionOut]
    dates: list[EventOccurrenceOut]
    my_registrations: list[EventRegistrationOut]


class EventRegistrationIn(Schema):
    date: str = Field("", max_length=20, description="The `date` of the chosen date for a repeating event.")
    language_level: str | None = Field(None, max_length=4)
    childcare_needed: bool | None = None
    access_needs: str | None = Field(None, max_length=1000)
    placement_answer: str | None = Field(None, max_length=1000)
    printed_name: str | None = Field(
        None,
        max_length=150,
        description="For a course with a certificate: the name to print, in the person's script.",
    )
    printed_name_latin: str | None = Field(
        None, max_length=150, description="The same name in Latin letters."
    )


class EventAttendeeOut(Schema):
    registration_id: int
    name: str
    email: str
    date: str
    status: str
    check_in_code: str
    checked_in_at: datetime | None
    language_level: str
    childcare_needed: bool | None
    access_needs: str


class EventCheckInIn(Schema):
    code: str = Field(..., min_length=1, max_length=20)


def occurrence_out(listed):
    event, occurrence = listed.event, listed.occurrence
    return {
        "id": event.pk,
        "title": event.title,
        "content_language": event.locale.language_code,
        "url": url_for_visitor(event) or "",
        "kind": event.kind,
        "mode": event.mode,
        "place": event.place,
        "start": occurrence.start,
        "end": occurrence.end,
        "date": occurrence_param(occurrence.key),
        "moved": occurrence.moved,
        "languages": event.languages or [],
        "price": str(event.price),
        "capacity": event.capacity,
        "places_left": listed.places_left,
    }


def registration_out(registration, position=None, event=None, *, request=None, base=None):
    """`event` is the registration's event in the reader's language (see queries.localized_events).
    Lists pass the `request` (Wagtail keeps the site's root paths on it) and the `base` URL,
    so that each is read once, not once per row."""
    occurrence = find_occurrence(registration.event, registration.occurrence)
    if event is None:
        event = queries.localized_events([registration.event]).get(registration.event.translation_key)
    event = event or registration.event
    return {
        "id": registration.pk,
        "event_id": event.pk,
        "event_title": event.title,
        "event_url": urljoin(base or base_url(), event.get_url(request=request) or ""),
        "locale": event.locale.language_code,
        "fallback": event.locale.language_code != translation.get_language(),
        "date": occurrence_param(registration.occurrence),
        "start": occurrence.start if occurrence else None,
        "status": registration.status,
        "waiting_position": position,
        "check_in_code": registration.check_in_code
        if registration.status == RegistrationStatus.CONFIRMED
        else None,
    }


def validated_filters(filters):
    data = {key: value for key, value in filters.dict().items() if value not in (None, False)}
    form = EventFilterForm(data)
    if not form.is_valid():
        raise services.RegistrationError(
            " ".join(message for errors in form.errors.values() for message in errors)
        )
    return form.cleaned_data


@router.get(
    "/",
    response={200: EventOccurrenceListOut, 422: EventError},
    auth=optional_sign_in,
    operation_id="events_list",
    url_name="events_list",
    summary="Coming dates of events, filtered",
)
def list_events(request, filters: Query[EventFilters]):
    try:
        cleaned = validated_filters(filters)
    except services.RegistrationError as error:
        return refusal(error, 422)
    synced_at = timezone.now()
    events = events_queryset()
    deleted = []
    since = filters.updated_since
    if since is not None:
        deleted = withdrawn_since(since, events)
        events = events.filter(last_published_at__gte=since)
    listed = list_occurrences(events, cleaned)
    return {
        "count": len(listed),
        "items": [occurrence_out(item) for item in listed[filters.offset : filters.offset + filters.limit]],
        "deleted": deleted,
        "synced_at": synced_at,
    }


@router.get(
    "/registrations/mine",
    response=list[EventRegistrationOut],
    auth=signed_in,
    operation_id="events_my_registrations",
    url_name="events_my_registrations",
    summary="My registrations, in one language",
)
def my_registrations(request, language: Query[LocaleQuery]):
    base = base_url()
    with translation.override(answer_language(language)):
        return [
            registration_out(row["registration"], row["position"], row["event"], request=request, base=base)
            for row in queries.my_registrations(request.user)
        ]


@router.get(
    "/{event_id}",
    response={200: EventDetailOut, 404: EventError},
    auth=optional_sign_in,
    operation_id="events_detail",
    url_name="events_detail",
    summary="One event with its dates and sessions",
)
def event_detail(request, event_id: int):
    event = get_object_or_404(events_queryset().prefetch_related("sessions"), pk=event_id)
    context = event_context(event, request)
    dates = [row["listed"] for row in context["dates"]]
    mine = [(row["registration"], row["position"]) for row in context["dates"] if row["registration"]]
    questions = [
        name
        for name, asked in (
            ("language_level", event.ask_language_level),
            ("childcare_needed", event.ask_childcare),
            ("access_needs", event.ask_access_needs),
            ("placement_answer", bool(event.placement_question)),
        )
        if asked
    ]
    first = dates[0] if dates else ListedOccurrence(Occurrence(event, event.start, event.end, None), 0)
    return {
        **occurrence_out(first),
        "summary": event.summary,
        "organiser": event.organiser_name,
        "accessibility_notes": event.accessibility_notes,
        "childcare_notes": event.childcare_notes,
        "level": event.level,
        "registration_open": event.registration_open,
        "questions": questions,
        "placement_question": event.placement_question,
        "sessions": [{"start": s.start, "end": s.end, "topic": s.topic} for s in event.sessions.all()],
        "dates": [occurrence_out(item) for item in dates],
        "my_registrations": [registration_out(registration, position) for registration, position in mine],
    }


@router.post(
    "/{event_id}/registrations",
    response={201: EventRegistrationOut, 400: EventError, 404: EventError},
    auth=signed_in,
    operation_id="events_register",
    url_name="events_register",
    summary="Register for an event (or one date of it); joins the waiting list when full",
)
def register(request, event_id: int, payload: EventRegistrationIn):
    event = get_object_or_404(EventPage.objects.live().public(), pk=event_id)
    try:
        registration = services.register(
            request.user,
            event,
            parse_occurrence(payload.date),
            payload.dict(exclude={"date"}, exclude_none=True),
        )
    except ValueError:
        return Status(400, {"detail": _("This date does not exist or was cancelled.")})
    except services.RegistrationError as error:
        return refusal(error)
    return Status(201, registration_out(registration, services.waiting_position(registration)))


@router.post(
    "/registrations/{registration_id}/cancel",
    response={200: EventRegistrationOut, 403: EventError, 404: EventError},
    auth=signed_in,
    operation_id="events_cancel",
    url_name="events_cancel",
    summary="Cancel a registration",
)
def cancel(request, registration_id: int):
    registration = get_object_or_404(Registration.objects.select_related("event"), pk=registration_id)
    return registration_out(services.cancel(registration, by_user=request.user))


def organised_event(request, event_id):
    event = get_object_or_404(EventPage, pk=event_id)
    if not may(request.user, MANAGE_ATTENDEES, event):
        raise PermissionDenied
    return event.canonical()


def attendee_out(registration):
    user = registration.user
    return {
        "registration_id": registration.pk,
        "name": attendee_name(user),
        "email": user.email,
        "date": timezone.localtime(registration.occurrence or registration.event.start).isoformat(),
        "status": registration.status,
        "check_in_code": registration.check_in_code,
        "checked_in_at": registration.checked_in_at,
        "language_level": registration.language_level,
        "childcare_needed": registration.childcare_needed,
        "access_needs": registration.access_needs,
    }


@router.get(
    "/{event_id}/attendees",
    response={200: list[EventAttendeeOut], 403: EventError, 404: EventError},
    auth=signed_in,
    operation_id="events_attendees",
    url_name="events_attendees",
    summary="The people registered (organisers only)",
)
def attendees(request, event_id: int):
    event = organised_event(request, event_id)
    registrations = (
        Registration.objects.filter(event=event)
        .exclude(status=RegistrationStatus.CANCELLED)
        .select_related("user__profile", "event")
    )
    return [attendee_out(registration) for registration in registrations]


@router.post(
    "/{event_id}/check-in",
    response={200: EventAttendeeOut, 400: EventError, 403: EventError, 404: EventError},
    auth=signed_in,
    operation_id="events_check_in",
    url_name="events_check_in",
    summary="Check a person in by their code (organisers only)",
)
def check_in(request, event_id: int, payload: EventCheckInIn):
    event = organised_event(request, event_id)
    try:
        return attendee_out(services.check_in(request.user, event, payload.code))
    except services.RegistrationError as error:
        return refusal(error)


class EventCertificateOut(Schema):
    code: str = Field(description="Anyone can check it at the verify_url.")
    course_title: str
    completed_on: str
    sessions_attended: int
    download_url: str
    verify_url: str


def certificate_out(request, certificate):
    return {
        "code": certificate.code,
        "course_title": certificate.course_title,
        "completed_on": certificate.completed_on.isoformat(),
        "sessions_attended": certificate.sessions_attended,
        "download_url": request.build_absolute_uri(
            reverse("api:events_certificate", kwargs={"registration_id": certificate.registration_id})
        ),
        "verify_url": request.build_absolute_uri(
            reverse("events:verify_certificate", args=[certificate.code])
        ),
    }


@router.post(
    "/registrations/{registration_id}/certificate",
    response={200: EventCertificateOut, 400: EventError, 403: EventError, 404: EventError},
    auth=signed_in,
    operation_id="events_issue_certificate",
    url_name="events_issue_certificate",
    summary="Get the certificate of a course I attended (issued once, then the same one)",
)
def issue_certificate(request, registration_id: int):
    registration = queries.own_registration(request.user, registration_id)
    try:
        return certificate_out(request, services.issue_certificate(registration))
    except services.RegistrationError as error:
        return refusal(error)


@router.get(
    "/registrations/{registration_id}/certificate.pdf",
    response={200: None, 403: EventError, 404: EventError},
    auth=signed_in,
    operation_id="events_certificate",
    url_name="events_certificate",
    summary="Download my certificate (PDF), once issued",
    openapi_extra=pdf_response("The certificate (PDF), in the requested language"),
)
def certificate_download(request, registration_id: int):
    certificate = get_object_or_404(
        Certificate, registration=queries.own_registration(request.user, registration_id)
    )
    response = HttpResponse(
        certificate_pdf(certificate, translation.get_language()), content_type="application/pdf"
    )
    response["Content-Disposition"] = f'attachment; filename="certificate-{certificate.code}.pdf"'
    return response
