"""Public consultations on a draft (Law 52/2003): sections, documents, comments and proposals
per section, moderation, a decision on each proposal and the published synthesis."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class Consultation(models.Model):
    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(unique=True, max_length=80)
    summary = models.TextField(_("summary"), blank=True, max_length=5_000)
    language = models.CharField(max_length=10, default=settings.LANGUAGE_CODE)
    opens_on = models.DateField(_("opens on"))
    closes_on = models.DateField(_("closes on"))
    adoption_on = models.DateField(_("planned adoption on"), null=True, blank=True)
    debate_event = models.ForeignKey(
        "events.EventPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("public debate"),
    )
    published = models.BooleanField(default=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["-opens_on"]
        constraints = [
            models.CheckConstraint(
                condition=Q(closes_on__gt=models.F("opens_on")), name="participation_consultation_dates"
            )
        ]
        permissions = [
            ("manage_consultation", "Run consultations and decide on proposals"),
            ("moderate_comment", "Moderate comments on consultations"),
        ]

    def __str__(self):
        return self.title

    def is_open_on(self, day):
        return self.published and self.opens_on <= day <= self.closes_on


class Section(models.Model):
    consultation = models.ForeignKey(Consultation, on_delete=models.CASCADE, related_name="sections")
    position = models.PositiveSmallIntegerField()
    heading = models.CharField(_("heading"), max_length=200)
    text = models.TextField(_("text"), max_length=50_000)

    class Meta:
        ordering = ["position"]
        constraints = [
            models.UniqueConstraint(
                fields=["consultation", "position"], name="participation_section_position_unique"
            )
        ]

    def __str__(self):
        return f"{self.position}. {self.heading}"


class ConsultationDocument(models.Model):
    consultation = models.ForeignKey(Consultation, on_delete=models.CASCADE, related_name="documents")
    title = models.CharField(max_length=200)
    document = models.ForeignKey(
        "wagtaildocs.Document", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    url = models.URLField(blank=True)


class ModerationStatus(models.TextChoices):
    PENDING = "pending", _("Waiting for moderation")
    PUBLISHED = "published", _("Published")
    REJECTED = "rejected", _("Not published")


class Decision(models.TextChoices):
    ACCEPTED = "accepted", _("Accepted")
    PARTLY = "partly", _("Partly accepted")
    REJECTED = "rejected", _("Rejected")


class Comment(models.Model):
    """A comment or a proposed amendment on one section, in the author's language."""

    section = models.ForeignKey(Section, on_delete=models.CASCADE, related_name="comments")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    author_name = models.CharField(_("name"), max_length=120)
    email = models.EmailField(_("e-mail"), blank=True)
    language = models.CharField(max_length=10)
    body = models.TextField(_("comment"), max_length=5_000)
    proposed_text = models.TextField(_("proposed wording"), blank=True, max_length=5_000)
    created_at = models.DateTimeField(auto_now_add=True)
    status = models.CharField(
        max_length=10, choices=ModerationStatus.choices, default=ModerationStatus.PENDING
    )
    moderated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decision = models.CharField(max_length=10, choices=Decision.choices, blank=True)
    decision_reason = models.TextField(_("reason"), blank=True, max_length=5_000)
    # The action of the action plan an accepted proposal became.
    action = models.ForeignKey(
        "coordination.Action", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["created_at", "pk"]
        indexes = [models.Index(fields=["section", "status"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(decision="") | ~Q(decision_reason=""), name="participation_decision_has_reason"
            ),
            models.CheckConstraint(
                condition=Q(decision="") | Q(status="published"), name="participation_decision_on_published"
            ),
        ]

    @property
    def is_proposal(self):
        return bool(self.proposed_text)


class Synthesis(models.Model):
    consultation = models.OneToOneField(Consultation, on_delete=models.CASCADE, related_name="synthesis")
    introduction = models.TextField(blank=True, max_length=10_000)
    published_at = models.DateTimeField(null=True, blank=True)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
