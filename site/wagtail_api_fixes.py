"""What Wagtail's content API (/api/v3/) lacks, applied before its routers are built.

Two input checks turn a crash on bad input (a 500) into a validation error (a 422 that says what
is wrong):
- `offset` has no upper bound, so an offset beyond 64 bits reaches the database, which fails;
  `limit` is capped only at run time (a 400 the OpenAPI document does not announce).
- a request body that is not a JSON object (an array, a number) crashes the discriminator that
  picks the page or snippet type.
And published pages stay readable with a token: Wagtail scopes every page read by a signed-in
caller to the pages the caller may edit, so a participant's app saw no page at all.
Listing published pages by `?locale=` shows what a reader of that language finds on the site:
its pages, and pages of the default language not translated yet (their `meta.locale` says so),
as every list of the site does; drafts keep the strict filter, which editors work with.
All are reported upstream; remove this module once Wagtail does them itself."""

import sys

from annotated_types import Ge, Le
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db.models import Q

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
    list_untranslated_pages_in_every_language()


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


def reads_published_pages(request, url_names=PUBLISHED_PAGE_READS):
    match = getattr(request, "resolver_match", None)
    return match is not None and match.url_name in url_names and request.GET.get("version") != "draft"


def let_every_caller_read_published_pages():
    """A signed-in caller reads what an anonymous one reads (live pages, minus those whose view
    restriction refuses this caller) and, as before, the pages they may edit. Drafts and
    revisions, and every write, keep Wagtail's editing scope."""
    from ninja.errors import HttpError
    from wagtail.api.querysets import get_public_pages_queryset
    from wagtail.api.v3 import querysets

    pages_the_caller_may_edit = querysets.get_pages_queryset

    def get_pages_queryset(request, model=querysets.Page):
        editable = pages_the_caller_may_edit(request, model)
        if not request.user.is_authenticated or not reads_published_pages(request):
            return editable
        try:
            published = get_public_pages_queryset(request, model)
        except ValueError as error:  # ?site= named more than one site
            raise HttpError(400, str(error)) from error
        readable = Q(pk__in=published.values("pk")) | Q(pk__in=editable.values("pk"))
        return model._default_manager.filter(readable).select_related("content_type", "locale").order_by("pk")

    querysets.get_pages_queryset = get_pages_queryset


def list_untranslated_pages_in_every_language():
    from django.shortcuts import get_object_or_404
    from wagtail.api.v3.routers.pages import PageFilterSchema
    from wagtail.models import Locale, Page

    strict_filter = PageFilterSchema.filter

    def filter_as_a_reader_of_the_language(self, queryset, request=None):
        if not self.locale or request is None or not reads_published_pages(request, ("list_pages",)):
            return strict_filter(self, queryset, request)
        locale = get_object_or_404(Locale, language_code=self.locale)
        queryset = strict_filter(self.model_copy(update={"locale": None}), queryset, request)
        default = Locale.get_default()
        if locale.pk == default.pk:
            return queryset.filter(locale=locale)
        translated = Page.objects.filter(locale=locale, live=True).values("translation_key")
        return queryset.filter(Q(locale=locale) | (Q(locale=default) & ~Q(translation_key__in=translated)))

    PageFilterSchema.filter = filter_as_a_reader_of_the_language
