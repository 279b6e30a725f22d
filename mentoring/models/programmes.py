"""Programmes and the two sides that sign up to them: volunteers and mentees (or learners)."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from ..choices import (
    AgeBand,
    Audience,
    Gender,
    GenderRule,
    Language,
    ProgrammeKind,
    VettingStatus,
)
from .places import District

WEIGHT_VALIDATORS = [MinValueValidator(0), MaxValueValidator(100)]


class Programme(models.Model):
    name = models.CharField(_("name"), max_length=150)
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    kind = models.CharField(_("kind"), max_length=10, choices=ProgrammeKind.choices)
    description = models.TextField(_("description"), blank=True)
    is_open = models.BooleanField(_("open for sign-ups"), default=True)
    gender_rule = models.CharField(
        _("gender rule"), max_length=10, choices=GenderRule.choices, default=GenderRule.ANY
    )
    requires_background_check = models.BooleanField(_("volunteers need a background check"), default=False)
    min_overlap_hours = models.PositiveSmallIntegerField(
        _("minimum shared availability (hours a week)"),
        default=4,
        validators=[MaxValueValidator(84)],
    )
    local_language = models.CharField(
        _("local language"),
        max_length=5,
        choices=Language.choices,
        default=Language.ROMANIAN,
        help_text=_("For language buddies: the language the learner practises."),
    )
    weight_goals = models.PositiveSmallIntegerField(
        _("weight of goals"), default=40, validators=WEIGHT_VALIDATORS
    )
    weight_skills = models.PositiveSmallIntegerField(
        _("weight of skills"), default=20, validators=WEIGHT_VALIDATORS
    )
    weight_interests = models.PositiveSmallIntegerField(
        _("weight of interests"), default=15, validators=WEIGHT_VALIDATORS
    )
    weight_distance = models.PositiveSmallIntegerField(
        _("weight of distance"), default=15, validators=WEIGHT_VALIDATORS
    )
    weight_age = models.PositiveSmallIntegerField(
        _("weight of age band"), default=10, validators=WEIGHT_VALIDATORS
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("programme")
        verbose_name_plural = _("programmes")
        constraints = [
            models.CheckConstraint(
                name="mentoring_programme_weights_0_100",
                condition=Q(weight_goals__lte=100)
                & Q(weight_skills__lte=100)
                & Q(weight_interests__lte=100)
                & Q(weight_distance__lte=100)
                & Q(weight_age__lte=100),
            ),
            models.CheckConstraint(
                name="mentoring_programme_overlap_within_week", condition=Q(min_overlap_hours__lte=84)
            ),
            models.CheckConstraint(
                name="mentoring_programme_kind_valid", condition=Q(kind__in=ProgrammeKind.values)
            ),
        ]

    def __str__(self):
        return self.name

    @property
    def is_language_buddies(self):
        return self.kind == ProgrammeKind.LANGUAGE_BUDDIES

    def weights(self):
        return {
            "goals": self.weight_goals,
            "skills": self.weight_skills,
            "interests": self.weight_interests,
            "distance": self.weight_distance,
            "age": self.weight_age,
        }


class ProgrammeQuestion(models.Model):
    """A programme's own extra question, asked of volunteers or of mentees in their sign-up."""

    programme = models.ForeignKey(Programme, on_delete=models.CASCADE, related_name="questions")
    audience = models.CharField(_("asked of"), max_length=12, choices=Audience.choices)
    text = models.CharField(_("question"), max_length=300)
    required = models.BooleanField(_("required"), default=False)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        ordering = ["position", "pk"]
        verbose_name = _("programme question")
        verbose_name_plural = _("programme questions")

    def __str__(self):
        return self.text

    @property
    def field_name(self):
        return f"question_{self.pk}"


