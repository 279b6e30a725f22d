from django.core.paginator import Paginator
from django.http import JsonResponse
from django.shortcuts import render
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend

from core.translations import localized, url_for_visitor

RESULTS_PER_PAGE = 10
MAX_QUERY_LENGTH = 200
MAX_RESULTS = 100
MAX_SUGGESTIONS = 8


def backend_for(language_code):
    """On PostgreSQL, the backend that parses queries with `language_code`'s stemming; SQLite's
    full-text search and OpenSearch (SEARCH_BACKEND) have no per-language parsing here."""
    backend = get_search_backend()
    in_language = getattr(backend, "in_language", None)
    return in_language(language_code) if in_language else backend


def matching_pages(query, limit, whole_words=True):
    """Published pages matching `query`: those in the visitor's language first (query parsed in
    that language), then those not translated yet in the default language (parsed in it). With
    `whole_words`, full-text matches come first and pages whose title has a word starting with
    the query's last word follow, so "permis" also finds "Permisul" where stemming does not."""
    visitor, default = Locale.get_active(), Locale.get_default()
    listed = localized(Page.objects.live().public(), visitor)
    found = []
    for locale in dict.fromkeys([visitor, default]):
        backend = backend_for(locale.language_code)
        pages = listed.filter(locale=locale).specific()
        searches = [backend.search, backend.autocomplete] if whole_words else [backend.autocomplete]
        for search in searches:
            found += [page for page in search(query, pages)[:limit] if page not in found]
    return found[:limit]


def search(request):
    """Search the titles and bodies of published pages in the visitor's language, and of the pages
    not translated into it yet in the default language."""
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    results = matching_pages(query, MAX_RESULTS) if query else []
    page_of_results = Paginator(results, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
    return render(
        request,
        "home/search.html",
        {"query": query, "results": page_of_results},
    )


def suggest(request):
    """Titles of pages whose words start with what the visitor has typed, for the search form."""
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    pages = matching_pages(query, MAX_SUGGESTIONS, whole_words=False) if query else []
    return JsonResponse(
        {"results": [{"title": page.title, "url": url_for_visitor(page, request)} for page in pages]}
    )
