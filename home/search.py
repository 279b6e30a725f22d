from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils.translation import get_language
from wagtail.models import Locale, Page

RESULTS_PER_PAGE = 10
MAX_QUERY_LENGTH = 200


def search(request):
    """Search the titles and bodies of published pages in the visitor's language only."""
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    results = Page.objects.none()
    if query:
        locale = Locale.objects.filter(language_code=get_language()).first() or Locale.get_default()
        results = Page.objects.live().public().filter(locale=locale).specific().search(query)
    page_of_results = Paginator(results, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
    return render(
        request,
        "home/search.html",
        {"query": query, "results": page_of_results},
    )
