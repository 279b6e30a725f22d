"""Page serving with a language fallback: a page not yet translated into the visitor's language
is shown in the default language (the template then shows a notice), never as a 404."""

from django.conf import settings
from django.http import Http404, HttpResponse
from django.utils import translation
from wagtail import hooks
from wagtail.models import Locale, Page, Site
from wagtail.views import serve as wagtail_serve

from integration_site.page_cache import remembered


def serve_page_with_fallback(request, path):
    try:
        return wagtail_serve(request, path)
    except Http404:
        if translation.get_language() == settings.LANGUAGE_CODE:
            raise
    site = Site.find_for_request(request)
    # Which page stands in for an untranslated address is worked out once per language until
    # content changes, not on every visit.
    found = remembered(f"fallback-{site and site.pk}-{path}", lambda: fallback_route(request, path))
    page = found and Page.objects.live().filter(pk=found[0]).first()
    if not page:
        raise Http404
    return serve_route(request, page.specific, *found[1:])


def fallback_route(request, path):
    route = route_in_other_locales(request, path)
    if route is None:
        return None
    page, args, kwargs = route
    return page.pk, args, kwargs


def route_in_other_locales(request, path):
    """Find the page at `path` in the default locale's tree, then in the other locales' trees,
    and return its route in the visitor's language if translated, else in the default one."""
    site = Site.find_for_request(request)
    if site is None:
        return None
    components = [component for component in path.split("/") if component]
    default_first = sorted(
        Locale.objects.all(), key=lambda locale: locale.language_code != settings.LANGUAGE_CODE
    )
    for locale in default_first:
        root = site.root_page.get_translation_or_none(locale)
        if root is None or not root.live:
            continue
        try:
            page, args, kwargs = root.specific.route(request, components)
        except Http404:
            continue
        return preferred_translation(page), args, kwargs
    return None


def preferred_translation(page):
    visitor_locale = Locale.objects.filter(language_code=translation.get_language()).first()
    for locale in (visitor_locale, Locale.get_default()):
        if locale is None:
            continue
        candidate = page.get_translation_or_none(locale)
        if candidate is not None and candidate.live:
            return candidate.specific
    return page


def serve_route(request, page, args, kwargs):
    # The same hooks Wagtail's own serve view runs, so view restrictions still apply.
    for fn in hooks.get_hooks("before_serve_page"):
        result = fn(page, request, args, kwargs)
        if isinstance(result, HttpResponse):
            return result
    return page.serve(request, *args, **kwargs)
