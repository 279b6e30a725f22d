"""The sitemap: every page in every language, including those not translated yet (listed under
the language's prefix, where they are shown in the default language with a notice)."""

from urllib.parse import urlsplit

from django.contrib.sitemaps import Sitemap
from django.utils import translation
from wagtail.models import Locale, Page, Site

from core.translations import localized, url_for_visitor, within_any_translation


class PagesInEveryLanguage(Sitemap):
    def items(self):
        site = Site.objects.select_related("root_page").get(is_default_site=True)
        pages = within_any_translation(
            Page.objects.live().public().defer_streamfields(), site.root_page, inclusive=True
        )
        return [
            (locale.language_code, page)
            for locale in Locale.objects.order_by("language_code")
            for page in localized(pages, locale).order_by("path")
        ]

    def location(self, item):
        language_code, page = item
        with translation.override(language_code):
            return urlsplit(url_for_visitor(page)).path

    def lastmod(self, item):
        return item[1].last_published_at
