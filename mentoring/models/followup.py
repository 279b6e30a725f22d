"""Following a match: check-ins, feedback when it ends, reminder bookkeeping, and the weekly
language-buddy meetups at venues."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from .matching import Match
from .places import District
from .programmes import Programme


class HowItGoes(models.TextChoices):
    WELL = "well", _("Well")
    OKAY = "okay", _("Okay")
    DIFFICULT = "difficult", _("Difficult")


class CheckIn(models.Model):
    match = models.ForeignKey(Match, on_delete=models.CASCADE, related_name="check_ins")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    side = models.CharField(max_length=10)
    met_on = models.DateField(_("date"))
    met = models.BooleanField(_("we met"), default=True)
    hours = models.DecimalField(
        _("hours"),
        max_digits=4,
        decimal_places=1,
        default=0,
        validators=[MinValueValidator(0), MaxValueValidator(24)],
    )
    how_it_goes = models.CharField(_("how it goes"), max_length=10, choices=HowItGoes.choices)
    note = models.TextField(_("note"), blank=True, max_length=2000)
    needs_help = models.BooleanField(_("I would like help from the coordinator"), default=False)
    help_resolved_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-met_on", "-pk"]
        verbose_name = _("check-in")
        verbose_name_plural = _("check-ins")
        constraints = [
            models.CheckConstraint(
                name="mentoring_checkin_hours_0_24", condition=Q(hours__gte=0, hours__lte=24)
            ),
            models.CheckConstraint(
                name="mentoring_checkin_side_valid", condition=Q(side__in=["volunteer", "mentee"])
            ),
            models.CheckConstraint(
                name="mentoring_checkin_no_hours_without_meeting", condition=Q(met=True) | Q(hours=0)
            ),
        ]


class MatchFeedback(models.Model):
    match = models.ForeignKey(Match, on_delete=models.CASCADE, related_name="feedback")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    side = models.CharField(max_length=10)
    text = models.TextField(_("feedback"), max_length=4000)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("match feedback")
        verbose_name_plural = _("match feedback")
        constraints = [
            models.UniqueConstraint(fields=["match", "author"], name="mentoring_feedback_once_per_person"),
        ]


class ReminderLog(models.Model):
    """One row per reminder or alert sent, so the cron command never sends the same one twice."""

    class Kind(models.TextChoices):
        CHECK_IN_DUE = "checkin_due", _("Check-in due")
        QUIET = "quiet", _("Match gone quiet")
        HELP = "help", _("Help requested")

    match = models.ForeignKey(Match, on_delete=models.CASCADE, related_name="reminders")
    kind = models.CharField(max_length=12, choices=Kind.choices)
    due_on = models.DateField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["match", "kind", "due_on"], name="mentoring_reminder_once"),
        ]


class Venue(models.Model):
    class Kind(models.TextChoices):
        LIBRARY = "library", _("Library")
        COMMUNITY_CENTRE = "community", _("Community centre")
        CAFE = "cafe", _("Café")
        UNIVERSITY = "university", _("University")
        OTHER = "other", _("Other")

    name = models.CharField(_("name"), max_length=150, unique=True)
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices)
    address = models.CharField(_("address"), max_length=250)
    district = models.ForeignKey(
        District,
        verbose_name=_("district"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="venues",
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("venue")
        verbose_name_plural = _("venues")

    def __str__(self):
        return self.name


class Meetup(models.Model):
    programme = models.ForeignKey(Programme, on_delete=models.CASCADE, related_name="meetups")
    venue = models.ForeignKey(Venue, on_delete=models.PROTECT, related_name="meetups")
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"))
    title = models.CharField(_("title"), max_length=150)

    class Meta:
        ordering = ["starts_at"]
        verbose_name = _("meetup")
        verbose_name_plural = _("meetups")
        constraints = [
            models.CheckConstraint(
                name="mentoring_meetup_ends_after_start", condition=Q(ends_at__gt=models.F("starts_at"))
            ),
            models.UniqueConstraint(fields=["programme", "venue", "starts_at"], name="mentoring_meetup_once"),
        ]

    def __str__(self):
        return f"{self.title} · {self.venue}"


class MeetupAttendance(models.Model):
    class Response(models.TextChoices):
        YES = "yes", _("I will come")
        MAYBE = "maybe", _("Maybe")
        NO = "no", _("I cannot come")

    meetup = models.ForeignKey(Meetup, on_delete=models.CASCADE, related_name="attendances")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    response = models.CharField(_("your answer"), max_length=6, choices=Response.choices)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("meetup attendance")
        verbose_name_plural = _("meetup attendances")
        constraints = [
            models.UniqueConstraint(fields=["meetup", "user"], name="mentoring_one_answer_per_meetup"),
            models.CheckConstraint(
                name="mentoring_attendance_response_valid", condition=Q(response__in=["yes", "maybe", "no"])
            ),
        ]
