"""'Was this page helpful?' on every page, and the good-practice compendium (seed 003)."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class PageFeedback(models.Model):
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    locale = models.CharField(max_length=10)
    helpful = models.BooleanField()
    comment = models.TextField(blank=True, max_length=2_000)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["page", "helpful"])]
        permissions = [("view_feedback_report", "Read page feedback")]


class PracticeStatus(models.TextChoices):
    SUBMITTED = "submitted", _("Waiting for review")
    PUBLISHED = "published", _("Published")
    RETURNED = "returned", _("Returned to the author")


class Topic(models.TextChoices):
    INFORMATION = "information", _("Information and orientation")
    LANGUAGE = "language", _("Language learning")
    WORK = "work", _("Work and training")
    EDUCATION = "education", _("Education")
    HEALTH = "health", _("Health")
    HOUSING = "housing", _("Housing")
    PARTICIPATION = "participation", _("Participation and non-discrimination")


class GoodPractice(models.Model):
    title = models.CharField(_("title"), max_length=200)
    language = models.CharField(max_length=10, default=settings.LANGUAGE_CODE)
    problem = models.TextField(_("the problem"), max_length=5_000)
    what_was_done = models.TextField(_("what was done"), max_length=10_000)
    results = models.TextField(_("results"), max_length=5_000)
    resources = models.TextField(_("resources"), blank=True, max_length=3_000)
    contact = models.CharField(_("contact"), max_length=200)
    locality = models.CharField(_("locality"), max_length=120)
    topic = models.CharField(_("topic"), max_length=20, choices=Topic.choices)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    submitted_at = models.DateTimeField(auto_now_add=True)
    status = models.CharField(max_length=10, choices=PracticeStatus.choices, default=PracticeStatus.SUBMITTED)
    review_note = models.TextField(blank=True, max_length=2_000)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["title"]
        permissions = [
            ("submit_practice", "Submit good practices"),
            ("review_practice", "Review good practices"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=~Q(status="returned") | ~Q(review_note=""),
                name="participation_returned_practice_says_why",
            )
        ]

    def __str__(self):
        return self.title


class PracticeFile(models.Model):
    practice = models.ForeignKey(GoodPractice, on_delete=models.CASCADE, related_name="files")
    document = models.ForeignKey(
        "wagtaildocs.Document", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    image = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=Q(document__isnull=False) | Q(image__isnull=False),
                name="participation_practice_file_set",
            )
        ]


class Adoption(models.Model):
    """Another team adopts a practice into its own plan; the origin stays attributed."""

    practice = models.ForeignKey(GoodPractice, on_delete=models.PROTECT, related_name="adoptions")
    # The adoption stays when the person who recorded it deletes their account.
    adopted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    municipality = models.CharField(_("municipality"), max_length=120)
    note = models.TextField(blank=True, max_length=2_000)
    adopted_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["practice", "municipality"], name="participation_adoption_once")
        ]
