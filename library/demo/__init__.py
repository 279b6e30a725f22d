"""Demo content of the library: a library page in every locale and about fifteen documents with
real generated files (PDF, DOCX, ODT, TXT). Running it twice changes nothing."""

from django.conf import settings
from django.core.files.base import ContentFile
from django.utils.text import slugify
from wagtail.models import Locale, Site

from ..models import LibraryDocument
from ..pages import LibraryPage
from ..services import file_document, supersede
from .content import DOCUMENTS, PAGE_TITLES, VERSIONS
from .files import make_file


def load(stdout):
    page = library_page()
    created = load_documents()
    stdout.write(f"Library: page {page.url_path}, {created} new documents")


def library_page():
    root = Site.objects.get(is_default_site=True).root_page
    default_title, default_slug, default_intro = PAGE_TITLES[settings.LANGUAGE_CODE]
    page = LibraryPage.objects.child_of(root).filter(locale=root.locale).first()
    if page is None:
        page = LibraryPage(title=default_title, slug=default_slug, intro=default_intro)
        root.add_child(instance=page)
        page.save_revision().publish()
    for code, _name in settings.LANGUAGES:
        locale, _created = Locale.objects.get_or_create(language_code=code)
        if page.get_translation_or_none(locale) is not None:
            continue
        title, slug, intro = PAGE_TITLES[code]
        translation = page.copy_for_translation(locale, copy_parents=True)
        translation.title, translation.slug, translation.intro = title, slug, intro
        translation.save_revision().publish()
    return page


def load_documents():
    created = 0
    for (
        extension,
        title,
        kind,
        audience,
        issuer,
        published,
        languages,
        topics,
        summary,
        body,
        translations,
    ) in DOCUMENTS:
        if LibraryDocument.objects.filter(title=title).exists():
            continue
        data = make_file(extension, title, body)
        file_document(
            title=title,
            file=ContentFile(data, name=f"{slugify(title)[:60]}.{extension}"),
            kind=kind,
            audience=audience,
            issuer=issuer,
            publication_date=published,
            summary=summary,
            languages=languages,
            topics=topics,
            translations={code: {"title": t, "summary": s} for code, (t, s) in translations.items()},
        )
        created += 1
    for older_title, newer_title in VERSIONS:
        older = LibraryDocument.objects.get(title=older_title)
        newer = LibraryDocument.objects.get(title=newer_title)
        if older.superseded_by_id != newer.pk:
            supersede(older, newer)
    return created
