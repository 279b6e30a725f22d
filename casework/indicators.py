"""The performance indicators of seed 004 (citizens' information centres), computed from what the
platform holds rather than typed in. A fixed number of queries for any amount of data."""

from datetime import datetime, time

from django.db.models import Count, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .models import Contact, ContactDomain
from .services.reporting import next_month


def _aware(day):
    return timezone.make_aware(datetime.combine(day, time.min))


def indicators(month, today=None):
    """[(key, label, value)] for the month starting on `month`'s first day."""
    from events.models import EventKind, EventPage, Registration
    from home.models.orientation import OrientationTopicPage
    from library.models import DocumentKind, LibraryDocument

    today = today or timezone.localdate()
    start, end = month.replace(day=1), next_month(month.replace(day=1))
    since, until = _aware(start), _aware(end)
    contacts = Contact.objects.filter(date__gte=start, date__lt=end).aggregate(
        total=Count("pk"),
        services=Count("service", distinct=True),
    )
    service_kinds = (
        ContactDomain.objects.filter(contact__date__gte=start, contact__date__lt=end)
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
    ]
