"""Plone Files become library documents (through the library's own upload checks) and Plone
Images, and the lead images of news items, become Wagtail images."""

import hashlib
import io

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.utils.translation import gettext as _
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.models import Collection

from home.topics import Topic
from library.models import Audience, LibraryDocument
from library.services import add_checked_document, set_document_metadata
from library.uploads import check_upload

from .fields import local_date
from .reader import ExportError

MEMBERS_IMAGES_COLLECTION = "Plone import: members only"


def blob_name(item, value):
    return str(value.get("filename") or item.get("id") or "file").rsplit("/", 1)[-1] or "file"


def document_fields(item, entry, kind, members_only):
    subjects = item["subjects"]
    return {
        "title": entry.title,
        "kind": kind,
        "audience": Audience.MEMBERS if members_only else Audience.PUBLIC,
        "summary": str(item.get("description") or ""),
        "publication_date": local_date(item.get("effective")),
        "topics": [subject for subject in subjects if subject in Topic.values],
        "languages": [entry.language],
    }


def write_document(export, item, entry, existing, *, kind, members_only, user):
    """Create or update the library document of a Plone File; returns (document, created)."""
    value = item.get("file")
    if not isinstance(value, dict):
        raise ExportError(_("The File has no file data."))
    data = export.read_blob(item, value)
    upload = ContentFile(data, name=blob_name(item, value))
    fields = document_fields(item, entry, kind, members_only)
    topics, languages = fields.pop("topics"), fields.pop("languages")
    if existing is None:
        document, _warnings = add_checked_document(
            file=upload, uploaded_by=user, topics=topics, languages=languages, **fields
        )
        return document, True
    document = existing
    for name, value in fields.items():
        setattr(document, name, value)
    if hashlib.sha256(data).hexdigest() != document.sha256:
        result = check_upload(upload, exclude_document=document)
        if not result.ok:
            raise ValidationError(result.errors)
        document.file = upload
        document.sha256 = ""
        document._set_document_file_metadata()
    document.save()
    set_document_metadata(document, topics=topics, languages=languages)
    return document, False


def image_collection(members_only):
    """The collection for imported images: (collection, whether it was created just now)."""
    root = Collection.get_first_root_node()
    if not members_only:
        return root, False
    collection = root.get_children().filter(name=MEMBERS_IMAGES_COLLECTION).first()
    if collection is not None:
        return collection, False
    return root.add_child(instance=Collection(name=MEMBERS_IMAGES_COLLECTION)), True


def write_image(export, item, value, title, existing, *, collection):
    """Create or update a Wagtail image from an image field, in `collection` (see
    image_collection); returns (image, created)."""
    data = export.read_blob(item, value)
    image = existing or get_image_model()(title=title)
    image.title = title[:255]
    image.collection = collection
    if existing is None or hashlib.sha1(data).hexdigest() != existing.file_hash:
        try:
            image.width, image.height = PILImage.open(io.BytesIO(data)).size
        except (OSError, ValueError, PILImage.DecompressionBombError):
            raise ExportError(_("The image data cannot be read as an image.")) from None
        image.file = ImageFile(io.BytesIO(data), name=blob_name(item, value))
        image._set_image_file_metadata()
    image.save()
    return image, existing is None


def is_document(obj):
    return isinstance(obj, LibraryDocument)
