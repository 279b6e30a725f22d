"""Who registered for what, their answers, check-in, attendance and certificates."""

import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .pages import CourseLevel, CourseSession, EventPage

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


def new_code(length=8):
    """A short code people can read aloud or type: no 0/O or 1/I to confuse."""
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(length))


def new_check_in_code():
    return new_code(8)


def new_certificate_code():
    return new_code(12)


class RegistrationStatus(models.TextChoices):
    CONFIRMED = "confirmed", _("Registered")
    WAITING = "waiting", _("On the waiting list")
    CANCELLED = "cancelled", _("Cancelled")


#: A registrant's Romanian level: the course levels, or none yet.
LANGUAGE_LEVELS = [("none", _("I am a beginner")), *CourseLevel.choices]


class Registration(models.Model):
    event = models.ForeignKey(
        EventPage, on_delete=models.CASCADE, related_name="registrations", verbose_name=_("event")
    )
    occurrence = models.DateTimeField(
        _("date"),
        null=True,
        blank=True,
        help_text=_(
            "The planned start of one date of a repeating event; empty for a one-off event or a course."
        ),
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="event_registrations"
    )
    status = models.CharField(_("status"), max_length=10, choices=RegistrationStatus.choices)
    queued_at = models.DateTimeField(_("registered at"), default=timezone.now)
    cancelled_at = models.DateTimeField(null=True, blank=True)
    check_in_code = models.CharField(
        _("check-in code"), max_length=12, unique=True, default=new_check_in_code
    )
    checked_in_at = models.DateTimeField(_("checked in at"), null=True, blank=True)
    reminder_sent_at = models.DateTimeField(null=True, blank=True)
    language_level = models.CharField(
        _("Romanian language level"), max_length=4, choices=LANGUAGE_LEVELS, blank=True
    )
    childcare_needed = models.BooleanField(_("childcare needed"), null=True, blank=True)
    access_needs = models.TextField(_("access needs"), max_length=1000, blank=True)
    placement_answer = models.TextField(_("answer to the placement question"), max_length=1000, blank=True)

    class Meta:
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        ordering = ["queued_at", "pk"]
        permissions = [("manage_attendees", "Can see and run the attendee list of any event")]
        constraints = [
            models.UniqueConstraint(
                fields=["event", "user"],
                condition=models.Q(occurrence__isnull=True),
                name="one_registration_per_event",
            ),
            models.UniqueConstraint(
                fields=["event", "occurrence", "user"],
                condition=models.Q(occurrence__isnull=False),
                name="one_registration_per_occurrence",
            ),
        ]
        indexes = [models.Index(fields=["event", "occurrence", "status"], name="registration_places")]

    def __str__(self):
        return f"{self.user} · {self.event} · {self.get_status_display()}"


class Attendance(models.Model):
    session = models.ForeignKey(CourseSession, on_delete=models.CASCADE, related_name="attendances")
    registration = models.ForeignKey(Registration, on_delete=models.CASCADE, related_name="attendances")
    present = models.BooleanField(_("present"), default=False)

    class Meta:
        verbose_name = _("attendance")
        constraints = [
            models.UniqueConstraint(fields=["session", "registration"], name="one_attendance_per_session"),
        ]


class Certificate(models.Model):
    """Kept after the registration is purged, so a certificate can still be verified; it holds
    only what the verification page shows."""

    code = models.CharField(_("verification code"), max_length=16, unique=True, default=new_certificate_code)
    registration = models.OneToOneField(
        Registration, null=True, blank=True, on_delete=models.SET_NULL, related_name="certificate"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="event_certificates",
    )
    learner_name = models.CharField(_("name"), max_length=200)
    learner_name_latin = models.CharField(_("name in Latin letters"), max_length=200, blank=True)
    course_title = models.CharField(_("course"), max_length=255)
    course_level = models.CharField(_("level"), max_length=2, blank=True)
    completed_on = models.DateField(_("completed on"))
    sessions_attended = models.PositiveSmallIntegerField()
    issued_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
