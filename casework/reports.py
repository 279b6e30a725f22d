"""The monthly figures, per centre and for the network: a fixed number of aggregate queries,
however many contacts there are."""

from datetime import datetime, time

from django.db.models import BooleanField, Case, CharField, Count, Q, Sum, Value, When
from django.utils import timezone

from .choices import Channel, Domain, Gender, ResidenceCategory, Service
from .models import Case as CaseFile
from .models import Centre, Contact, ContactDomain, ContactParticipant, Correction
from .services.reporting import next_month

AGE_GROUPS = [
    ("0-17", 0, 17),
    ("18-25", 18, 25),
    ("26-35", 26, 35),
    ("36-50", 36, 50),
    ("51-64", 51, 64),
    ("65+", 65, 200),
]
UNKNOWN = "unknown"


def _aware(day):
    return timezone.make_aware(datetime.combine(day, time.min))


def _age_group(year):
    """Age reached in the report's year, from the year of birth (the only age data kept)."""
    return Case(
        *[
            When(
                visitor__year_of_birth__gte=year - high,
                visitor__year_of_birth__lte=year - low,
                then=Value(label),
            )
            for label, low, high in AGE_GROUPS
        ],
        default=Value(UNKNOWN),
        output_field=CharField(),
    )


def _counts(rows, key, value="n"):
    return {row[key] if row[key] is not None else UNKNOWN: row[value] for row in rows}


def figures(month, centre_ids=None):
    """The report's figures for `month` (its first day) at the given centres (None: all)."""
    start = month.replace(day=1)
    return {"month": f"{start:%Y-%m}", **period_figures(start, next_month(start), centre_ids)}


def period_figures(start, end, centre_ids=None):
    """The same figures for the days from `start` up to (not including) `end`: a month, or the
    months of the project period for its final report. A beneficiary is counted once however
    many months they came; "new" are those registered within the period."""
    contacts = Contact.objects.filter(date__gte=start, date__lt=end)
    if centre_ids is not None:
        contacts = contacts.filter(centre_id__in=centre_ids)
    parts = ContactParticipant.objects.filter(contact__in=contacts.values("pk"))
    distinct_visitors = Count("visitor_id", distinct=True)
    is_new = Q(visitor__registered_on__gte=start, visitor__registered_on__lt=end)

    totals = parts.aggregate(total=distinct_visitors, new=Count("visitor_id", distinct=True, filter=is_new))
    totals["returning"] = totals["total"] - totals["new"]
    by_service = {service: {"total": 0, "new": 0, "returning": 0} for service in Service.values}
    service_rows = (
        parts.annotate(
            is_new=Case(When(is_new, then=Value(True)), default=Value(False), output_field=BooleanField())
        )
        .values("contact__service", "is_new")
        .annotate(n=distinct_visitors)
        .order_by()
    )
    for row in service_rows:
        entry = by_service[row["contact__service"]]
        entry["new" if row["is_new"] else "returning"] += row["n"]
        entry["total"] += row["n"]

    def by(field):
        return _counts(parts.values(field).annotate(n=distinct_visitors).order_by(), field)

    age_rows = (
        parts.annotate(age_group=_age_group(start.year)).values("age_group").annotate(n=distinct_visitors)
    )
    domain_rows = (
        ContactDomain.objects.filter(contact__in=contacts.values("pk"))
        .values("domain")
        .annotate(
            contacts=Count("contact_id", distinct=True),
            beneficiaries=Count("contact__participants__visitor_id", distinct=True),
        )
        .order_by()
    )
    channel_rows = (
        contacts.values("channel")
        .annotate(
            contacts=Count("pk", distinct=True),
            beneficiaries=Count("participants__visitor_id", distinct=True),
        )
        .order_by()
    )
    summary = contacts.aggregate(
        total=Count("pk"),
        group_sessions=Count("pk", filter=Q(is_group=True)),
        group_participants=Sum("participant_count", filter=Q(is_group=True), default=0),
        with_language_help=Count("pk", filter=~Q(language_help="none")),
        late_entries=Count("pk", filter=Q(late_entry=True)),
        minutes=Sum("duration_minutes", default=0),
    )
    cases = (
        CaseFile.objects.all() if centre_ids is None else CaseFile.objects.filter(centre_id__in=centre_ids)
    )
    case_counts = cases.aggregate(
        opened=Count("pk", filter=Q(opened_on__gte=start, opened_on__lt=end)),
        proposed=Count("pk", filter=Q(proposed_on__gte=start, proposed_on__lt=end)),
        approved=Count("pk", filter=Q(decided_on__gte=start, decided_on__lt=end, assistance_approved=True)),
        refused=Count("pk", filter=Q(decided_on__gte=start, decided_on__lt=end, assistance_approved=False)),
        closed=Count("pk", filter=Q(closed_on__gte=start, closed_on__lt=end)),
        open_at_month_end=Count(
            "pk", filter=Q(opened_on__lt=end) & (Q(closed_on__isnull=True) | Q(closed_on__gte=end))
        ),
    )
    referrals = {}
    for row in (
        contacts.filter(referral_institution__isnull=False)
        .values("referral_institution__name", "referral_outcome")
        .annotate(n=Count("pk"))
        .order_by()
    ):
        entry = referrals.setdefault(row["referral_institution__name"], {"total": 0, "outcomes": {}})
        entry["total"] += row["n"]
        entry["outcomes"][row["referral_outcome"]] = row["n"]
    corrections = Correction.objects.filter(month__gte=start, month__lt=end)
    if centre_ids is not None:
        corrections = corrections.filter(centre_id__in=centre_ids)
    return {
        "beneficiaries": totals,
        "by_service": by_service,
        "by_gender": _complete(by("visitor__gender"), Gender.values),
        "by_age_group": _complete(
            _counts(age_rows, "age_group"), [label for label, *_ in AGE_GROUPS] + [UNKNOWN]
        ),
        "by_citizenship": dict(sorted(by("visitor__citizenship").items())),
        "by_residence_category": _complete(by("visitor__residence_category"), ResidenceCategory.values),
        "by_domain": _complete_pairs({row["domain"]: row for row in domain_rows}, Domain.values),
        "by_channel": _complete_pairs({row["channel"]: row for row in channel_rows}, Channel.values),
        "contacts": summary,
        "cases": case_counts,
        "referrals": dict(sorted(referrals.items())),
        "corrections": corrections.count(),
        "platform": platform_figures(start, end),
    }


