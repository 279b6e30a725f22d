"""The project's URLs plus a plain Django view answering "hello": the baseline of bench/pages.py."""

from django.http import HttpResponse
from django.urls import path

from integration_site.urls import handler500, urlpatterns  # noqa: F401


def hello(request):
    return HttpResponse("Hello, world", content_type="text/plain")


urlpatterns = [path("hello/", hello), *urlpatterns]
