from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from django.utils.html import format_html
from django.utils.translation import get_language_info
from django.utils.translation import gettext as _
from wagtail.models import Page, Site

from core.translations import is_fallback, url_for_visitor
from integration_site.page_cache import remembered

register = template.Library()


def language_direction(code):
    return "rtl" if get_language_info(code)["bidi"] else "ltr"


@register.filter
def direction(language_code):
    """`dir` attribute value for a language code: rtl for Arabic, Urdu, Pashto..."""
    return language_direction(language_code or settings.LANGUAGE_CODE)


@register.simple_tag(takes_context=True)
def language_links(context):
    """One link per configured language, leading to the same page in that language. For a page
    without a translation, the link keeps the path and the fallback view shows the default one."""
    request = context["request"]
    page = context.get("page")
    translations = {}
    if isinstance(page, Page):
        translations = {
            translation.locale.language_code: translation
            for translation in page.get_translations(inclusive=True).live().select_related("locale")
        }
    links = []
    for code, name in settings.LANGUAGES:
        if code in translations:
            url = translations[code].get_url(request=request)
        else:
            url = translate_url(request.get_full_path(), code)
        links.append(
            {
                "code": code,
                "name": name,
                "url": url,
                "direction": language_direction(code),
                "translated": not isinstance(page, Page) or code in translations,
            }
        )
    return links


@register.simple_tag(takes_context=True)
def menu_pages(context):
    """The pages under the home page marked "show in menus", in the visitor's language where
    translated (each app's index page appears here once an editor ticks that box)."""
    request = context["request"]
    site = Site.find_for_request(request)
    if site is None:
        return []
    return remembered(
        f"menu-{site.pk}", lambda: list(site.root_page.localized.get_children().live().public().in_menu())
    )


@register.simple_tag(takes_context=True)
def visitor_pageurl(context, page):
    """Like `pageurl`, but a page listed before its translation keeps the visitor's language."""
    return url_for_visitor(page, context.get("request"))


@register.simple_tag
def shown_language(page):
    """` lang=".." dir=".."` for a page listed in another language than the visitor's, else ""."""
    if not is_fallback(page):
        return ""
    code = page.locale.language_code
    return format_html(' lang="{}" dir="{}"', code, language_direction(code))


@register.simple_tag
def untranslated_marker(page):
    """The visible marker on an item listed in the default language, in the visitor's language."""
    if not is_fallback(page):
        return ""
    visitor_language = translation.get_language()
    return format_html(
        '<span class="untranslated-marker" lang="{}" dir="{}">{}</span>',
        visitor_language,
        language_direction(visitor_language),
        _("Not yet translated"),
    )
