"""Registration, cancellation, the waiting list, check-in and attendance: one transaction each,
called by the pages, the API and the admin alike.

Capacity is protected like pretix protects its quotas: take a lock keyed on the event, then
count, then write, all in one transaction. Counting before locking (Decidim's race) lets two
people take the last place."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection, transaction
from django.db.models import Count, F, Max, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from core.audit import record
from core.permissions import require

from .models import LANGUAGE_LEVELS, Attendance, Certificate, EventPage, Registration, RegistrationStatus
from .names import has_printed_name, printed_names
from .notifications import notify_registration
from .recurrence import find_occurrence
from .rules import MANAGE_ATTENDEES

#: First key of the PostgreSQL advisory lock; the second is the event's id.
ADVISORY_LOCK_NAMESPACE = 4_2024
ANSWER_FIELDS = ("language_level", "childcare_needed", "access_needs", "placement_answer")
#: The name to print on the certificate, asked at registration for a course when missing.
NAME_FIELDS = ("printed_name", "printed_name_latin")


class RegistrationError(ValidationError):
    pass


def lock_event(event):
    """Serialise every change to the places of `event` until the transaction ends."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s, %s)", [ADVISORY_LOCK_NAMESPACE, event.pk])
    elif connection.vendor == "sqlite":
        # SQLite has no row locks: a write takes its database-wide write lock now, before the
        # count is read, so concurrent sign-ups wait their turn instead of failing on upgrade.
        EventPage.objects.filter(pk=event.pk).update(capacity=F("capacity"))
    else:
        list(EventPage.objects.select_for_update().filter(pk=event.pk).values_list("pk"))


def confirmed_count(event, occurrence_key):
    return Registration.objects.filter(
        event=event, occurrence=occurrence_key, status=RegistrationStatus.CONFIRMED
    ).count()


def waiting_position(registration):
    """1 for the first person waiting, None if not waiting."""
    if registration.status != RegistrationStatus.WAITING:
        return None
    ahead = Registration.objects.filter(
        event_id=registration.event_id,
        occurrence=registration.occurrence,
        status=RegistrationStatus.WAITING,
        queued_at__lte=registration.queued_at,
    ).exclude(queued_at=registration.queued_at, pk__gt=registration.pk)
    return ahead.count()


def waiting_positions(registrations):
    """{registration id: position} for the waiting ones among `registrations`, in one query."""
    waiting = [
        registration for registration in registrations if registration.status == RegistrationStatus.WAITING
    ]
    if not waiting:
        return {}
    queue = Registration.objects.filter(
        event_id__in={registration.event_id for registration in waiting}, status=RegistrationStatus.WAITING
    ).values_list("pk", "event_id", "occurrence")
    counters, positions = {}, {}
    for pk, event_id, occurrence in queue:
        group = (event_id, occurrence)
        counters[group] = counters.get(group, 0) + 1
        positions[pk] = counters[group]
    return {registration.pk: positions.get(registration.pk) for registration in waiting}


def clean_answers(event, answers):
    """Keep only the answers to questions this event asks."""
    answers = answers or {}
    asked = {
        "language_level": event.ask_language_level,
        "childcare_needed": event.ask_childcare,
        "access_needs": event.ask_access_needs,
        "placement_answer": bool(event.placement_question),
    }
    cleaned = {
        field: answers.get(field)
        for field in ANSWER_FIELDS
        if asked[field] and answers.get(field) is not None
    }
    for field in ("access_needs", "placement_answer"):
        if len(cleaned.get(field) or "") > 1000:
            raise RegistrationError(_("Please keep your answer under 1,000 characters."))
    if cleaned.get("language_level") not in (None, "", *dict(LANGUAGE_LEVELS)):
        raise RegistrationError(_("Please choose a language level from the list."))
    return cleaned


def asks_printed_name(event, user):
    """A course with a certificate asks for the name to print, unless the person gave it."""
    return bool(event.is_course or event.certificate_threshold) and not has_printed_name(user)


