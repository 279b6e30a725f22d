"""Event pages: what editors publish. Registrations live in registrations.py."""

from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page

from ..admin_forms import EventPageForm
from ..recurrence import expand_rule, gives_no_date, repeats_within_a_day
from .fields import ChoiceListField

SPOKEN_LANGUAGES = [
    ("ro", _("Romanian")),
    ("hu", _("Hungarian")),
    ("en", _("English")),
    ("fr", _("French")),
    ("pl", _("Polish")),
    ("uk", _("Ukrainian")),
    ("ru", _("Russian")),
    ("ar", _("Arabic")),
    ("fa", _("Persian")),
    ("tr", _("Turkish")),
    ("es", _("Spanish")),
    ("de", _("German")),
    ("it", _("Italian")),
    ("zh", _("Chinese")),
    ("vi", _("Vietnamese")),
    ("hi", _("Hindi")),
    ("ne", _("Nepali")),
    ("sgn", _("Sign language")),
]


class EventKind(models.TextChoices):
    INTERCULTURAL = "intercultural", _("Intercultural event")
    SOCIAL_CLUB = "social_club", _("Social club")
    ORIENTATION = "orientation", _("Orientation session")
    LANGUAGE_COURSE = "language_course", _("Language course")
    TRAINING = "training", _("Training")
    PUBLIC_MEETING = "public_meeting", _("Public meeting or consultation")
    OPEN_DAY = "open_day", _("Open day")


class EventMode(models.TextChoices):
    IN_PERSON = "in_person", _("In person")
    ONLINE = "online", _("Online")
    HYBRID = "hybrid", _("Hybrid")


class CourseLevel(models.TextChoices):
    A1 = "A1", "A1"
    A2 = "A2", "A2"
    B1 = "B1", "B1"
    B2 = "B2", "B2"
    C1 = "C1", "C1"
    C2 = "C2", "C2"


def repeat_rule_error(text, start):
    """Why the repeat rule `text` cannot be used for an event starting at `start`, or None."""
    local_start = timezone.localtime(start).replace(tzinfo=None)
    try:
        if repeats_within_a_day(text, local_start):
            return _("An event can repeat at most once a day.")
        horizon_end = local_start + timedelta(days=settings.EVENTS_HORIZON_DAYS)
        gives_a_date = not gives_no_date(text, local_start) and expand_rule(
            text, local_start, horizon_end, limit=1
        )
    except (ValueError, TypeError, OverflowError):
        return _("This is not a valid repeat rule.")
    if not gives_a_date:
        return ValidationError(
            _(
                "This rule gives no date in the %(days)s days after the start. "
                "Check the months and days it names."
            ),
            params={"days": settings.EVENTS_HORIZON_DAYS},
        )
    return None


