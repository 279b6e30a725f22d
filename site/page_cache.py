"""Pages, feeds and public API reads for anonymous visitors, shared from Django's cache.

What is shared is decided by the application, never guessed by the cache: only the views named
in settings.PAGE_CACHE_VIEWS, only for requests that carry nothing personal (no session or
messages cookie, no Authorization header), and only responses that set no cookie (a CSRF token,
a session) and open no session. Entries are kept per site (the host is in the key) and per
language. A shared response says so with `Cache-Control: public, s-maxage=...`, which is also
what tells Varnish or a CDN in front that it may keep it (deploy/varnish.vcl); browsers get
`max-age=0` and revalidate: shared responses carry an ETag and a Last-Modified (the last purge),
and Django's ConditionalGetMiddleware answers a conditional GET with 304.

Purging goes through Wagtail's frontend cache invalidation (wagtail.contrib.frontend_cache):
`purge_site` asks every configured backend to forget each site, and `PageCacheBackend` is the
backend for this cache. A change is seldom confined to one page (menus, the footer and the
language switcher are on every page, lists and the API repeat titles), so a purge drops every
shared entry: the key carries the time of the last purge, which a purge moves on.
"""

import time

from django.conf import settings
from django.core.cache import caches
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.utils.cache import get_cache_key, learn_cache_key, patch_cache_control, set_response_etag
from django.utils.deprecation import MiddlewareMixin
from django.utils.http import http_date
from django.utils.translation import get_language
from wagtail.contrib.frontend_cache.backends import BaseBackend
from wagtail.contrib.frontend_cache.tasks import purge_urls_from_cache_task
from wagtail.signals import page_published, page_unpublished, post_page_move

GENERATION_KEY = "page-cache-generation"


def page_cache():
    return caches[settings.PAGE_CACHE_ALIAS]


def generation():
    """When shared content last changed (a purge), as a Unix time: part of every key, and the
    shared responses' Last-Modified. If the cache lost it, it starts again from now."""
    return page_cache().get_or_set(GENERATION_KEY, time.time, timeout=None)


def purge_everything():
    page_cache().set(GENERATION_KEY, max(time.time(), generation() + 0.001), timeout=None)


def purge_site():
    """Purge every site from every configured frontend cache (this one, Varnish, a CDN). Called
    in the request that made the change, not queued: the change must show within a second."""
    from wagtail.models import Site

    purge_urls_from_cache_task.call([f"{site.root_url}/" for site in Site.objects.all()])


def purge_after_commit(**kwargs):
    # After the commit: purged earlier, a visitor could put the old version back in the cache.
    transaction.on_commit(purge_site)


def connect_purges():
    """Publishing, unpublishing, moving or translating a page, and saving or deleting anything in
    settings.PAGE_CACHE_PURGED_BY (what pages show besides pages), purge the shared caches."""
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(purge_after_commit, dispatch_uid="page_cache_purge")
    # Deleting a live page sends no page_unpublished; saving a draft changes nothing shown.
    post_delete.connect(purge_after_commit, sender="wagtailcore.Page", dispatch_uid="page_cache_purge_delete")
    for model in settings.PAGE_CACHE_PURGED_BY:
        post_save.connect(purge_after_commit, sender=model, dispatch_uid=f"page_cache_purge_save_{model}")
        post_delete.connect(purge_after_commit, sender=model, dispatch_uid=f"page_cache_purge_delete_{model}")


def remembered(name, compute):
    """What `compute()` returns for the active language, kept until the next purge: for what
    many pages show alike (the menu, the footer), computed once per language instead of on each
    page that is not in the cache yet. `name` says what it is and for which site."""
    if not settings.PAGE_CACHE_ENABLED:
        return compute()
    key = f"{generation()}.{get_language()}.{name}"
    return page_cache().get_or_set(key, compute, settings.PAGE_CACHE_SECONDS)


class PageCacheBackend(BaseBackend):
    """Wagtail frontend cache backend for the shared page cache in Django's cache framework."""

    def purge(self, url):
        purge_everything()

    def purge_batch(self, urls):
        purge_everything()


def carries_nothing_personal(request):
    return (
        settings.PAGE_CACHE_ENABLED
        and request.method in ("GET", "HEAD")
        and "Authorization" not in request.headers
        and not any(request.COOKIES.get(name) for name in settings.PAGE_CACHE_PERSONAL_COOKIES)
    )


def shared_view(request):
    match = getattr(request, "resolver_match", None)
    return match is not None and match.view_name in settings.PAGE_CACHE_VIEWS


def is_personal(request, response):
    session = getattr(request, "session", None)
    user = getattr(request, "user", None)
    cache_control = response.get("Cache-Control", "").lower()
    return (
        bool(response.cookies)
        or (session is not None and session.modified)
        or (user is not None and user.is_authenticated)
        or any(directive in cache_control for directive in ("private", "no-store", "no-cache"))
    )


class SharedPageCacheMiddleware(MiddlewareMixin):
    """Placed after LocaleMiddleware (the language is known and is part of the key) and before
    CsrfViewMiddleware, so that a CSRF cookie set by the view is seen here and not cached."""

    def process_request(self, request):
        # Only shared views' responses are ever stored, so a hit needs no URL resolving: which
        # view answers is checked before storing.
        if not carries_nothing_personal(request):
            return None
        request.page_cache_changed = generation()
        request.page_cache_prefix = f"{request.page_cache_changed}.{get_language()}"
        key = get_cache_key(request, request.page_cache_prefix, "GET", cache=page_cache())
        response = page_cache().get(key) if key else None
        if response is not None:
            response["X-Cache"] = "HIT"
        return response

    def process_response(self, request, response):
        prefix = getattr(request, "page_cache_prefix", None)
        if prefix is None or "X-Cache" in response:
            return response
        shareable = response.status_code == 200 and not response.streaming and shared_view(request)
        if not shareable or is_personal(request, response):
            return response
        timeout = settings.PAGE_CACHE_SECONDS
        patch_cache_control(response, public=True, max_age=0, s_maxage=timeout)
        response["Last-Modified"] = http_date(request.page_cache_changed)
        response["X-Cache"] = "MISS"
        key = learn_cache_key(request, response, timeout, prefix, cache=page_cache())

        def store(rendered):
            page_cache().set(key, set_response_etag(rendered), timeout)

        if callable(getattr(response, "add_post_render_callback", None)):
            response.add_post_render_callback(store)
        else:
            store(response)
        return response