def clean_printed_name(event, user, answers):
    """The printed name given with the answers, when this registration asks for it: {} if it
    does not. Without any name known, the person must give one."""
    if not asks_printed_name(event, user):
        return {}
    names = {field: " ".join(str((answers or {}).get(field) or "").split()) for field in NAME_FIELDS}
    if not any(names.values()) and not user.get_full_name().strip():
        raise RegistrationError(_("Please give your name as it should appear on your certificate."))
    return names if any(names.values()) else {}


def save_printed_name(user, names):
    from accounts.models import Profile
    from accounts.services import AccountError, set_printed_name

    profile = Profile.objects.select_for_update().get_or_create(user=user)[0]
    try:
        set_printed_name(profile, names.get("printed_name"), names.get("printed_name_latin"))
    except AccountError as error:
        raise RegistrationError(error.message) from error
    profile.save(update_fields=list(NAME_FIELDS))


def register(user, event, occurrence_key=None, answers=None):
    """Register `user` for `event` (one date of it when it repeats): a place if there is one,
    else the waiting list. Registering again returns the existing registration."""
    if not user.is_authenticated:
        raise PermissionDenied
    event = event.canonical()
    if not event.live or not event.registration_open:
        raise RegistrationError(_("Registration for this event is closed."))
    occurrence = find_occurrence(event, occurrence_key)
    if occurrence is None or occurrence.cancelled:
        raise RegistrationError(_("This date does not exist or was cancelled."))
    if occurrence.end <= timezone.now():
        raise RegistrationError(_("This event is over."))
    cleaned = clean_answers(event, answers)
    names = clean_printed_name(event, user, answers)
    with transaction.atomic():
        if names:
            save_printed_name(user, names)
        lock_event(event)
        # One query for both the places taken and this person's earlier registration keeps the
        # time the lock is held short.
        places = Registration.objects.filter(event=event, occurrence=occurrence.key).aggregate(
            confirmed=Count("pk", filter=Q(status=RegistrationStatus.CONFIRMED)),
            mine=Max("pk", filter=Q(user=user)),
        )
        registration = Registration.objects.get(pk=places["mine"]) if places["mine"] else None
        if registration and registration.status != RegistrationStatus.CANCELLED:
            return registration
        full = event.capacity is not None and places["confirmed"] >= event.capacity
        status = RegistrationStatus.WAITING if full else RegistrationStatus.CONFIRMED
        registration = registration or Registration(event=event, occurrence=occurrence.key, user=user)
        registration.status = status
        registration.queued_at = timezone.now()
        registration.cancelled_at = None
        registration.reminder_sent_at = None
        for field in ANSWER_FIELDS:
            setattr(
                registration, field, cleaned.get(field, Registration._meta.get_field(field).get_default())
            )
        registration.save()
        confirmed = status == RegistrationStatus.CONFIRMED
        notify_registration(registration, "confirmation" if confirmed else "waiting")
        record("events.register", registration, user=user, data={"status": status})
    return registration


def cancel(registration, by_user=None):
    """Cancel a registration (its owner, an organiser, or a signed link when `by_user` is None)
    and give the place to the first person waiting."""
    if by_user is not None and registration.user_id != by_user.pk:
        require(by_user, MANAGE_ATTENDEES, registration.event)
    with transaction.atomic():
        lock_event(registration.event)
        registration = Registration.objects.get(pk=registration.pk)
        if registration.status == RegistrationStatus.CANCELLED:
            return registration
        freed_place = registration.status == RegistrationStatus.CONFIRMED
        registration.status = RegistrationStatus.CANCELLED
        registration.cancelled_at = timezone.now()
        registration.save(update_fields=["status", "cancelled_at"])
        record("events.cancel", registration, user=by_user)
        if freed_place:
            promote_waiting(registration.event, registration.occurrence)
    return registration


def promote_all_waiting(event):
    """After a change that may free places on every date (the capacity raised or removed in the
    admin), give them to the people waiting, date by date, in order."""
    event = event.canonical()
    with transaction.atomic():
        lock_event(event)
        # Re-read the capacity under the lock: it is what the change just saved.
        event.capacity = EventPage.objects.values_list("capacity", flat=True).get(pk=event.pk)
        waiting_dates = (
            Registration.objects.filter(event=event, status=RegistrationStatus.WAITING)
            .order_by("occurrence")
            .values_list("occurrence", flat=True)
            .distinct()
        )
        return [
            promoted
            for occurrence_key in list(waiting_dates)
            for promoted in promote_waiting(event, occurrence_key)
        ]