def _complete(counts, keys):
    return {key: counts.get(key, 0) for key in keys} | {k: v for k, v in counts.items() if k not in keys}


def _complete_pairs(rows, keys):
    return {
        key: {
            "contacts": rows[key]["contacts"] if key in rows else 0,
            "beneficiaries": rows[key]["beneficiaries"] if key in rows else 0,
        }
        for key in keys
    }


def platform_figures(start, end):
    """What the other apps did that month. Events, courses and mentoring are not tied to one
    centre, so these figures are the platform's, shown alike in every report."""
    from events.models import Attendance, Certificate, EventPage, Registration, RegistrationStatus
    from mentoring.models import CheckIn, Match

    since, until = _aware(start), _aware(end)
    in_month = Q(occurrence__gte=since, occurrence__lt=until) | Q(
        occurrence__isnull=True, event__start__gte=since, event__start__lt=until
    )
    return {
        "events_held": EventPage.objects.live().filter(start__gte=since, start__lt=until).count(),
        "event_participants": Registration.objects.filter(
            in_month, status=RegistrationStatus.CONFIRMED
        ).count(),
        "course_attendances": Attendance.objects.filter(
            present=True, session__start__gte=since, session__start__lt=until
        ).count(),
        "certificates": Certificate.objects.filter(issued_at__gte=since, issued_at__lt=until).count(),
        "mentoring_matches": Match.objects.filter(activated_at__gte=since, activated_at__lt=until).count(),
        "mentoring_hours": float(
            CheckIn.objects.filter(met=True, met_on__gte=start, met_on__lt=end).aggregate(
                hours=Sum("hours", default=0)
            )["hours"]
        ),
    }


def centre_figures(centre, month):
    return figures(month, centre_ids=[centre.pk])


def centres_breakdown(month):
    """One row per centre for the network report: beneficiaries by service and contacts."""
    start, end = month.replace(day=1), next_month(month.replace(day=1))
    in_month = Q(contacts__date__gte=start, contacts__date__lt=end)
    visitor = "contacts__participants__visitor_id"
    return list(
        Centre.objects.annotate(
            contacts_count=Count("contacts", filter=in_month, distinct=True),
            beneficiaries=Count(visitor, filter=in_month, distinct=True),
            **{
                service: Count(visitor, filter=in_month & Q(contacts__service=service), distinct=True)
                for service in Service.values
            },
        ).order_by("name")
    )