class EventIndexPage(Page):
    #: What the listing shows (events.listing.listing_context), given by EventsConfig.ready(): the
    #: listing reads these models, so the models do not import it.
    listing_context = None

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]
    subpage_types = ["events.EventPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("event listing")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(self.listing_context(request))
        return context


class EventPage(Page):
    #: What an event's page shows besides its fields (events.listing.event_context), given by
    #: EventsConfig.ready() for the same reason as EventIndexPage.listing_context.
    event_context = None

    kind = models.CharField(_("kind"), max_length=20, choices=EventKind.choices)
    summary = models.CharField(_("summary"), max_length=300, blank=True)
    body = RichTextField(_("description"), blank=True)
    start = models.DateTimeField(_("start"), help_text=_("In the centre's local time."))
    end = models.DateTimeField(_("end"))
    all_day = models.BooleanField(_("all day"), default=False)
    recurrence_rule = models.CharField(
        _("repeats (RFC 5545 rule)"),
        max_length=500,
        blank=True,
        help_text=_("For example FREQ=WEEKLY;INTERVAL=2;BYDAY=TH. Leave empty for a one-off event."),
    )
    mode = models.CharField(
        _("format"), max_length=10, choices=EventMode.choices, default=EventMode.IN_PERSON
    )
    place = models.CharField(_("place"), max_length=200, blank=True)
    address = models.CharField(_("address"), max_length=300, blank=True)
    online_link = models.URLField(_("online link"), blank=True)
    organiser_name = models.CharField(_("organiser"), max_length=200, blank=True)
    organiser_user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("organiser account"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="organised_events",
        help_text=_("This person may see the attendees and check them in."),
    )
    languages = ChoiceListField(_("languages spoken"), list_choices=SPOKEN_LANGUAGES)
    price = models.DecimalField(
        _("price (lei)"),
        max_digits=8,
        decimal_places=2,
        default=0,
        validators=[MinValueValidator(0)],
        help_text=_("0 for a free event."),
    )
    accessibility_notes = models.TextField(_("accessibility"), blank=True)
    childcare_notes = models.TextField(_("childcare"), blank=True)
    capacity = models.PositiveIntegerField(
        _("places"),
        null=True,
        blank=True,
        help_text=_("Leave empty for no limit. For a repeating event: per date."),
    )
    registration_open = models.BooleanField(_("registration open"), default=True)
    ask_language_level = models.BooleanField(_("ask for the Romanian language level"), default=False)
    ask_childcare = models.BooleanField(_("ask whether childcare is needed"), default=False)
    ask_access_needs = models.BooleanField(_("ask about access needs"), default=False)
    retention_days = models.PositiveIntegerField(
        _("keep registrations for (days after the event)"), default=90
    )
    level = models.CharField(_("course level"), max_length=2, choices=CourseLevel.choices, blank=True)
    placement_question = models.CharField(_("placement question"), max_length=300, blank=True)
    certificate_threshold = models.PositiveSmallIntegerField(
        _("sessions needed for a certificate"),
        null=True,
        blank=True,
        help_text=_("Leave empty if the course gives no certificate."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("kind"),
        FieldPanel("summary"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
                FieldPanel("all_day"),
                FieldPanel("repeat"),
                FieldPanel("repeat_days"),
                FieldRowPanel([FieldPanel("repeat_week"), FieldPanel("repeat_count")]),
                FieldPanel("recurrence_rule"),
            ],
            heading=_("When"),
        ),
        InlinePanel("occurrence_exceptions", heading=_("Cancelled or moved dates"), label=_("date")),
        MultiFieldPanel(
            [FieldPanel("mode"), FieldPanel("place"), FieldPanel("address"), FieldPanel("online_link")],
            heading=_("Where"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("organiser_name"),
                FieldPanel("organiser_user"),
                FieldPanel("languages"),
                FieldPanel("price"),
                FieldPanel("accessibility_notes"),
                FieldPanel("childcare_notes"),
            ],
            heading=_("Practical information"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("capacity"),
                FieldPanel("registration_open"),
                FieldPanel("ask_language_level"),
                FieldPanel("ask_childcare"),
                FieldPanel("ask_access_needs"),
                FieldPanel("retention_days"),
            ],
            heading=_("Registration"),
        ),
        MultiFieldPanel(
            [FieldPanel("level"), FieldPanel("placement_question"), FieldPanel("certificate_threshold")],
            heading=_("Course"),
        ),
        InlinePanel("sessions", heading=_("Course sessions"), label=_("session")),
    ]
    base_form_class = EventPageForm
    parent_page_types = ["events.EventIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("event")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(end__gte=models.F("start")), name="event_ends_after_start"
            ),
            models.CheckConstraint(condition=models.Q(price__gte=0), name="event_price_not_negative"),
        ]

    def clean(self):
        super().clean()
        errors = {}
        if self.start and self.end and self.end < self.start:
            errors["end"] = _("The event cannot end before it starts.")
        if self.mode in (EventMode.ONLINE, EventMode.HYBRID) and not self.online_link:
            errors["online_link"] = _("An online event needs a link.")
        if self.mode in (EventMode.IN_PERSON, EventMode.HYBRID) and not self.place:
            errors["place"] = _("An event in person needs a place.")
        if self.recurrence_rule:
            rule_error = repeat_rule_error(self.recurrence_rule, self.start or timezone.now())
            if rule_error:
                errors["recurrence_rule"] = rule_error
        if errors:
            raise ValidationError(errors)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(self.event_context(request))
        return context

    @property
    def is_free(self):
        return not self.price

    @property
    def is_course(self):
        return self.kind == EventKind.LANGUAGE_COURSE

    @property
    def duration(self):
        return self.end - self.start

    def canonical(self):
        """The translation that registrations belong to: the first one created, so places are
        shared by every language version of the event."""
        if getattr(self, "_canonical", None) is None:
            first = EventPage.objects.filter(translation_key=self.translation_key).order_by("pk").first()
            self._canonical = first or self
        return self._canonical


class OccurrenceException(Orderable):
    """One date of a repeating event that is cancelled or moved."""

    event = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="occurrence_exceptions")
    original_start = models.DateTimeField(_("date as planned"))
    cancelled = models.BooleanField(_("cancelled"), default=False)
    new_start = models.DateTimeField(_("moved to"), null=True, blank=True)
    new_end = models.DateTimeField(_("new end"), null=True, blank=True)

    panels = [
        FieldPanel("original_start"),
        FieldPanel("cancelled"),
        FieldPanel("new_start"),
        FieldPanel("new_end"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("cancelled or moved date")
        constraints = [
            models.UniqueConstraint(fields=["event", "original_start"], name="one_exception_per_occurrence"),
        ]

    def clean(self):
        if not self.cancelled and not self.new_start:
            raise ValidationError(_("Either cancel this date or give its new start."))


class CourseSession(Orderable):
    course = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="sessions")
    start = models.DateTimeField(_("start"))
    end = models.DateTimeField(_("end"))
    topic = models.CharField(_("topic"), max_length=200, blank=True)

    panels = [FieldRowPanel([FieldPanel("start"), FieldPanel("end")]), FieldPanel("topic")]

    class Meta(Orderable.Meta):
        verbose_name = _("course session")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(end__gte=models.F("start")), name="session_ends_after_start"
            ),
        ]

    def __str__(self):
        return f"{timezone.localtime(self.start):%Y-%m-%d %H:%M} {self.topic}".strip()
