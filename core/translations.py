"""Lists in every language: nothing is hidden because it is not translated yet.

`localized(queryset, locale)` keeps, per translation (`translation_key`), the page in the
requested locale when it is in the queryset (published), else the one in the default locale, so
an item published in Romanian is listed at once in every language, shown in Romanian with a
marker, and its translation replaces it as soon as that is published. Pages, feeds, the sitemap,
search and the API all list through it, so they show the same items.
"""

from django.db.models import OuterRef, Q, Subquery
from django.urls import translate_url
from django.utils import translation
from wagtail.models import Locale, Page


def localized(queryset, locale=None):
    """`queryset` (pages of every locale, already narrowed to what may be listed) reduced to one
    page per translation: the one in `locale` (default: the active language's), else the one in
    the default locale."""
    locale = locale or Locale.get_active()
    default = Locale.get_default()
    queryset = queryset.select_related("locale")
    if locale.pk == default.pk:
        return queryset.filter(locale=locale)
    translated_keys = queryset.filter(locale=locale).order_by().values("translation_key")
    return queryset.filter(Q(locale=locale) | Q(locale=default) & ~Q(translation_key__in=translated_keys))


def within_any_translation(queryset, page, inclusive=False):
    """`queryset` narrowed to the pages under `page` or under any of its translations, so a list
    under an index page in one language also finds items under the index in the default one."""
    condition = Q()
    for translation_of_page in page.get_translations(inclusive=True):
        condition |= queryset.descendant_of_q(translation_of_page, inclusive=inclusive)
    return queryset.filter(condition)


def children_of_any_translation(queryset, page):
    condition = Q()
    for translation_of_page in page.get_translations(inclusive=True):
        condition |= queryset.child_of_q(translation_of_page)
    return queryset.filter(condition)


def in_tree_order(queryset):
    """Ordered as the default locale's tree orders the pages (each language's tree has its own
    paths, so ordering by path would put the items not translated yet after the others)."""
    default_path = Page.objects.filter(
        translation_key=OuterRef("translation_key"), locale=Locale.get_default()
    ).values("path")[:1]
    return queryset.annotate(default_path=Subquery(default_path)).order_by("default_path", "path")


def is_fallback(page):
    """True when `page` is listed in place of a translation into the visitor's language."""
    return page.locale.language_code != translation.get_language()


def url_for_visitor(page, request=None, full=False):
    """The page's URL under the visitor's language prefix: a page not translated yet opens in the
    visitor's interface language with the fallback notice rather than switching languages."""
    url = page.get_full_url(request) if full else page.get_url(request)
    if not url or not is_fallback(page):
        return url
    visitor_language = translation.get_language()
    # The URL resolves only under its own language's prefix.
    with translation.override(page.locale.language_code):
        return translate_url(url, visitor_language)
