"""Plone translation groups as wagtail-localize translations: the group's page in the platform's
default language (or its first language) becomes the translation source, and each other page a
translation of it, with its own text stored as the translation of the source's matching
segment. Editors then see imported translations in the translation editor and reports, and
"Sync translated pages" carries later changes of the source over without losing the imported
text. A field whose text does not split into the same segments as the source's (another number
of paragraphs, say) is left to the translator; the task's result counts those fields."""

from collections import defaultdict

from django.conf import settings
from django.db import transaction
from django_tasks import task
from wagtail.models import Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource
from wagtail_localize.segments.extract import extract_segments
from wagtail_localize.segments.types import StringSegmentValue

CHUNK = 200


def translation_groups(importer):
    """[source page id, [translated page ids]] for each translation group with a page written by
    this run."""
    order = [settings.LANGUAGE_CODE, *(code for code, _name in settings.LANGUAGES)]
    groups = []
    for languages in importer.index.translation_groups.values():
        uids = [uid for uid in languages.values() if importer.index.entries[uid].type not in ("LRF", "LIF")]
        if not uids or not any(uid in importer.changed for uid in uids):
            continue
        pages = {}
        for uid in uids:
            kind, page_id = importer.objects.kind(uid)
            language = importer.index.entries[uid].language
            if kind == "page" and uid not in importer.index.default_page_of and language in order:
                pages[language] = page_id
        if len(pages) < 2:
            continue
        source_language = min(pages, key=order.index)
        source = pages.pop(source_language)
        groups.append([source, sorted(pages.values())])
    return groups


def schedule_linking(groups):
    for start in range(0, len(groups), CHUNK):
        link_translations.enqueue(groups[start : start + CHUNK])


@task()
def link_translations(groups):
    """Returns how many fields of translated pages were left for a translator."""
    left = 0
    for source_id, target_ids in groups:
        with transaction.atomic():
            left += link_group(source_id, target_ids)
    return left


def link_group(source_id, target_ids):
    source_page = Page.objects.filter(pk=source_id).first()
    if source_page is None:
        return 0
    source_page = source_page.specific
    source, _created = TranslationSource.update_or_create_from_instance(source_page)
    segments = defaultdict(list)
    for segment in (
        StringSegment.objects.filter(source=source).select_related("string", "context").order_by("order")
    ):
        segments[segment.context.path].append(segment)
    left = 0
    targets = Page.objects.filter(pk__in=target_ids, translation_key=source_page.translation_key).specific()
    for target in targets:
        # get_or_create: a translation an editor stopped syncing stays stopped.
        Translation.objects.get_or_create(source=source, target_locale_id=target.locale_id)
        left += store_translated_text(segments, target)
    return left


def store_translated_text(source_segments, target):
    """Store the target page's text as translations of the source's segments, field by field."""
    translated = defaultdict(list)
    for segment in extract_segments(target):
        if isinstance(segment, StringSegmentValue):
            translated[segment.path].append(segment)
    left = 0
    for path, segments in source_segments.items():
        texts = sorted(translated.get(path, []), key=lambda segment: segment.order)
        if len(texts) != len(segments):
            left += 1
            continue
        for segment, text in zip(segments, texts, strict=True):
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale_id=target.locale_id,
                context=segment.context,
                defaults={
                    "data": text.string.data,
                    "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                },
            )
    return left
