"""Creating an imported page in a handful of queries: the same rows Wagtail's add_child,
save_revision and publish would leave (tree position, first revision, live revision, the
"created" and "published" history entries), without validating the page three times, saving it
three times and sending the editor's publish signals for a page nobody has seen yet. The search
and reference indexes are brought up to date once at the end of the import (see indexing.py)."""

from django.contrib.contenttypes.models import ContentType
from django.db.models import F
from django.utils import timezone
from wagtail.models import Page, PageLogEntry, Revision


def relation_fields(model):
    """Fields whose validation costs a query each; the importer sets them to existing rows."""
    return [field.name for field in model._meta.concrete_fields if field.is_relation]


def validate(page):
    page.full_clean(exclude=relation_fields(type(page)), validate_unique=False, validate_constraints=False)


def place(parent, page, position):
    """Put `page` under `parent` (its row locked, as treebeard's add_child does): at its Plone
    position when that place in the tree is free (sibling paths may leave gaps, so pages written
    in any order still sort as in Plone), else last."""
    node = Page.objects.select_for_update().only("path", "depth").get(pk=parent.pk)
    page.depth = node.depth + 1
    wanted = Page._get_path(node.path, page.depth, position + 1) if position is not None else None
    if wanted and not Page.objects.filter(path=wanted).exists():
        page.path = wanted
    else:
        last_path = (
            Page.objects.filter(path__startswith=node.path, depth=page.depth)
            .order_by("-path")
            .values_list("path", flat=True)
            .first()
        )
        page.path = (
            Page(path=last_path)._inc_path() if last_path else Page._get_path(node.path, page.depth, 1)
        )
    page._cached_parent_obj = parent
    page._is_site_root = False  # spares Page.save the query; an imported page never is one
    return node


def create_page(parent, page, *, position, publish, user):
    """Insert `page` (unsaved) under `parent` with its first revision, published or as a draft."""
    now = timezone.now()
    page.live = publish
    page.has_unpublished_changes = not publish
    page.draft_title = page.title
    if publish:
        page.first_published_at = page.last_published_at = now
    page.owner = user
    node = place(parent, page, position)
    validate(page)
    page.save(clean=False)
    Page.objects.filter(pk=node.pk).update(numchild=F("numchild") + 1)
    revision = Revision.objects.create(
        content_object=page,
        base_content_type=page.get_base_content_type(),
        user=user,
        content=page.serializable_data(),
        object_str=str(page),
    )
    page.latest_revision = revision
    page.live_revision = revision if publish else None
    Page.objects.filter(pk=page.pk).update(latest_revision=revision, live_revision=page.live_revision)
    content_type = ContentType.objects.get_for_model(page, for_concrete_model=False)
    actions = ["wagtail.create", "wagtail.publish"] if publish else ["wagtail.create"]
    PageLogEntry.objects.bulk_create(
        PageLogEntry(
            content_type=content_type,
            page=page,
            label=page.get_admin_display_title(),
            action=action,
            timestamp=now,
            user=user,
            revision=revision,
            content_changed=True,
        )
        for action in actions
    )
    return page
