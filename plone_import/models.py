from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _

from core.files import private_storage, private_upload_to


class RunStatus(models.TextChoices):
    QUEUED = "queued", _("Waiting")
    RUNNING = "running", _("Running")
    DONE = "done", _("Finished")
    FAILED = "failed", _("Refused or failed")


class ImportRun(models.Model):
    """One import of a Plone export, from the command or the admin, with its report."""

    created_at = models.DateTimeField(_("started"), auto_now_add=True)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)
    status = models.CharField(_("status"), max_length=10, choices=RunStatus.choices, default=RunStatus.QUEUED)
    source_name = models.CharField(_("export"), max_length=255)
    export_format = models.CharField(_("format"), max_length=40, blank=True)
    dry_run = models.BooleanField(_("dry run"), default=False)
    import_accounts = models.BooleanField(_("import users and groups"), default=False)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("requested by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # Uploaded exports hold unpublished content and member lists: private, deleted once imported.
    upload = models.FileField(
        _("uploaded export"),
        storage=private_storage,
        upload_to=private_upload_to("plone-imports"),
        blank=True,
    )
    report = models.JSONField(_("report"), default=dict, blank=True)
    error = models.TextField(_("error"), blank=True)

    class Meta:
        verbose_name = _("Plone import")
        verbose_name_plural = _("Plone imports")
        ordering = ["-created_at", "-pk"]
        permissions = [("run_import", _("Can import a Plone export"))]

    def __str__(self):
        return (
            f"{self.source_name} ({self.created_at:%Y-%m-%d %H:%M})" if self.created_at else self.source_name
        )


class PloneObject(models.Model):
    """What a Plone item (by its UID) became here: a page, a library document, an image or a
    redirect. A second import finds its objects through this table and updates them."""

    uid = models.CharField(max_length=40, unique=True)
    plone_type = models.CharField(max_length=60)
    language = models.CharField(max_length=12, blank=True)
    path = models.TextField(blank=True)
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.PositiveIntegerField()
    target = GenericForeignKey("content_type", "object_id")
    #: Hash of the item's data: unchanged items are left alone on the next run.
    checksum = models.CharField(max_length=64)
    has_unresolved_links = models.BooleanField(default=False)
    last_run = models.ForeignKey(
        ImportRun, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        indexes = [models.Index(fields=["content_type", "object_id"], name="plone_object_target")]

    def __str__(self):
        return f"{self.plone_type} {self.uid}"


class ImportedAccount(models.Model):
    """An account the import created for a Plone user (without a password): who may be invited
    to set one, and when they last were."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="plone_account",
        verbose_name=_("user"),
    )
    plone_username = models.CharField(_("Plone user name"), max_length=150)
    created_at = models.DateTimeField(_("imported"), auto_now_add=True)
    invited_at = models.DateTimeField(_("last invited"), null=True, blank=True)

    class Meta:
        verbose_name = _("imported Plone account")
        verbose_name_plural = _("imported Plone accounts")

    def __str__(self):
        return self.plone_username
