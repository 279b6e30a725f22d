"""The library's document model and its metadata.

Why a related translation table rather than wagtail-localize's TranslatableMixin: a translatable
document would be one row (and one file, one collection, one content hash) per locale, but a
library document is usually written in one language and only its title and summary are
translated. `DocumentTranslation` keeps one file and adds a title and summary per language code;
`LibraryDocument.title` and `summary` are those of the document's own language.
"""

from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.db.models import F, Q
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.api import APIField
from wagtail.documents.models import AbstractDocument, Document
from wagtail.search import index

from core.files import private_storage, private_upload_to
from core.languages import site_languages
from home.topics import Topic

#: Longest summary, in the document's language or a translation: a paragraph or two.
MAX_SUMMARY_LENGTH = 2_000
MAX_TITLE_LENGTH = 255  # Wagtail's Document.title


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


class ExtractionStatus(models.TextChoices):
    PENDING = "pending", _("Waiting for text extraction")
    DONE = "done", _("Text extracted")
    UNSUPPORTED = "unsupported", _("No text extraction for this file type")
    FAILED = "failed", _("Text extraction failed")
    OVER_LIMIT = "over_limit", _("Text not extracted")


class ExtractionLimit(models.TextChoices):
    """Which extraction limit a file passed (see library/extraction.py)."""

    PAGES = "pages", _("Too many pages")
    SIZE = "size", _("Too big once unpacked")
    MEMORY = "memory", _("Too much memory needed")
    TIME = "time", _("Took too long")


class LibraryDocument(AbstractDocument):
    # Stored outside MEDIA_ROOT: only Wagtail's document view (which checks the members-only
    # collection) hands files out, so no document is reachable by its path.
    file = models.FileField(
        upload_to=private_upload_to("documents"), storage=private_storage, verbose_name=_("file")
    )
    kind = models.CharField(
        _("kind"), max_length=20, choices=DocumentKind.choices, default=DocumentKind.INFORMATIONAL
    )
    audience = models.CharField(
        _("audience"), max_length=10, choices=Audience.choices, default=Audience.PUBLIC
    )
    summary = models.TextField(_("summary"), blank=True, max_length=MAX_SUMMARY_LENGTH)
    issuer = models.CharField(
        _("issuer or source"),
        max_length=200,
        blank=True,
        help_text=_("The authority, organisation or publication the document comes from."),
    )
    publication_date = models.DateField(_("publication date"), null=True, blank=True)
    superseded_by = models.ForeignKey(
        "self",
        verbose_name=_("superseded by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="supersedes",
        help_text=_("The newer version of this text; leave empty while this one is in force."),
    )
    sha256 = models.CharField(max_length=64, blank=True, editable=False, db_index=True)
    #: When the document or its metadata last changed: what an app's `updated_since` compares.
    updated_at = models.DateTimeField(_("updated at"), auto_now=True, db_index=True)

    admin_form_fields = Document.admin_form_fields + (
        "kind",
        "audience",
        "summary",
        "issuer",
        "publication_date",
        "superseded_by",
    )
    api_fields = [
        APIField("kind"),
        APIField("audience"),
        APIField("summary"),
        APIField("issuer"),
        APIField("publication_date"),
    ]
    search_fields = AbstractDocument.search_fields + [
        index.SearchField("summary"),
        index.SearchField("issuer"),
        index.FilterField("audience"),
        index.FilterField("kind"),
    ]

    class Meta(AbstractDocument.Meta):
        verbose_name = _("library document")
        verbose_name_plural = _("library documents")
        permissions = [("view_members_documents", "Can read members-only library documents")]
        constraints = [
            models.CheckConstraint(
                condition=~Q(superseded_by=F("pk")), name="library_document_not_superseded_by_itself"
            ),
        ]

    def clean(self):
        """Wagtail checks the file's extension here too; without a file (the form refused it, with
        its reason) that check would only add a false "extension “” is not allowed"."""
        if self.file:
            super().clean()

    @property
    def in_force(self):
        return self.superseded_by_id is None

    def save(self, *args, **kwargs):
        self.file_changed = getattr(self, "_file_changed", False) or self._state.adding
        if self.file_changed and not self.sha256 and self.file:
            self._set_sha256()
        super().save(*args, **kwargs)
        self._file_changed = False

    def _set_document_file_metadata(self):
        super()._set_document_file_metadata()
        self._set_sha256()
        self._file_changed = True

    def _set_sha256(self):
        from .uploads import sha256_of

        with self.open_file() as handle:
            self.sha256 = sha256_of(handle)

    def translation_for(self, language_code=None):
        """The translation in the given (or current) language, from prefetched rows if any."""
        language_code = language_code or get_language()
        for translation in self.translations.all():
            if translation.language == language_code:
                return translation
        return None

    @property
    def display_title(self):
        translation = self.translation_for()
        return translation.title if translation and translation.title else self.title

    @property
    def display_summary(self):
        translation = self.translation_for()
        return translation.summary if translation and translation.summary else self.summary


class DocumentTranslation(models.Model):
    document = models.ForeignKey(LibraryDocument, on_delete=models.CASCADE, related_name="translations")
    language = models.CharField(_("language"), max_length=10, choices=site_languages)
    title = models.CharField(_("title"), max_length=MAX_TITLE_LENGTH)
    summary = models.TextField(_("summary"), blank=True, max_length=MAX_SUMMARY_LENGTH)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["document", "language"], name="library_one_translation_per_language"
            )
        ]


class DocumentLanguage(models.Model):
    """A language the document itself is written in."""

    document = models.ForeignKey(LibraryDocument, on_delete=models.CASCADE, related_name="languages")
    language = models.CharField(_("language"), max_length=10, choices=site_languages)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["document", "language"], name="library_language_once")]


class DocumentTopic(models.Model):
    document = models.ForeignKey(LibraryDocument, on_delete=models.CASCADE, related_name="topics")
    topic = models.CharField(_("topic"), max_length=30, choices=Topic.choices)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["document", "topic"], name="library_topic_once")]


class DocumentText(models.Model):
    """The text extracted from the file and the full-text search vector over it and the metadata.
    Kept apart from the document so listings and Wagtail's API never load the long text."""

    document = models.OneToOneField(
        LibraryDocument, on_delete=models.CASCADE, primary_key=True, related_name="text"
    )
    status = models.CharField(
        _("extraction status"),
        max_length=12,
        choices=ExtractionStatus.choices,
        default=ExtractionStatus.PENDING,
    )
    error = models.TextField(_("extraction error"), blank=True)
    limit = models.CharField(
        _("extraction limit reached"), max_length=10, choices=ExtractionLimit.choices, blank=True
    )
    content = models.TextField(_("extracted text"), blank=True)
    #: Metadata and text, lower-case and without diacritics: what SQLite searches.
    folded = models.TextField(blank=True, editable=False)
    search_vector = SearchVectorField(null=True, editable=False)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        # Created on PostgreSQL only (see migration 0002): SQLite has no GIN indexes.
        indexes = [GinIndex(fields=["search_vector"], name="library_text_search_gin")]
