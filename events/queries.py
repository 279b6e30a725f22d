"""Reads shared by the event pages and the API, so both show the same thing in the same language."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from wagtail.models import Locale

from .models import EventPage, Registration, RegistrationStatus
from .recurrence import find_occurrence
from .services import waiting_positions


def localized_events(events):
    """{translation_key: the event in the visitor's language}, in one query."""
    return {
        event.translation_key: event
        for event in EventPage.objects.filter(
            translation_key__in={event.translation_key for event in events}, locale=Locale.get_active()
        ).select_related("locale")
    }


def my_registrations(user):
    """The person's registrations not cancelled, newest first, each with the event in the active
    language (its title as the pages show it), the date and the place in the queue."""
    registrations = list(
        Registration.objects.filter(user=user)
        .exclude(status=RegistrationStatus.CANCELLED)
        .select_related("event__locale", "certificate")
        .prefetch_related("event__occurrence_exceptions")
        .order_by("-queued_at")
    )
    positions = waiting_positions(registrations)
    translated = localized_events([registration.event for registration in registrations])
    return [
        {
            "registration": registration,
            "event": translated.get(registration.event.translation_key, registration.event),
            "occurrence": find_occurrence(registration.event, registration.occurrence),
            "position": positions.get(registration.pk),
        }
        for registration in registrations
    ]


def own_registration(user, registration_id):
    """A registration of the person's own (404 when none has this id, 403 when it is someone
    else's): its QR code and certificate are theirs alone."""
    registration = get_object_or_404(Registration.objects.select_related("event", "user"), pk=registration_id)
    if registration.user_id != user.pk:
        raise PermissionDenied
    return registration
