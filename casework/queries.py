"""Reads shared by the pages and the API: what each person may list, with the joins done once."""

from datetime import timedelta

from django.db.models import Exists, OuterRef, Q
from django.utils import timezone

from .access import centre_roles, is_network_coordinator
from .choices import StaffRole
from .models import Appointment, Case, Centre, Contact, ContactParticipant, MonthlyReport, Slot, Visitor

PAGE_SIZE = 50


def visible_centres(user):
    if is_network_coordinator(user):
        return Centre.objects.all()
    return Centre.objects.filter(pk__in=list(centre_roles(user)))


def visible_visitors(user):
    """Visitors registered at the person's centres (all for the network coordinator); merged
    duplicates are left out, their codes lead to the one kept."""
    visitors = Visitor.objects.select_related("centre").filter(merged_into__isnull=True)
    if is_network_coordinator(user):
        return visitors
    return visitors.filter(centre_id__in=list(centre_roles(user)))


def visible_cases(user):
    cases = Case.objects.select_related("centre", "visitor", "caseworker", "deputy")
    if is_network_coordinator(user):
        return cases
    led = [pk for pk, role in centre_roles(user).items() if role == StaffRole.LEAD]
    return cases.filter(Q(caseworker=user) | Q(deputy=user) | Q(centre_id__in=led))


def contacts_of(visitor):
    return (
        Contact.objects.filter(participants__visitor=visitor)
        .select_related("centre", "referral_institution", "staff")
        .prefetch_related("domains")
        .order_by("-date", "-pk")
    )


def centre_appointments(user, *, upcoming=True):
    appointments = Appointment.objects.select_related("slot__centre", "visitor").filter(
        slot__centre__in=visible_centres(user)
    )
    if upcoming:
        appointments = appointments.filter(slot__ends_at__gte=timezone.now() - timezone.timedelta(days=1))
    return appointments.order_by("slot__starts_at", "pk")


def open_slots(centre):
    return Slot.objects.filter(centre=centre, starts_at__gt=timezone.now()).order_by("starts_at")


def visible_reports(user):
    return MonthlyReport.objects.select_related("centre").filter(centre__in=visible_centres(user))


def possible_duplicates(visitor, limit=10):
    """Visitors of the same centre who may be the same person registered twice: same year of
    birth, gender and citizenship, and the same last name when both have one."""
    candidates = Visitor.objects.filter(
        centre_id=visitor.centre_id,
        merged_into__isnull=True,
        year_of_birth=visitor.year_of_birth,
        gender=visitor.gender,
        citizenship=visitor.citizenship,
    ).exclude(pk=visitor.pk)
    last_name = getattr(getattr(visitor, "identity", None), "last_name", "")
    if last_name:
        candidates = candidates.filter(identity__last_name__iexact=last_name)
    return list(candidates.order_by("registered_on")[:limit])


#: How far ahead the counter shows follow-ups coming up.
FOLLOW_UP_AHEAD = timedelta(days=7)


def follow_ups_due(user, today=None):
    """Contacts at the person's centres whose follow-up date has come (or comes within a week)
    and whose people have not been served again since: the calls and visits still to make."""
    today = today or timezone.localdate()
    served_again = ContactParticipant.objects.filter(
        visitor__participations__contact=OuterRef("pk"), contact__date__gt=OuterRef("date")
    )
    return (
        Contact.objects.filter(
            centre__in=visible_centres(user),
            follow_up_on__isnull=False,
            follow_up_on__lte=today + FOLLOW_UP_AHEAD,
        )
        .exclude(Exists(served_again))
        .select_related("centre")
        .prefetch_related("participants__visitor")
        .order_by("follow_up_on", "pk")
    )
