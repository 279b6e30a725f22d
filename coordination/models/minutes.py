"""Minutes of meetings, their immutable versions, and the action items they assign."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.files import private_storage, private_upload_to
from library.models import Audience

from ..limits import MAX_DECISIONS_LENGTH
from .directory import Institution, TeamMember
from .meetings import Meeting


class MinutesStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    APPROVED = "approved", _("Approved")
    PUBLISHED = "published", _("Published")


class Minutes(models.Model):
    meeting = models.OneToOneField(Meeting, on_delete=models.CASCADE, related_name="minutes")
    status = models.CharField(
        _("status"), max_length=20, choices=MinutesStatus.choices, default=MinutesStatus.DRAFT
    )
    audience = models.CharField(
        _("published to"), max_length=10, choices=Audience.choices, default=Audience.MEMBERS
    )
    # Drafts are private: stored outside MEDIA_ROOT, served only by the permission-checking view.
    file = models.FileField(
        _("minutes file"), upload_to=private_upload_to("minutes"), storage=private_storage, blank=True
    )
    file_name = models.CharField(_("file name"), max_length=255, blank=True)
    item_summaries = models.JSONField(_("summary per agenda item"), default=dict, blank=True)
    decisions = models.TextField(_("decisions"), blank=True, max_length=MAX_DECISIONS_LENGTH)
    approved_at = models.DateTimeField(_("approved at"), null=True, blank=True)
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    approved_at_meeting = models.ForeignKey(
        Meeting,
        verbose_name=_("approved at meeting"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="approved_minutes",
    )
    published_at = models.DateTimeField(_("published at"), null=True, blank=True)
    document = models.ForeignKey(
        settings.WAGTAILDOCS_DOCUMENT_MODEL,
        verbose_name=_("library document"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    class Meta:
        ordering = ["-meeting__starts_at"]
        verbose_name = _("minutes")
        verbose_name_plural = _("minutes")
        permissions = [
            ("approve_minutes", "Can approve the minutes of any body"),
            ("publish_minutes", "Can publish approved minutes"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(status="draft") | models.Q(approved_at__isnull=False),
                name="coordination_minutes_approved_dated",
            ),
            models.CheckConstraint(
                condition=~models.Q(status="published") | models.Q(published_at__isnull=False),
                name="coordination_minutes_published_dated",
            ),
        ]

    def __str__(self):
        return str(self.meeting)

    @property
    def is_public(self):
        return self.status == MinutesStatus.PUBLISHED and self.audience == Audience.PUBLIC


class MinutesVersion(models.Model):
    """A snapshot taken at every save of the minutes. Never changed or deleted afterwards."""

    minutes = models.ForeignKey(Minutes, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField(_("version"))
    status = models.CharField(_("status"), max_length=20, choices=MinutesStatus.choices)
    content = models.JSONField(_("content"))
    file_name = models.CharField(_("file name"), max_length=255, blank=True)
    created_at = models.DateTimeField(_("saved at"), default=timezone.now)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["minutes", "number"]
        verbose_name = _("minutes version")
        verbose_name_plural = _("minutes versions")
        constraints = [
            models.UniqueConstraint(fields=["minutes", "number"], name="coordination_minutes_version_unique")
        ]

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise ValidationError(_("A saved version of the minutes cannot be changed."))
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise ValidationError(_("A saved version of the minutes cannot be deleted."))


class ActionItemStatus(models.TextChoices):
    OPEN = "open", _("Open")
    IN_PROGRESS = "in_progress", _("In progress")
    DONE = "done", _("Done")
    CANCELLED = "cancelled", _("Cancelled")


OPEN_STATUSES = (ActionItemStatus.OPEN, ActionItemStatus.IN_PROGRESS)


class ActionItemQuerySet(models.QuerySet):
    def overdue(self, today=None):
        today = today or timezone.localdate()
        return self.filter(status__in=OPEN_STATUSES, due_date__lt=today)

    def owned_by(self, user):
        """Items owned by the user's directory entry, or by the institution they represent."""
        member = TeamMember.objects.filter(user=user).first() if user.is_authenticated else None
        if member is None:
            return self.none()
        owned = models.Q(owner_member=member)
        if member.institution_id:
            owned |= models.Q(owner_institution_id=member.institution_id)
        return self.filter(owned)


class ActionItem(models.Model):
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="action_items")
    title = models.CharField(_("title"), max_length=255)
    owner_member = models.ForeignKey(
        TeamMember,
        verbose_name=_("owner (person)"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="action_items",
    )
    owner_institution = models.ForeignKey(
        Institution,
        verbose_name=_("owner (institution)"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="action_items",
    )
    due_date = models.DateField(_("due date"))
    status = models.CharField(
        _("status"), max_length=20, choices=ActionItemStatus.choices, default=ActionItemStatus.OPEN
    )
    action = models.ForeignKey(
        "coordination.Action",
        verbose_name=_("action plan action"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="action_items",
    )
    last_reminded_on = models.DateField(_("last reminded on"), null=True, blank=True)

    objects = ActionItemQuerySet.as_manager()

    class Meta:
        ordering = ["due_date", "pk"]
        verbose_name = _("action item")
        verbose_name_plural = _("action items")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(owner_member__isnull=False, owner_institution__isnull=True)
                | models.Q(owner_member__isnull=True, owner_institution__isnull=False),
                name="coordination_action_item_one_owner",
            )
        ]

    def __str__(self):
        return self.title

    @property
    def owner(self):
        return self.owner_member or self.owner_institution

    @property
    def is_overdue(self):
        return self.status in OPEN_STATUSES and self.due_date < timezone.localdate()
