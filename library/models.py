from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.documents.models import AbstractDocument, Document


class DocumentKind(models.TextChoices):
    LAW = "law", _("Law or regulation")
    PROCEDURE = "procedure", _("Procedure")
    FORM = "form", _("Form or template")
    EDUCATIONAL = "educational", _("Educational material")
    INFORMATIONAL = "informational", _("Informational material")
    RESEARCH = "research", _("Research")
    REPORT = "report", _("Report")
    MEDIA = "media", _("Media coverage")
    MINUTES = "minutes", _("Meeting minutes")


class Audience(models.TextChoices):
    PUBLIC = "public", _("Public")
    MEMBERS = "members", _("Integration-team members only")


class LibraryDocument(AbstractDocument):
    kind = models.CharField(
        _("kind"), max_length=20, choices=DocumentKind.choices, default=DocumentKind.INFORMATIONAL
    )
    audience = models.CharField(
        _("audience"), max_length=10, choices=Audience.choices, default=Audience.PUBLIC
    )

    admin_form_fields = Document.admin_form_fields + ("kind", "audience")

    class Meta(AbstractDocument.Meta):
        verbose_name = _("library document")
        verbose_name_plural = _("library documents")
