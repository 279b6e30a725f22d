from django.urls import path

from . import search

urlpatterns = [
    path("search/", search.search, name="search"),
    path("search/suggest/", search.suggest, name="search_suggest"),
]
