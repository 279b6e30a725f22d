from django.core.paginator import Paginator
from django.shortcuts import render
from wagtail.models import Page

from core.translations import localized

RESULTS_PER_PAGE = 10
MAX_QUERY_LENGTH = 200


def search(request):
    """Search the titles and bodies of published pages in the visitor's language, and of the pages
    not translated into it yet in the default language."""
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    results = Page.objects.none()
    if query:
        results = localized(Page.objects.live().public()).specific().search(query)
    page_of_results = Paginator(results, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
    return render(
        request,
        "home/search.html",
        {"query": query, "results": page_of_results},
    )
