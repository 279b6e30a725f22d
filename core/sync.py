"""Sync for apps: a public list asked with `updated_since` answers only what was published or
changed since, and `deleted` names what left the list since, so an app fetches only what
changed. What left is read from what already records it: Wagtail's log (a page deleted,
unpublished or made private; any other action a list names) and the bin (core.bin: a record
deleted)."""

from django.contrib.contenttypes.models import ContentType
from wagtail.log_actions import registry
from wagtail.models import PageLogEntry

from .models import BinEntry

#: Wagtail's log actions after which a page is no longer in a public list.
PAGE_WITHDRAWN_ACTIONS = ("wagtail.delete", "wagtail.unpublish", "wagtail.view_restriction.create")


def withdrawn_since(since, listed, actions=PAGE_WITHDRAWN_ACTIONS):
    """Ids of records of `listed`'s model that left since `since` (logged with one of `actions`,
    or put in the bin) and are not in the list `listed` again: an app that synced before removes
    them."""
    model = listed.model
    content_type = ContentType.objects.get_for_model(model)
    log_model = registry.get_log_model_for_model(model)
    id_field = "page_id" if log_model is PageLogEntry else "object_id"
    logged = log_model.objects.filter(
        action__in=actions, timestamp__gte=since, content_type=content_type
    ).values_list(id_field, flat=True)
    binned = BinEntry.objects.filter(content_type=content_type, deleted_at__gte=since).values_list(
        "object_id", flat=True
    )
    to_id = model._meta.pk.to_python
    withdrawn = {to_id(value) for value in (*logged, *binned)}
    return sorted(withdrawn - set(listed.filter(pk__in=withdrawn).values_list("pk", flat=True)))