class Participant(models.Model):
    """What both sides tell the matching engine. Languages are {code: level}; availability is a
    list of slot numbers (see choices.slot_number); the other lists hold choice values."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    programme = models.ForeignKey(Programme, on_delete=models.PROTECT, related_name="+")
    languages = models.JSONField(_("languages"), default=dict)
    goals = models.JSONField(_("goals"), default=list, blank=True)
    interests = models.JSONField(_("interests"), default=list, blank=True)
    availability = models.JSONField(_("weekly availability"), default=list)
    district = models.ForeignKey(
        District,
        verbose_name=_("district"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    online = models.BooleanField(_("can meet online"), default=False)
    gender = models.CharField(_("gender"), max_length=12, choices=Gender.choices, default=Gender.UNDISCLOSED)
    comfortable_with = models.JSONField(
        _("comfortable being matched with"),
        default=list,
        blank=True,
        help_text=_("Genders you are comfortable being matched with; none chosen means anyone."),
    )
    age_band = models.CharField(_("age"), max_length=6, choices=AgeBand.choices, blank=True)
    answers = models.JSONField(_("answers to the programme's questions"), default=dict, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        abstract = True


class VolunteerProfile(Participant):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="mentoring_volunteer_profiles"
    )
    programme = models.ForeignKey(Programme, on_delete=models.PROTECT, related_name="volunteers")
    profession = models.CharField(_("profession"), max_length=120, blank=True)
    skills = models.JSONField(_("skills"), default=list, blank=True)
    capacity = models.PositiveSmallIntegerField(
        _("how many people you can take"),
        default=1,
        validators=[MinValueValidator(1), MaxValueValidator(3)],
    )
    background_check_consent = models.BooleanField(_("I consent to a background check"), default=False)
    vetting_status = models.CharField(
        _("vetting"), max_length=10, choices=VettingStatus.choices, default=VettingStatus.PENDING
    )
    vetting_note = models.TextField(_("note to the volunteer"), blank=True)
    vetted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    vetted_at = models.DateTimeField(null=True, blank=True)
    training_date = models.DateField(_("intercultural communication training"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("volunteer profile")
        verbose_name_plural = _("volunteer profiles")
        permissions = [("vet_volunteer", "Can vet volunteers and record their training")]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "programme"], name="mentoring_one_volunteer_profile_per_programme"
            ),
            models.CheckConstraint(
                name="mentoring_volunteer_capacity_1_3", condition=Q(capacity__gte=1, capacity__lte=3)
            ),
            models.CheckConstraint(
                name="mentoring_volunteer_vetting_valid", condition=Q(vetting_status__in=VettingStatus.values)
            ),
            models.CheckConstraint(
                name="mentoring_approved_volunteer_was_vetted",
                condition=~Q(vetting_status=VettingStatus.APPROVED) | Q(vetted_at__isnull=False),
            ),
        ]

    def __str__(self):
        return f"{self.user} ({self.programme})"

    @property
    def can_be_matched(self):
        return self.vetting_status == VettingStatus.APPROVED and self.training_date is not None


class RequestStatus(models.TextChoices):
    OPEN = "open", _("Waiting for a match")
    MATCHED = "matched", _("Matched")
    WITHDRAWN = "withdrawn", _("Withdrawn")


class MenteeRequest(Participant):
    """A newcomer's request for a mentor or a language buddy: `goals` are what they need."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="mentoring_requests"
    )
    programme = models.ForeignKey(Programme, on_delete=models.PROTECT, related_name="requests")
    needs_text = models.TextField(_("anything else you need help with"), blank=True, max_length=2000)
    wanted_skills = models.JSONField(_("skills you would like help with"), default=list, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=RequestStatus.choices, default=RequestStatus.OPEN
    )

    class Meta:
        ordering = ["created_at"]
        verbose_name = _("mentee request")
        verbose_name_plural = _("mentee requests")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "programme"],
                condition=~Q(status="withdrawn"),
                name="mentoring_one_live_request_per_programme",
            ),
            models.CheckConstraint(
                name="mentoring_request_status_valid", condition=Q(status__in=RequestStatus.values)
            ),
        ]

    def __str__(self):
        return f"{self.user} ({self.programme})"
