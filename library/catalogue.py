"""Browsing the library: the filters, facets, sorting and pagination shared by the library page
and the API. Every query here is a fixed number of SQL statements, whatever the library's size."""

from dataclasses import dataclass, fields

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Count, Prefetch
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
        documents = documents.filter(pk__in=DocumentTopic.objects.filter(topic=filters.topic).values("document"))
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


def facet_counts(user, documents):
    """Counts per kind, topic, language, issuer, year (and audience for members) among the
    matching documents: one query per facet."""
    matching = documents.order_by().values("pk")
    base = documents.model.objects.filter(pk__in=matching).order_by()
    labels = {
        "kind": dict(DocumentKind.choices),
        "topic": dict(Topic.choices),
        "language": dict(settings.LANGUAGES),
        "audience": dict(Audience.choices),
    }
    facets = {
        "kind": base.values("kind").annotate(count=Count("pk")).values_list("kind", "count"),
        "topic": DocumentTopic.objects.filter(document__in=matching).values("topic")
        .annotate(count=Count("document")).values_list("topic", "count"),
        "language": DocumentLanguage.objects.filter(document__in=matching).values("language")
        .annotate(count=Count("document")).values_list("language", "count"),
        "issuer": base.exclude(issuer="").values("issuer").annotate(count=Count("pk"))
        .order_by("-count", "issuer").values_list("issuer", "count")[:MAX_ISSUER_FACETS],
        "year": base.exclude(publication_date=None).annotate(year=ExtractYear("publication_date"))
        .values("year").annotate(count=Count("pk")).order_by("-year").values_list("year", "count"),
    }
    if is_member(user):
        facets["audience"] = base.values("audience").annotate(count=Count("pk")).values_list("audience", "count")
    result = {}
    for name, rows in facets.items():
        choices = labels.get(name)
        entries = [
            {"value": str(value), "label": str(choices.get(value, value)) if choices else str(value), "count": count}
            for value, count in rows
        ]
        if choices:
            entries.sort(key=lambda entry: list(choices).index(entry["value"]) if entry["value"] in choices else 99)
        result[name] = entries
    return result


def browse(user, filters, page_number=1, page_size=None):
    """One page of matching documents, with facets: what the page and the API show."""
    documents = filtered_documents(user, filters)
    paginator = Paginator(
        with_listing_relations(sorted_documents(documents, filters)),
        page_size or settings.LIBRARY_PAGE_SIZE,
    )
    page = paginator.get_page(page_number)
    return page, facet_counts(user, documents)
