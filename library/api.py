"""The library's API at /api/library/: the library page's search, filters, facets and pagination,
and each document's detail. Members (signed in by session or API token) also get members-only
documents; everyone else never sees them, not even by id."""

from dataclasses import replace
from datetime import date, datetime
from typing import Literal

from django.conf import settings
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from ninja import Field, Query, Router, Schema

from core.sync import withdrawn_since
from home.topics import Topic
from integration_site.api_auth import optional_sign_in
from integration_site.api_types import IsoDateTime

from .audiences import MADE_MEMBERS_ONLY, is_member, visible_documents
from .catalogue import SORTS, LibraryFilters, browse, with_listing_relations
from .models import Audience, DocumentKind

router = Router(tags=["library"])

KindName = Literal[tuple(DocumentKind.values)]
TopicName = Literal[tuple(Topic.values)]
LanguageCode = Literal[tuple(code for code, _name in settings.LANGUAGES)]
AudienceName = Literal[tuple(Audience.values)]
SortName = Literal[SORTS]


class LibraryFilterQuery(Schema):
    q: str = Field("", max_length=200, description="Words to search for (web search syntax).")
    kind: KindName | None = None
    topic: TopicName | None = None
    language: LanguageCode | None = None
    issuer: str = Field("", max_length=200)
    year: int | None = Field(None, ge=1800, le=2200)
    audience: AudienceName | None = Field(None, description="Only members may filter by audience.")
    in_force: bool | None = None
    sort: SortName | None = None
    page: int = Field(1, ge=1)
    page_size: int = Field(20, ge=1, le=100)
    updated_since: IsoDateTime | None = Field(
        None,
        description="Only documents added or changed since then (ISO 8601, e.g. the `synced_at` "
        "of the last answer); `deleted` then lists the documents withdrawn since.",
    )


class LibraryFacetOut(Schema):
    value: str
    label: str
    count: int


class LibraryDocumentOut(Schema):
    id: int
    title: str = Field(description="The title in the request's language, if translated.")
    original_title: str
    summary: str
    kind: str
    kind_label: str
    audience: str
    issuer: str
    publication_date: date | None
    languages: list[str]
    topics: list[str]
    in_force: bool
    superseded_by: int | None
    file_extension: str
    file_size: int | None
    download_url: str
    detail_url: str


class LibraryDocumentDetailOut(LibraryDocumentOut):
    supersedes: list[int]


class LibraryDocumentListOut(Schema):
    count: int
    page: int
    pages: int
    results: list[LibraryDocumentOut]
    facets: dict[str, list[LibraryFacetOut]]
    deleted: list[int] = Field(
        description="With `updated_since`: ids of documents deleted or made members-only since "
        "then that you may no longer see. Empty without it."
    )
    synced_at: datetime = Field(description="When this answer was made: the next `updated_since`.")


def document_out(request, document, member):
    newer = document.superseded_by
    return {
        "id": document.pk,
        "title": document.display_title,
        "original_title": document.title,
        "summary": document.display_summary,
        "kind": document.kind,
        "kind_label": str(document.get_kind_display()),
        "audience": document.audience,
        "issuer": document.issuer,
        "publication_date": document.publication_date,
        "languages": [row.language for row in document.languages.all()],
        "topics": [row.topic for row in document.topics.all()],
        "in_force": document.in_force,
        "superseded_by": newer.pk if newer and (member or newer.audience == Audience.PUBLIC) else None,
        "file_extension": document.file_extension,
        "file_size": document.file_size,
        "download_url": request.build_absolute_uri(document.url),
        "detail_url": request.build_absolute_uri(
            reverse("api:library_document", kwargs={"document_id": document.pk})
        ),
    }


def filters_from(params, member):
    """The page's filters from validated query parameters (audience only for members)."""
    raw = {
        key: "" if value is None else str(value).lower() if isinstance(value, bool) else str(value)
        for key, value in params.model_dump(exclude={"page", "page_size", "updated_since"}).items()
    }
    if not member:
        raw["audience"] = ""
    return replace(LibraryFilters.from_params(raw), updated_since=params.updated_since)


@router.get(
    "/documents/",
    response=LibraryDocumentListOut,
    auth=optional_sign_in,
    operation_id="library_documents_list",
    url_name="library_documents",
    summary="Search and filter library documents",
)
def list_documents(request, params: Query[LibraryFilterQuery]):
    synced_at = timezone.now()
    member = is_member(request.user)
    filters = filters_from(params, member)
    page, facets = browse(request.user, filters, params.page, params.page_size)
    deleted = []
    if params.updated_since is not None:
        deleted = withdrawn_since(params.updated_since, visible_documents(request.user), (MADE_MEMBERS_ONLY,))
    return {
        "count": page.paginator.count,
        "page": page.number,
        "pages": page.paginator.num_pages,
        "results": [document_out(request, document, member) for document in page.object_list],
        "facets": facets,
        "deleted": deleted,
        "synced_at": synced_at,
    }


@router.get(
    "/documents/{document_id}/",
    response=LibraryDocumentDetailOut,
    auth=optional_sign_in,
    operation_id="library_document_detail",
    url_name="library_document",
    summary="One library document",
)
def document_detail(request, document_id: int):
    visible = visible_documents(request.user)
    document = get_object_or_404(with_listing_relations(visible), pk=document_id)
    member = is_member(request.user)
    return {
        **document_out(request, document, member),
        "supersedes": list(visible.filter(superseded_by=document).values_list("pk", flat=True)),
    }
