from django.urls import path

from . import search

urlpatterns = [
    path("search/", search.search, name="search"),
]
