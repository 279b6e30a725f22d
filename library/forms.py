"""The Wagtail admin form for library documents (WAGTAILDOCS_DOCUMENT_FORM_BASE). It adds the
related metadata (topics, languages, translated titles and summaries) and the upload checks of
uploads.py; Wagtail's document API builds its create form from it too."""

from django import forms
from django.conf import settings
from django.db import transaction
from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm

from home.topics import Topic

from .audiences import audience_collection
from .extraction import limit_reason
from .files import discard_file
from .models import MAX_SUMMARY_LENGTH, MAX_TITLE_LENGTH, Audience, DocumentText, LibraryDocument
from .services import set_document_metadata
from .uploads import check_upload


class LibraryDocumentForm(BaseDocumentForm):
    topics = forms.MultipleChoiceField(
        label=_("Topics"), choices=Topic.choices, required=False, widget=forms.CheckboxSelectMultiple
    )
    languages = forms.MultipleChoiceField(
        label=_("Languages the document is written in"),
        choices=settings.LANGUAGES,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    keep_duplicate = forms.BooleanField(
        label=_("Add it even though the same file is already in the library"), required=False
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The audience decides the collection (see LibraryDocument.save).
        self.fields.pop("collection", None)
        if "superseded_by" in self.fields:
            # Only documents this user may manage, so no members-only title leaks to others.
            self.fields["superseded_by"].queryset = (
                LibraryDocument.objects.filter(collection__in=self.collections)
                .exclude(pk=self.instance.pk)
                .order_by("title")
            )
        for code, name in settings.LANGUAGES:
            self.fields[f"title_{code}"] = forms.CharField(
                label=_("Title in %(language)s") % {"language": name},
                max_length=MAX_TITLE_LENGTH,
                required=False,
            )
            self.fields[f"summary_{code}"] = forms.CharField(
                label=_("Summary in %(language)s") % {"language": name},
                required=False,
                max_length=MAX_SUMMARY_LENGTH,
                widget=forms.Textarea(attrs={"rows": 3}),
            )
        if self.instance.pk:
            self.show_extraction_status()
            self.initial["topics"] = [row.topic for row in self.instance.topics.all()]
            self.initial["languages"] = [row.language for row in self.instance.languages.all()]
            for translation in self.instance.translations.all():
                self.initial[f"title_{translation.language}"] = translation.title
                self.initial[f"summary_{translation.language}"] = translation.summary

    def show_extraction_status(self):
        """Tell editors whether the file's text could be read (and so searched), and if not, why."""
        text = DocumentText.objects.filter(document=self.instance).first()
        if text is None or "file" not in self.fields:
            return
        status = text.get_status_display()
        reason = limit_reason(text.limit) if text.limit else text.error
        self.fields["file"].help_text = f"{self.fields['file'].help_text} {status}" + (
            f": {reason}" if reason else "."
        )

    def clean_file(self):
        file = self.cleaned_data.get("file")
        if file is None or "file" not in self.changed_data:
            return file
        result = check_upload(file, exclude_document=self.instance)
        if not result.ok:
            raise forms.ValidationError(result.errors)
        if result.warnings and not self.data.get(self.add_prefix("keep_duplicate")):
            raise forms.ValidationError(result.warnings, code="duplicate")
        return file

    def clean_audience(self):
        audience = self.cleaned_data.get("audience")
        if audience == Audience.MEMBERS and audience_collection(Audience.MEMBERS) not in self.collections:
            raise forms.ValidationError(_("You may not add documents for integration-team members only."))
        return audience

    def translations(self):
        return {
            code: {
                "title": self.cleaned_data.get(f"title_{code}", ""),
                "summary": self.cleaned_data.get(f"summary_{code}", ""),
            }
            for code, _name in settings.LANGUAGES
        }

    def edits_every_field(self):
        """False for Wagtail API's partial updates, which must leave the related metadata alone."""
        editable = set(self.instance.admin_form_fields) - {"file", "collection"}
        return editable <= set(self._meta.fields)

    def save(self, commit=True):
        replaced = self.original_file if "file" in self.changed_data else None
        # Wagtail would delete the old file at once, inside the transaction; we do it after commit.
        self.original_file = None
        with transaction.atomic():
            document = super().save(commit=commit)
            if commit and replaced:
                discard_file(replaced.storage, replaced.name)
            if commit and self.edits_every_field():
                set_document_metadata(
                    document,
                    topics=self.cleaned_data.get("topics", []),
                    languages=self.cleaned_data.get("languages", []),
                    translations=self.translations(),
                )
        return document
