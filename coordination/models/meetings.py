"""Bodies of the integration team and their meetings, invitations and attendance."""

from django.conf import settings
from django.core.validators import MaxValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel

from ..limits import MAX_DESCRIPTION_LENGTH
from .directory import TeamMember


class Body(ClusterableModel):
    """A standing body (coordination committee, local support team, delivery group)."""

    name = models.CharField(_("name"), max_length=200, unique=True)
    description = models.TextField(_("description"), blank=True, max_length=MAX_DESCRIPTION_LENGTH)
    members = models.ManyToManyField(
        TeamMember, through="BodyMembership", related_name="bodies", verbose_name=_("members")
    )
    min_meetings_per_year = models.PositiveSmallIntegerField(_("minimum meetings per year"), default=4)
    min_migrant_share = models.PositiveSmallIntegerField(
        _("minimum share of migrants (%)"),
        default=0,
        validators=[MaxValueValidator(100)],
        help_text=_("Members who are migrants or represent migrant-led organisations."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("description"),
        FieldPanel("min_meetings_per_year"),
        FieldPanel("min_migrant_share"),
        InlinePanel("memberships", label=_("Members")),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("body")
        verbose_name_plural = _("bodies")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(min_migrant_share__lte=100), name="coordination_body_share_percent"
            )
        ]

    def __str__(self):
        return self.name


class BodyMembership(models.Model):
    body = ParentalKey(Body, on_delete=models.CASCADE, related_name="memberships")
    member = models.ForeignKey(
        TeamMember, verbose_name=_("member"), on_delete=models.CASCADE, related_name="memberships"
    )
    is_chair = models.BooleanField(_("chair"), default=False)

    class Meta:
        verbose_name = _("body membership")
        verbose_name_plural = _("body memberships")
        constraints = [
            models.UniqueConstraint(fields=["body", "member"], name="coordination_membership_unique"),
            models.UniqueConstraint(
                fields=["body"], condition=models.Q(is_chair=True), name="coordination_one_chair"
            ),
        ]


class Meeting(models.Model):
    body = models.ForeignKey(Body, verbose_name=_("body"), on_delete=models.PROTECT, related_name="meetings")
    title = models.CharField(_("title"), max_length=200)
    starts_at = models.DateTimeField(_("starts at"))
    ends_at = models.DateTimeField(_("ends at"))
    place = models.CharField(_("place"), max_length=255, blank=True)
    online_url = models.URLField(_("online meeting link"), blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    #: The iCalendar SEQUENCE of the invitations: raised at each change members are told about.
    sequence = models.PositiveIntegerField(_("invitation revision"), default=0, editable=False)
    cancelled_at = models.DateTimeField(_("cancelled at"), null=True, blank=True, editable=False)

    class Meta:
        ordering = ["-starts_at"]
        verbose_name = _("meeting")
        verbose_name_plural = _("meetings")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_at__gt=models.F("starts_at")),
                name="coordination_meeting_ends_after_start",
                violation_error_message=_("The meeting must end after it starts."),
            ),
            models.CheckConstraint(
                condition=~models.Q(place="", online_url=""),
                name="coordination_meeting_has_place_or_link",
                violation_error_message=_("Give a place or an online meeting link."),
            ),
        ]

    def __str__(self):
        return f"{self.body}: {self.title}"

    @property
    def is_past(self):
        return self.starts_at <= timezone.now()

    @property
    def is_cancelled(self):
        return self.cancelled_at is not None


class AgendaItem(models.Model):
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="agenda_items")
    position = models.PositiveSmallIntegerField(_("position"))
    title = models.CharField(_("title"), max_length=255)

    class Meta:
        ordering = ["meeting", "position"]
        verbose_name = _("agenda item")
        verbose_name_plural = _("agenda items")
        constraints = [
            models.UniqueConstraint(
                fields=["meeting", "position"], name="coordination_agenda_position_unique"
            )
        ]

    def __str__(self):
        return self.title


class Answer(models.TextChoices):
    PENDING = "pending", _("No answer yet")
    ATTENDING = "attending", _("Attending")
    NOT_ATTENDING = "not_attending", _("Not attending")
    DEPUTY = "deputy", _("Sending a deputy")


class Invitation(models.Model):
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="invitations")
    member = models.ForeignKey(TeamMember, on_delete=models.CASCADE, related_name="invitations")
    answer = models.CharField(_("answer"), max_length=20, choices=Answer.choices, default=Answer.PENDING)
    deputy_name = models.CharField(_("deputy's name"), max_length=200, blank=True)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)
    answered_at = models.DateTimeField(_("answered at"), null=True, blank=True)

    class Meta:
        ordering = ["meeting", "member__name"]
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")
        constraints = [
            models.UniqueConstraint(fields=["meeting", "member"], name="coordination_invitation_unique"),
            models.CheckConstraint(
                condition=~models.Q(answer="deputy", deputy_name=""), name="coordination_deputy_named"
            ),
        ]


class Attendance(models.Model):
    """Who was actually at the meeting: a member in person, or their deputy."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="attendances")
    member = models.ForeignKey(TeamMember, on_delete=models.PROTECT, related_name="attendances")
    present = models.BooleanField(_("present"), default=True)
    deputy_name = models.CharField(_("represented by deputy"), max_length=200, blank=True)

    class Meta:
        ordering = ["meeting", "member__name"]
        verbose_name = _("attendance")
        verbose_name_plural = _("attendances")
        constraints = [
            models.UniqueConstraint(fields=["meeting", "member"], name="coordination_attendance_unique")
        ]
