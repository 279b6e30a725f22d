"""The content bundle at /api/home/bundle/{locale}: every page, the coming events and the
centre's contact details of one language in one compressed download, for apps that work
offline (see home/bundle.py)."""

import gzip
from datetime import datetime
from typing import Any

from django.http import HttpResponse, HttpResponseNotModified
from django.utils.cache import parse_etags, patch_vary_headers
from ninja import Field, Router, Schema

from integration_site.api_types import SiteLanguage

from .bundle import content_bundle

router = Router(tags=["content"])


class BundlePageOut(Schema):
    id: int
    translation_key: str = Field(description="The same for a page and its translations.")
    parent_translation_key: str | None = Field(description="The parent page's `translation_key`.")
    type: str = Field(description="The page type, e.g. `home.orientationtopicpage`.")
    title: str
    content_language: str = Field(description="The language of the title and texts.")
    fallback: bool = Field(
        description="True when the page is not translated into the bundle's language yet: it "
        "comes in the site's default language, as the pages show it."
    )
    url: str
    last_published_at: datetime | None
    search_description: str
    content: dict[str, Any] = Field(
        description="The page type's fields as Wagtail's pages API names them (`/api/v3/pages/`): "
        "rich text as Wagtail's HTML, stream fields as blocks, images and pages by id."
    )


class BundleEventOut(Schema):
    id: int
    translation_key: str
    title: str
    summary: str
    content_language: str
    fallback: bool
    url: str
    kind: str
    mode: str
    place: str
    address: str
    online_link: str
    organiser: str
    start: datetime
    end: datetime
    date: str = Field(
        description="Identifies this date of a repeating event when registering; empty otherwise."
    )
    languages: list[str]
    price: str
    accessibility_notes: str
    childcare_notes: str


class BundleEmergencyNumberOut(Schema):
    service: str
    number: str


class BundleContactOut(Schema):
    organisation: str
    address: str
    phone: str
    email: str
    opening_hours: str
    emergency_numbers: list[BundleEmergencyNumberOut]
    content_language: str
    fallback: bool


class ContentBundleOut(Schema):
    generated_at: datetime = Field(description="When this content was put together.")
    locale: str
    pages: list[BundlePageOut] = Field(description="Every published page anyone may read, in tree order.")
    events: list[BundleEventOut] = Field(
        description="The coming dates of events, soonest first (places left: ask `/api/events/`)."
    )
    contact: BundleContactOut | None = Field(
        description="The centre's contact details and emergency numbers."
    )


BUNDLE_RESPONSES = {
    "responses": {
        200: {
            "description": "The bundle: a gzip-compressed JSON file (`application/gzip`; its content "
            "is the `application/json` schema). A client that asks for `Accept: application/json` "
            "alone gets it uncompressed. Keep the ETag and send it back as `If-None-Match`.",
            "headers": {"ETag": {"schema": {"type": "string"}, "description": "A strong validator."}},
            "content": {
                "application/gzip": {"schema": {"type": "string", "format": "binary"}},
                "application/json": {"schema": {"$ref": "#/components/schemas/ContentBundleOut"}},
            },
        },
        304: {"description": "Nothing changed since the bundle whose ETag was sent in `If-None-Match`."},
    }
}


def wants_plain_json(request):
    accepted = request.headers.get("Accept", "")
    return "application/json" in accepted and "application/gzip" not in accepted


@router.get(
    "/bundle/{locale}",
    response={200: ContentBundleOut, 304: None},
    auth=None,
    operation_id="content_bundle",
    url_name="content_bundle",
    summary="Everything to read in one language, in one compressed download (for offline apps)",
    openapi_extra=BUNDLE_RESPONSES,
)
def bundle(request, locale: SiteLanguage):
    found = content_bundle(locale)
    plain = wants_plain_json(request)
    etag = found.identity_etag() if plain else found.etag
    known = parse_etags(request.headers.get("If-None-Match", ""))
    if etag in known or "*" in known:
        response = HttpResponseNotModified()
    elif plain:
        response = HttpResponse(gzip.decompress(found.gzipped), content_type="application/json")
    else:
        response = HttpResponse(found.gzipped, content_type="application/gzip")
        response["Content-Disposition"] = f'attachment; filename="content-{locale}.json.gz"'
    response["ETag"] = etag
    response["Cache-Control"] = "public, no-cache"
    patch_vary_headers(response, ["Accept"])
    return response
