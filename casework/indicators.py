"""The performance indicators of seed 004 (citizens' information centres), computed from what the
platform holds rather than typed in. A fixed number of queries for any amount of data."""

from datetime import datetime, time

from django.db.models import Count, Q
from django.db.models.functions import TruncMonth
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as translate
from django.utils.translation import gettext_lazy as _

from core.charts import bar_chart

from .models import Contact, ContactDomain
from .services.reporting import next_month, previous_month

TREND_MONTHS = 12


def _aware(day):
    return timezone.make_aware(datetime.combine(day, time.min))


def indicators(month, today=None, centre=None):
    """[(key, label, value)] for the month starting on `month`'s first day. With a centre, the
    services it gave; the library, the information pages and the events are the network's."""
    from events.models import EventKind, EventPage, Registration
    from home.models.orientation import OrientationTopicPage
    from library.models import DocumentKind, LibraryDocument
    from participation.models import AudienceSlot, Complaint, Consultation, Synthesis

    today = today or timezone.localdate()
    start, end = month.replace(day=1), next_month(month.replace(day=1))
    since, until = _aware(start), _aware(end)
    given = Contact.objects.filter(date__gte=start, date__lt=end)
    if centre is not None:
        given = given.filter(centre=centre)
    contacts = given.aggregate(
        total=Count("pk"),
        services=Count("service", distinct=True),
    )
    service_kinds = (
        ContactDomain.objects.filter(contact__in=given)
        .values("contact__service", "domain")
        .distinct()
        .count()
    )
    reviewed = list(OrientationTopicPage.objects.live().values_list("last_reviewed", "review_due"))
    ages = [(today - last).days for last, _due in reviewed if last]
    events = EventPage.objects.live().filter(start__gte=since, start__lt=until)
    held = events.aggregate(
        trainings=Count("pk", filter=Q(kind=EventKind.TRAINING)),
        public_meetings=Count("pk", filter=Q(kind=EventKind.PUBLIC_MEETING)),
        open_days=Count("pk", filter=Q(kind=EventKind.OPEN_DAY)),
    )
    trained = Registration.objects.filter(
        event__kind=EventKind.TRAINING,
        checked_in_at__isnull=False,
        checked_in_at__gte=since,
        checked_in_at__lt=until,
    ).count()
    consultations = Consultation.objects.filter(
        published=True, opens_on__lt=end, closes_on__gte=start
    ).count()
    audiences = AudienceSlot.objects.filter(starts_at__gte=since, starts_at__lt=until).count()
    complaints = Complaint.objects.aggregate(
        received=Count("pk", filter=Q(registered_at__gte=since, registered_at__lt=until)),
        justified=Count("pk", filter=Q(answered_at__gte=since, answered_at__lt=until, justified=True)),
    )
    methods = sum(1 for held_any in (consultations, held["public_meetings"], audiences) if held_any)
    return [
        ("contacts", _("Services given (contacts)"), contacts["total"]),
        ("service_kinds", _("Kinds of service offered (service and domain)"), service_kinds),
        (
            "forms",
            _("Forms available in the library"),
            LibraryDocument.objects.filter(kind=DocumentKind.FORM).count(),
        ),
        ("information_pages", _("Information pages published"), len(reviewed)),
        (
            "pages_overdue",
            _("Information pages overdue for review"),
            sum(1 for _last, due in reviewed if due and due < today),
        ),
        (
            "days_since_review",
            _("Average days since an information page was reviewed"),
            round(sum(ages) / len(ages)) if ages else None,
        ),
        ("trainings_held", _("Staff trainings held"), held["trainings"]),
        ("training_attendances", _("Training attendances"), trained),
        ("public_meetings", _("Public meetings and consultations held"), held["public_meetings"]),
        ("open_days", _("Open days held"), held["open_days"]),
        ("consultations", _("Public consultations open"), consultations),
        ("audiences", _("Audience times offered"), audiences),
        (
            "participation_methods",
            _("Participation methods used (consultation, public meeting, audience)"),
            methods,
        ),
        (
            "reports_published",
            _("Consultation reports published"),
            Synthesis.objects.filter(published_at__gte=since, published_at__lt=until).count(),
        ),
        ("complaints_received", _("Complaints received"), complaints["received"]),
        ("complaints_justified", _("Complaints found justified"), complaints["justified"]),
    ]


def contacts_by_month(month, centre=None):
    """[(first day, contacts)] for the TREND_MONTHS months up to `month`, oldest first, in one query."""
    months = [month.replace(day=1)]
    while len(months) < TREND_MONTHS:
        months.insert(0, previous_month(months[0]))
    given = Contact.objects.filter(date__gte=months[0], date__lt=next_month(months[-1]))
    if centre is not None:
        given = given.filter(centre=centre)
    counts = dict(given.annotate(month=TruncMonth("date")).values_list("month").annotate(total=Count("pk")))
    return [(first, counts.get(first, 0)) for first in months]


#: Not a count of things: drawn beside the counts, it would flatten them.
NOT_COUNTS = {"days_since_review"}


def charts(month, rows, trend, scope):
    """The dashboard's two charts for `scope` (a centre's name or the network), as (title, SVG):
    the month's counts and the services given month by month. Each has its table beside it on the
    page and in the PDF."""
    period = date_format(month, "YEAR_MONTH_FORMAT")
    counts = translate("Indicators of %(scope)s, %(month)s") % {"scope": scope, "month": period}
    trend_title = translate("Services given by %(scope)s, month by month") % {"scope": scope}
    return [
        (
            counts,
            bar_chart(
                "indicators",
                title=counts,
                description=translate(
                    "One bar per indicator that counts things; the table gives every value."
                ),
                rows=[(label, value) for key, label, value in rows if key not in NOT_COUNTS],
            ),
        ),
        (
            trend_title,
            bar_chart(
                "trend",
                title=trend_title,
                description=translate("One bar per month of the last twelve, ending with %(month)s.")
                % {"month": period},
                rows=[(date_format(first, "YEAR_MONTH_FORMAT"), count) for first, count in trend],
            ),
        ),
    ]
