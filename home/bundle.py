"""The content bundle: everything a visitor can read in one language (the published pages, the
coming dates of events and the centre's contact details) as one gzip-compressed JSON document,
so that an app can work offline and download it again only when something changed.

Lists follow the site's rule (core.translations.localized): a page not translated yet comes in
the default language, marked `fallback`, and its translation replaces it once published. Only
what an anonymous visitor may read goes in: live pages outside every view restriction.

A bundle is built once per language and kept in the shared page cache until content changes (a
purge, integration_site.page_cache) or PAGE_CACHE_SECONDS pass (events' dates pass with the clock
alone). A rebuild that finds the same content keeps the earlier bundle, its `generated_at` and
its ETag, so an app's `If-None-Match` goes on answering 304 until something it shows changed."""

import gzip
import hashlib
import json
import time
from dataclasses import dataclass, replace

from django.conf import settings
from django.core.exceptions import FieldDoesNotExist
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.utils import timezone, translation
from wagtail.fields import StreamField
from wagtail.models import Locale, Page

from core.translations import is_fallback, localized, url_for_visitor
from events.listing import events_queryset, list_occurrences
from events.models import EventPage
from events.recurrence import occurrence_param
from integration_site.page_cache import generation, page_cache

from .models import ContactDetails


@dataclass(frozen=True)
class Bundle:
    etag: str
    gzipped: bytes
    generated_at: str
    #: Which content it was built from: the purge generation and when (bounded by PAGE_CACHE_SECONDS).
    generation: float
    built_at: float
    digest: str

    def identity_etag(self):
        """The ETag of the uncompressed document (a different representation of the same bytes)."""
        return self.etag[:-1] + '-identity"'


def content_field(page, name):
    """The model field behind one of the page's API fields; None for a computed property, left
    out with many-to-many relations: they would cost a query per page."""
    try:
        field = page._meta.get_field(name)
    except FieldDoesNotExist:
        return None
    if field.is_relation and not isinstance(field, models.ForeignKey):
        return None
    return field


def field_value(page, field):
    """As JSON: stream fields as Wagtail stores them (rich text as Wagtail's HTML, images and
    pages by id), foreign keys by id."""
    if isinstance(field, StreamField):
        return getattr(page, field.name).get_prep_value()
    return getattr(page, field.attname)


def content_fields(page):
    """The page type's API fields (its `api_fields`), as the pages API names them."""
    names = [getattr(field, "name", field) for field in getattr(type(page), "api_fields", None) or []]
    fields = [field for field in (content_field(page, name) for name in names) if field is not None]
    return {field.name: field_value(page, field) for field in fields}


def page_out(page, parents):
    return {
        "id": page.pk,
        "translation_key": str(page.translation_key),
        "parent_translation_key": parents.get(page.pk),
        "type": page._meta.label_lower,
        "title": page.title,
        "content_language": page.locale.language_code,
        "fallback": is_fallback(page),
        "url": url_for_visitor(page, full=True) or "",
        "last_published_at": page.last_published_at,
        "search_description": page.search_description,
        "content": content_fields(page),
    }


def parent_path(page):
    return page.path[: -Page.steplen]


def parent_keys(pages):
    """{page id: its parent's translation_key}, in one query: the tree for an app's menus, the
    same whichever language each page comes in."""
    by_path = dict(
        Page.objects.filter(path__in={parent_path(page) for page in pages}).values_list(
            "path", "translation_key"
        )
    )
    return {page.pk: str(by_path[parent_path(page)]) for page in pages if parent_path(page) in by_path}


def readable_pages(locale):
    """Live pages outside every view restriction, one per translation, in tree order. Events
    have their own section."""
    queryset = Page.objects.live().public().filter(depth__gt=1).not_type(EventPage)
    pages = list(localized(queryset, locale).order_by("path").specific())
    # The specific pages come without their locale (select_related stops at the generic page).
    locales = Locale.objects.in_bulk()
    for page in pages:
        page.locale = locales[page.locale_id]
    return pages


def event_out(listed):
    event, occurrence = listed.event, listed.occurrence
    return {
        "id": event.pk,
        "translation_key": str(event.translation_key),
        "title": event.title,
        "summary": event.summary,
        "content_language": event.locale.language_code,
        "fallback": is_fallback(event),
        "url": url_for_visitor(event, full=True) or "",
        "kind": event.kind,
        "mode": event.mode,
        "place": event.place,
        "address": event.address,
        "online_link": event.online_link,
        "organiser": event.organiser_name,
        "start": occurrence.start,
        "end": occurrence.end,
        "date": occurrence_param(occurrence.key),
        "languages": event.languages or [],
        "price": str(event.price),
        "accessibility_notes": event.accessibility_notes,
        "childcare_notes": event.childcare_notes,
    }


def contact_out(details):
    if details is None:
        return None
    return {
        "organisation": details.organisation,
        "address": details.address,
        "phone": details.phone,
        "email": details.email,
        "opening_hours": details.opening_hours,
        "emergency_numbers": [
            {"service": block.value["label"], "number": block.value["number"]}
            for block in details.emergency_numbers
        ],
        "content_language": details.locale.language_code,
        "fallback": details.locale.language_code != translation.get_language(),
    }


def bundle_content(language_code):
    """The bundle's content in one language (without its `generated_at`)."""
    with translation.override(language_code):
        locale = Locale.objects.get(language_code=language_code)
        pages = readable_pages(locale)
        parents = parent_keys(pages)
        # Places left change with every registration: live data, asked for online.
        events = list_occurrences(events_queryset(locale), {})
        return {
            "locale": language_code,
            "pages": [page_out(page, parents) for page in pages],
            "events": [event_out(listed) for listed in events],
            "contact": contact_out(ContactDetails.for_current_language()),
        }


def encoded(document):
    return json.dumps(document, cls=DjangoJSONEncoder, ensure_ascii=False, sort_keys=True).encode()


def build(language_code, changed, earlier=None):
    content = bundle_content(language_code)
    digest = hashlib.sha256(encoded(content)).hexdigest()
    if earlier is not None and earlier.digest == digest:
        return replace(earlier, generation=changed, built_at=time.time())
    generated_at = timezone.now().isoformat()
    # mtime=0: the same document compresses to the same bytes.
    gzipped = gzip.compress(encoded({"generated_at": generated_at, **content}), mtime=0)
    return Bundle(
        etag=f'"{hashlib.sha256(gzipped).hexdigest()[:40]}"',
        gzipped=gzipped,
        generated_at=generated_at,
        generation=changed,
        built_at=time.time(),
        digest=digest,
    )


def content_bundle(language_code):
    """The bundle of a language: kept until content changes (or PAGE_CACHE_SECONDS pass)."""
    if not settings.PAGE_CACHE_ENABLED:
        return build(language_code, 0)
    key = f"content-bundle.{language_code}"
    # Read before building: a change during the build makes the next request build again.
    changed = generation()
    kept = page_cache().get(key)
    if (
        kept is not None
        and kept.generation == changed
        and time.time() - kept.built_at < settings.PAGE_CACHE_SECONDS
    ):
        return kept
    bundle = build(language_code, changed, kept)
    page_cache().set(key, bundle, timeout=None)
    return bundle