def promote_waiting(event, occurrence_key):
    """Give free places to the people waiting longest and tell them. Call with the event locked."""
    event = event.canonical()
    if event.capacity is None:
        free = None
    else:
        free = event.capacity - confirmed_count(event, occurrence_key)
        if free <= 0:
            return []
    waiting = Registration.objects.filter(
        event=event, occurrence=occurrence_key, status=RegistrationStatus.WAITING
    )
    promoted = list(waiting[:free] if free is not None else waiting)
    for registration in promoted:
        registration.status = RegistrationStatus.CONFIRMED
        registration.save(update_fields=["status"])
        record("events.promote", registration)
        notify_registration(registration, "promoted")
    return promoted


def check_in(organiser, event, code):
    """Mark the person holding `code` as arrived at `event`."""
    require(organiser, MANAGE_ATTENDEES, event)
    code = (code or "").strip().upper()
    with transaction.atomic():
        registration = (
            Registration.objects.select_for_update(of=("self",))
            .filter(event=event.canonical(), check_in_code=code)
            .select_related("user")
            .first()
        )
        if registration is None:
            raise RegistrationError(_("No registration for this event has this code."))
        if registration.status != RegistrationStatus.CONFIRMED:
            raise RegistrationError(_("This person is not confirmed for this event."))
        if registration.checked_in_at is None:
            registration.checked_in_at = timezone.now()
            registration.save(update_fields=["checked_in_at"])
            record("events.check_in", registration, user=organiser)
    return registration


def mark_attendance(organiser, session, present_registration_ids):
    """Record who came to one course session: those listed were present, the others absent."""
    course = session.course.canonical()
    require(organiser, MANAGE_ATTENDEES, course)
    present = {int(pk) for pk in present_registration_ids}
    if timezone.localdate(session.start) > timezone.localdate():
        raise RegistrationError(_("Attendance can be marked only from the day of the session."))
    with transaction.atomic():
        registrations = list(Registration.objects.filter(event=course, status=RegistrationStatus.CONFIRMED))
        unknown = present - {registration.pk for registration in registrations}
        if unknown:
            raise RegistrationError(_("Some of these people are not registered for this course."))
        for registration in registrations:
            Attendance.objects.update_or_create(
                session=session, registration=registration, defaults={"present": registration.pk in present}
            )
        record("events.mark_attendance", session, user=organiser, data={"present": len(present)})
    return len(present)


def attended_sessions(registration):
    return registration.attendances.filter(present=True).count()


def issue_certificate(registration):
    """The certificate of a learner who attended enough sessions; issued once."""
    course = registration.event
    threshold = course.certificate_threshold
    with transaction.atomic():
        # Two clicks at once must not both try to create the certificate.
        Registration.objects.select_for_update().filter(pk=registration.pk).first()
        existing = Certificate.objects.filter(registration=registration).first()
        if existing:
            return existing
        attended = attended_sessions(registration)
        if not threshold or registration.status != RegistrationStatus.CONFIRMED or attended < threshold:
            raise RegistrationError(_("You have not attended enough sessions for a certificate yet."))
        name, latin = printed_names(registration.user)
        if not name:
            raise RegistrationError(
                _(
                    "Please add your name as it should appear on the certificate in your account, "
                    "then try again."
                )
            )
        last_attended = (
            registration.attendances.filter(present=True)
            .select_related("session")
            .order_by("-session__start")
            .first()
        )
        # Attendance is never marked ahead, but a session may have been moved after it was.
        completed = min(timezone.localdate(last_attended.session.start), timezone.localdate())
        user = registration.user
        certificate = Certificate.objects.create(
            registration=registration,
            user=registration.user,
            learner_name=name,
            learner_name_latin=latin,
            course_title=course.title,
            course_level=course.level,
            completed_on=completed,
            sessions_attended=attended,
        )
        record("events.issue_certificate", certificate, user=user)
        return certificate
