"""Browsing the library: the filters, facets, sorting and pagination shared by the library page
and the API. Every query here is a fixed number of SQL statements, whatever the library's size."""

import json
from collections import Counter
from dataclasses import dataclass, fields
from datetime import datetime

from django.conf import settings
from django.core.paginator import Paginator
from django.db import connection
from django.db.models import Count, Prefetch
from django.db.models.expressions import RawSQL
from django.db.models.functions import ExtractYear, Lower
from django.utils.translation import get_language

from home.topics import Topic

from .audiences import is_member, visible_documents
from .models import Audience, DocumentKind, DocumentLanguage, DocumentTopic, DocumentTranslation
from .search import clean_query, search_documents

SORTS = ("relevance", "newest", "title")
MAX_ISSUER_FACETS = 15


@dataclass
class LibraryFilters:
    q: str = ""
    kind: str = ""
    topic: str = ""
    language: str = ""
    issuer: str = ""
    year: int | None = None
    audience: str = ""
    in_force: bool | None = None
    sort: str = ""
    #: Only documents changed since then (the API's sync; not a filter of the page).
    updated_since: datetime | None = None

    @classmethod
    def from_params(cls, params):
        """Read filters from a query dict, dropping values that are not valid choices."""
        values = {field.name: (params.get(field.name) or "").strip() for field in fields(cls)}
        year = values["year"]
        return cls(
            q=clean_query(values["q"]),
            kind=values["kind"] if values["kind"] in DocumentKind.values else "",
            topic=values["topic"] if values["topic"] in Topic.values else "",
            language=values["language"] if values["language"] in dict(settings.LANGUAGES) else "",
            issuer=values["issuer"][:200],
            year=int(year) if year.isdigit() and 1800 <= int(year) <= 2200 else None,
            audience=values["audience"] if values["audience"] in Audience.values else "",
            in_force={"true": True, "1": True, "false": False, "0": False}.get(values["in_force"]),
            sort=values["sort"] if values["sort"] in SORTS else "",
        )

    @property
    def effective_sort(self):
        if self.sort == "relevance" and not self.q:
            return "newest"
        return self.sort or ("relevance" if self.q else "newest")


def filtered_documents(user, filters):
    """The documents the user may see that match the filters (unsorted, without rank)."""
    documents = visible_documents(user)
    if filters.kind:
        documents = documents.filter(kind=filters.kind)
    if filters.topic:
        documents = documents.filter(
            pk__in=DocumentTopic.objects.filter(topic=filters.topic).values("document")
        )
    if filters.language:
        documents = documents.filter(
            pk__in=DocumentLanguage.objects.filter(language=filters.language).values("document")
        )
    if filters.issuer:
        documents = documents.filter(issuer=filters.issuer)
    if filters.year:
        documents = documents.filter(publication_date__year=filters.year)
    if filters.audience:
        documents = documents.filter(audience=filters.audience)
    if filters.in_force is not None:
        documents = documents.filter(superseded_by__isnull=filters.in_force)
    if filters.updated_since is not None:
        documents = documents.filter(updated_at__gte=filters.updated_since)
    return search_documents(documents, filters.q) if filters.q else documents


def sorted_documents(documents, filters):
    sort = filters.effective_sort
    if sort == "relevance":
        ordering = ("-rank", "-publication_date", "-pk")
    elif sort == "title":
        ordering = (Lower("title"), "pk")
    else:
        ordering = ("-publication_date", "-created_at", "-pk")
    return documents.order_by(*ordering)


def with_listing_relations(documents):
    """What a listing shows of each document, in three extra queries for the whole page."""
    return documents.select_related("superseded_by").prefetch_related(
        Prefetch("translations", queryset=DocumentTranslation.objects.filter(language=get_language())),
        "languages",
        "topics",
    )


FIELD_FACETS = ("kind", "issuer", "year", "audience")
FACET_LABELS = {
    "kind": DocumentKind.choices,
    "topic": Topic.choices,
    "language": settings.LANGUAGES,
    "audience": Audience.choices,
}


def field_facets_in_sql(documents):
    """(value, count) rows of the document-field facets, one query each."""
    base = documents.model.objects.filter(pk__in=documents.order_by().values("pk")).order_by()
    base = base.annotate(year=ExtractYear("publication_date"))
    return {
        name: base.values(name).annotate(count=Count("pk")).values_list(name, "count")
        for name in FIELD_FACETS
    }


def field_facets_from_rows(rows):
    """The same counts from (kind, issuer, year, audience) rows already fetched."""
    return {name: Counter(row[index] for row in rows).items() for index, name in enumerate(FIELD_FACETS)}


def facet_counts(user, matching_ids, field_counts):
    """Counts per kind, topic, language, issuer, year (and audience for members) among the
    matching documents, each as [{value, label, count}] in the order of its choices."""
    counts = dict(field_counts)
    counts["topic"] = (
        DocumentTopic.objects.filter(document__in=matching_ids)
        .values("topic")
        .annotate(count=Count("document"))
        .values_list("topic", "count")
    )
    counts["language"] = (
        DocumentLanguage.objects.filter(document__in=matching_ids)
        .values("language")
        .annotate(count=Count("document"))
        .values_list("language", "count")
    )
    if not is_member(user):
        del counts["audience"]
    facets = {}
    for name, rows in counts.items():
        rows = [(value, count) for value, count in rows if value not in ("", None)]
        if name in FACET_LABELS:
            order = [value for value, _label in FACET_LABELS[name]]
            labels = dict(FACET_LABELS[name])
            rows.sort(key=lambda row: order.index(row[0]) if row[0] in order else len(order))
        else:
            labels = {}
            rows.sort(key=lambda row: (-row[0], 0) if name == "year" else (-row[1], row[0]))
        if name == "issuer":
            rows = rows[:MAX_ISSUER_FACETS]
        facets[name] = [
            {"value": str(value), "label": str(labels.get(value, value)), "count": count}
            for value, count in rows
        ]
    return facets


def browse(user, filters, page_number=1, page_size=None):
    """One page of matching documents, with facets: what the page and the API show."""
    documents = filtered_documents(user, filters)
    page_size = page_size or settings.LIBRARY_PAGE_SIZE
    if not filters.q:
        paginator = Paginator(with_listing_relations(sorted_documents(documents, filters)), page_size)
        matching_ids = documents.order_by().values("pk")
        return paginator.get_page(page_number), facet_counts(
            user, matching_ids, field_facets_in_sql(documents)
        )
    # Full-text matching reads every candidate's search vector: do it once, in ranked order,
    # fetching what the field facets count, and let the rest work on the matching ids.
    rows = list(
        sorted_documents(documents, filters)
        .annotate(year=ExtractYear("publication_date"))
        .values_list("pk", *FIELD_FACETS)
    )
    page = Paginator([row[0] for row in rows], page_size).get_page(page_number)
    by_id = {
        document.pk: document
        for document in with_listing_relations(documents.model.objects.filter(pk__in=page.object_list))
    }
    page.object_list = [by_id[pk] for pk in page.object_list]
    field_counts = field_facets_from_rows([row[1:] for row in rows])
    return page, facet_counts(user, id_list([row[0] for row in rows]), field_counts)


def id_list(ids):
    """A subquery over a list of ids passed as one parameter (an array on PostgreSQL, JSON on
    SQLite), which keeps queries over thousands of matches short to build and to plan."""
    if connection.vendor == "postgresql":
        return RawSQL("SELECT unnest(%s::bigint[])", (ids,))
    return RawSQL("SELECT value FROM json_each(%s)", (json.dumps(ids),))
