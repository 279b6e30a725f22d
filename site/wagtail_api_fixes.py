"""Two input checks Wagtail's content API (/api/v3/) lacks, applied before its routers are built.

Both turn a crash on bad input (a 500) into a validation error (a 422 that says what is wrong):
- `offset` has no upper bound, so an offset beyond 64 bits reaches the database, which fails;
  `limit` is capped only at run time (a 400 the OpenAPI document does not announce).
- a request body that is not a JSON object (an array, a number) crashes the discriminator that
  picks the page or snippet type.
Both are reported upstream; remove this module once Wagtail checks them itself."""

import sys

from annotated_types import Ge, Le
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

#: The largest value a PostgreSQL bigint (and an SQLite integer) can hold.
DATABASE_INTEGER_MAX = 2**63 - 1
ROUTER_MODULES = ("wagtail.api.v3.routers.pages", "wagtail.snippets.api.v3.router")


def apply():
    already_built = [name for name in ROUTER_MODULES if name in sys.modules]
    if already_built:
        raise ImproperlyConfigured(
            f"{', '.join(already_built)} imported before integration_site is ready: "
            "list integration_site first in INSTALLED_APPS."
        )
    bound_pagination()
    refuse_bodies_that_are_not_objects()


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
