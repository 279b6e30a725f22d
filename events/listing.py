"""The list of coming dates with its filters, shared by the listing page, the API and the feeds.
It runs a fixed number of queries whatever the number of events."""

from dataclasses import dataclass
from datetime import datetime, time

from django import forms
from django.core.paginator import Paginator
from django.db.models import Count
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from core.permissions import may
from core.translations import localized, within_any_translation

from .models import SPOKEN_LANGUAGES, EventKind, EventMode, EventPage, Registration, RegistrationStatus
from .recurrence import Occurrence, horizon, local_zone, occurrences
from .rules import MANAGE_ATTENDEES
from .services import waiting_positions

PER_PAGE = 20


class EventFilterForm(forms.Form):
    kind = forms.ChoiceField(
        label=_("Kind"), required=False, choices=[("", _("Any kind")), *EventKind.choices]
    )
    date_from = forms.DateField(
        label=_("From"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    date_to = forms.DateField(
        label=_("Until"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    language = forms.ChoiceField(
        label=_("Language spoken"), required=False, choices=[("", _("Any language")), *SPOKEN_LANGUAGES]
    )
    mode = forms.ChoiceField(
        label=_("Format"),
        required=False,
        choices=[
            ("", _("In person or online")),
            (EventMode.IN_PERSON, _("In person")),
            (EventMode.ONLINE, _("Online")),
        ],
    )
    free = forms.BooleanField(label=_("Free only"), required=False)
    places_left = forms.BooleanField(label=_("With places left"), required=False)

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("date_from") and cleaned.get("date_to") and cleaned["date_to"] < cleaned["date_from"]:
            raise forms.ValidationError(_("The end of the date range is before its start."))
        return cleaned


@dataclass(frozen=True)
class ListedOccurrence:
    occurrence: Occurrence
    taken: int

    @property
    def event(self):
        return self.occurrence.event

    @property
    def places_left(self):
        capacity = self.event.capacity
        return None if capacity is None else max(capacity - self.taken, 0)


def events_queryset(locale=None):
    """Published events in `locale` (default: the visitor's), those not translated yet in the
    default language."""
    return (
        localized(EventPage.objects.live().public(), locale)
        .select_related("locale")
        .prefetch_related("occurrence_exceptions")
        .order_by("start")
    )


def filter_events(queryset, filters):
    if filters.get("kind"):
        queryset = queryset.filter(kind=filters["kind"])
    if filters.get("mode"):
        queryset = queryset.filter(mode__in=[filters["mode"], EventMode.HYBRID])
    if filters.get("free"):
        queryset = queryset.filter(price=0)
    return queryset


def places_taken(events):
    """{(translation_key, occurrence key): confirmed registrations}, in one query."""
    rows = (
        Registration.objects.filter(
            event__translation_key__in={event.translation_key for event in events},
            status=RegistrationStatus.CONFIRMED,
        )
        .values_list("event__translation_key", "occurrence")
        .annotate(taken=Count("pk"))
    )
    return {(key, occurrence): taken for key, occurrence, taken in rows}


def list_occurrences(queryset, filters):
    """The dates matching `filters` (a cleaned EventFilterForm), soonest first."""
    zone = local_zone()
    after = timezone.now()
    if filters.get("date_from"):
        after = max(after, datetime.combine(filters["date_from"], time.min, tzinfo=zone))
    until = horizon()
    if filters.get("date_to"):
        until = min(until, datetime.combine(filters["date_to"], time.max, tzinfo=zone))
    events = list(filter_events(queryset, filters))
    if filters.get("language"):
        events = [event for event in events if filters["language"] in (event.languages or [])]
    taken = places_taken(events)
    listed = [
        ListedOccurrence(occurrence, taken.get((event.translation_key, occurrence.key), 0))
        for event in events
        for occurrence in occurrences(event, after=after, until=until)
    ]
    if filters.get("places_left"):
        listed = [item for item in listed if item.places_left is None or item.places_left > 0]
    return sorted(listed, key=lambda item: item.occurrence.start)


def listing_context(index_page, request):
    form = EventFilterForm(request.GET or None)
    filters = form.cleaned_data if form.is_bound and form.is_valid() else {}
    queryset = within_any_translation(events_queryset(), index_page)
    listed = list_occurrences(queryset, filters) if not form.errors else []
    page = Paginator(listed, PER_PAGE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return {
        "filter_form": form,
        "listed": page,
        "filter_query": query.urlencode(),
        "feed_language": translation.get_language(),
    }


def event_context(event, request):
    """What an event page shows: its coming dates with places left, and the visitor's own
    registrations (status, place in the queue)."""

    canonical = event.canonical()
    taken = places_taken([event])
    dates = [
        ListedOccurrence(occurrence, taken.get((event.translation_key, occurrence.key), 0))
        for occurrence in occurrences(event, after=timezone.now())[:12]
    ]
    mine = {}
    if request.user.is_authenticated:
        registrations = list(
            Registration.objects.filter(event=canonical, user=request.user).exclude(
                status=RegistrationStatus.CANCELLED
            )
        )
        positions = waiting_positions(registrations)
        mine = {
            registration.occurrence: (registration, positions.get(registration.pk))
            for registration in registrations
        }
    rows = [
        {
            "listed": listed,
            "registration": mine.get(listed.occurrence.key, (None, None))[0],
            "position": mine.get(listed.occurrence.key, (None, None))[1],
        }
        for listed in dates
    ]
    return {
        "dates": rows,
        "can_organise": may(request.user, MANAGE_ATTENDEES, event),
        "organiser_event_id": canonical.pk,
    }
