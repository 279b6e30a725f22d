"""What Wagtail's content API (/api/v3/) lacks, applied before its routers are built.

Two input checks turn a crash on bad input (a 500) into a validation error (a 422 that says what
is wrong):
- `offset` has no upper bound, so an offset beyond 64 bits reaches the database, which fails;
  `limit` is capped only at run time (a 400 the OpenAPI document does not announce).
- a request body that is not a JSON object (an array, a number) crashes the discriminator that
  picks the page or snippet type.
And published pages stay readable with a token: Wagtail scopes every page read by a signed-in
caller to the pages the caller may edit, so a participant's app saw no page at all.
All are reported upstream; remove this module once Wagtail does them itself."""

import sys

from annotated_types import Ge, Le
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

#: The largest value a PostgreSQL bigint (and an SQLite integer) can hold.
DATABASE_INTEGER_MAX = 2**63 - 1
ROUTER_MODULES = ("wagtail.api.v3.routers.pages", "wagtail.snippets.api.v3.router")
#: The page reads that show what is published (a draft is asked for with `version=draft`).
PUBLISHED_PAGE_READS = ("list_pages", "find_page", "detail_page")


def apply():
    already_built = [name for name in ROUTER_MODULES if name in sys.modules]
    if already_built:
        raise ImproperlyConfigured(
            f"{', '.join(already_built)} imported before integration_site is ready: "
            "list integration_site first in INSTALLED_APPS."
        )
    bound_pagination()
    refuse_bodies_that_are_not_objects()
    let_every_caller_read_published_pages()


def bound_pagination():
    from wagtail.api.v3.pagination import WagtailLimitOffsetPagination

    fields = WagtailLimitOffsetPagination.Input.model_fields
    fields["offset"].metadata[:] = [Ge(0), Le(DATABASE_INTEGER_MAX)]
    limit_max = getattr(settings, "WAGTAILAPI_LIMIT_MAX", 20)
    fields["limit"].metadata[:] = [Ge(1), Le(DATABASE_INTEGER_MAX if limit_max is None else limit_max)]
    WagtailLimitOffsetPagination.Input.model_rebuild(force=True)


def refuse_bodies_that_are_not_objects():
    from wagtail.api.v3.schemas import base

    pick_type = base.discriminate_meta_type

    def discriminate_meta_type(value):
        if isinstance(value, dict) or hasattr(value, "meta") or hasattr(type(value), "_meta"):
            return pick_type(value)
        return None  # no union member matches: Pydantic reports a validation error

    base.discriminate_meta_type = discriminate_meta_type


def let_every_caller_read_published_pages():
    """A signed-in caller reads what an anonymous one reads (live pages, minus those whose view
    restriction refuses this caller) and, as before, the pages they may edit. Drafts and
    revisions, and every write, keep Wagtail's editing scope."""
    from django.db.models import Q
    from ninja.errors import HttpError
    from wagtail.api.querysets import get_public_pages_queryset
    from wagtail.api.v3 import querysets

    pages_the_caller_may_edit = querysets.get_pages_queryset

    def get_pages_queryset(request, model=querysets.Page):
        editable = pages_the_caller_may_edit(request, model)
        match = getattr(request, "resolver_match", None)
        if (
            not request.user.is_authenticated
            or match is None
            or match.url_name not in PUBLISHED_PAGE_READS
            or request.GET.get("version") == "draft"
        ):
            return editable
        try:
            published = get_public_pages_queryset(request, model)
        except ValueError as error:  # ?site= named more than one site
            raise HttpError(400, str(error)) from error
        readable = Q(pk__in=published.values("pk")) | Q(pk__in=editable.values("pk"))
        return model._default_manager.filter(readable).select_related("content_type", "locale").order_by("pk")

    querysets.get_pages_queryset = get_pages_queryset
