from datetime import timedelta

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


def purge_date():
    return timezone.now() + timedelta(days=settings.BIN_RETENTION_DAYS)


class BinEntry(models.Model):
    """A deleted record, with everything its deletion took with it, kept for BIN_RETENTION_DAYS so
    an administrator can restore it. See core/bin.py."""

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, verbose_name=_("type"))
    object_id = models.CharField(_("id"), max_length=64)
    label = models.CharField(_("what"), max_length=255)
    objects_data = models.JSONField(_("records"), default=list)
    nulled_links = models.JSONField(default=list)
    files = models.JSONField(default=list)
    deleted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("deleted by"),
    )
    deleted_at = models.DateTimeField(_("deleted at"), default=timezone.now)
    purge_after = models.DateTimeField(_("kept until"), default=purge_date)
    restored_at = models.DateTimeField(_("restored at"), null=True, blank=True)

    class Meta:
        verbose_name = _("deleted item")
        verbose_name_plural = _("bin")
        ordering = ["-deleted_at"]
        permissions = [("restore_binentry", "Can restore deleted items")]
        indexes = [models.Index(fields=["purge_after"])]

    def __str__(self):
        return self.label
