"""Library operations. Other apps (coordination's minutes) call file_document(); the admin form,
the importer and the demo go through the same functions."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from .audiences import COLLECTION_NAMES, MEMBER_ROLES, audience_collection, visible_documents
from .models import (
    MAX_SUMMARY_LENGTH,
    MAX_TITLE_LENGTH,
    DocumentLanguage,
    DocumentTopic,
    DocumentTranslation,
    LibraryDocument,
)
from .search import index_document
from .uploads import check_upload

__all__ = [
    "COLLECTION_NAMES",
    "MEMBER_ROLES",
    "add_checked_document",
    "file_document",
    "library_collection",
    "set_document_metadata",
    "supersede",
    "visible_documents",
]


def library_collection(audience):
    return audience_collection(audience)


@transaction.atomic
def file_document(
    *,
    title,
    file,
    kind,
    audience,
    uploaded_by=None,
    topics=(),
    languages=(),
    translations=None,
    **metadata,
):
    """Add a document to the library, in the collection its audience calls for. `translations`
    maps a language code to {"title": ..., "summary": ...}. Text extraction is queued for after
    the transaction commits."""
    typed = {key: metadata[key] for key in ("summary", "issuer") if key in metadata}
    check_metadata_lengths(title=title, **typed)
    document = LibraryDocument(
        title=title,
        file=file,
        kind=kind,
        audience=audience,
        collection=audience_collection(audience),
        uploaded_by_user=uploaded_by,
        **metadata,
    )
    document._set_document_file_metadata()
    document.save()
    set_document_metadata(document, topics=topics, languages=languages, translations=translations)
    return document


#: What a person may type into each metadata field, and the model field that keeps it.
METADATA_LIMITS = {"title": MAX_TITLE_LENGTH, "summary": MAX_SUMMARY_LENGTH, "issuer": 200}


def check_metadata_lengths(**values):
    """Refuse metadata longer than the library keeps, with the field's name and its limit."""
    for name, value in values.items():
        limit = METADATA_LIMITS[name]
        if len(value or "") > limit:
            raise ValidationError(
                _("Too long (%(field)s): at most %(limit)d characters.")
                % {"field": LibraryDocument._meta.get_field(name).verbose_name, "limit": limit}
            )


@transaction.atomic
def add_checked_document(*, file, **fields):
    """Check an upload (type, size, content) and file it. Raises ValidationError with the
    refusal; returns (document, warnings)."""
    result = check_upload(file)
    if not result.ok:
        raise ValidationError(result.errors)
    document = file_document(file=file, **fields)
    return document, result.warnings


@transaction.atomic
def set_document_metadata(document, *, topics=None, languages=None, translations=None):
    """Replace the document's topics, languages and translations (None leaves one as it is),
    then reindex it."""
    for values in (translations or {}).values():
        check_metadata_lengths(title=values.get("title") or "", summary=values.get("summary") or "")
    if topics is not None:
        document.topics.all().delete()
        DocumentTopic.objects.bulk_create(
            DocumentTopic(document=document, topic=topic) for topic in dict.fromkeys(topics)
        )
    if languages is not None:
        document.languages.all().delete()
        DocumentLanguage.objects.bulk_create(
            DocumentLanguage(document=document, language=code) for code in dict.fromkeys(languages)
        )
    if translations is not None:
        document.translations.all().delete()
        DocumentTranslation.objects.bulk_create(
            DocumentTranslation(
                document=document,
                language=code,
                title=values.get("title") or document.title,
                summary=values.get("summary", ""),
            )
            for code, values in translations.items()
            if values.get("title") or values.get("summary")
        )
    # Topics, languages and translations are the document's too: apps syncing see it changed.
    LibraryDocument.objects.filter(pk=document.pk).update(updated_at=timezone.now())
    index_document(document)


@transaction.atomic
def supersede(old, new):
    """Mark `old` as superseded by `new` (a newer version of the same text)."""
    old = LibraryDocument.objects.select_for_update().get(pk=old.pk)
    follower_id, seen = new.pk, set()
    while follower_id is not None and follower_id not in seen:
        if follower_id == old.pk:
            raise ValidationError(
                _("A document cannot be superseded by itself or by an older version of itself.")
            )
        seen.add(follower_id)
        follower_id = (
            LibraryDocument.objects.filter(pk=follower_id).values_list("superseded_by", flat=True).first()
        )
    old.superseded_by = new
    old.save(update_fields=["superseded_by", "updated_at"])
    return old
