"""Writing imported pages in a handful of queries: the same rows Wagtail's add_child,
save_revision and publish would leave (tree position, revisions, live revision, the "created",
"edited" and "published" history entries), without validating the page three times, saving it
three times and sending the editor's publish signals for pages nobody has seen yet. The search
and reference indexes are brought up to date once at the end of the import (see indexing.py),
and the shared page cache is purged once then."""

from django.contrib.contenttypes.models import ContentType
from django.db.models import F
from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Page, PageLogEntry, Revision


def relation_fields(model):
    """Fields whose validation costs a query each; the importer sets them to existing rows."""
    return [field.name for field in model._meta.concrete_fields if field.is_relation]


def validate(page):
    page.full_clean(exclude=relation_fields(type(page)), validate_unique=False, validate_constraints=False)


class Siblings:
    """The paths and slugs of each parent's children, read once per parent and kept up to date
    as the import adds pages (the import is the only writer of the pages it creates). A page
    whose write is rolled back leaves its slot taken here, which only skips a path or a slug."""

    def __init__(self):
        self.children = {}

    def of(self, parent):
        if parent.pk not in self.children:
            rows = Page.objects.filter(path__startswith=parent.path, depth=parent.depth + 1).values_list(
                "path", "slug"
            )
            paths, slugs = set(), set()
            for path, slug in rows:
                paths.add(path)
                slugs.add(slug)
            self.children[parent.pk] = (paths, slugs)
        return self.children[parent.pk]

    def forget(self, parent):
        """After a page was added under `parent` another way (Wagtail's add_child)."""
        self.children.pop(parent.pk, None)

    def free_slug(self, parent, wanted):
        _paths, slugs = self.of(parent)
        base = slugify(wanted, allow_unicode=True)[:200] or "page"
        slug, number = base, 1
        while slug in slugs:
            number += 1
            slug = f"{base}-{number}"
        return slug

    def place(self, parent, page, position):
        """Put `page` under `parent`: at its Plone position when that place in the tree is free
        (sibling paths may leave gaps, so pages written in any order still sort as in Plone),
        else last."""
        paths, slugs = self.of(parent)
        page.depth = parent.depth + 1
        wanted = Page._get_path(parent.path, page.depth, position + 1) if position is not None else None
        if wanted and wanted not in paths:
            page.path = wanted
        elif paths:
            page.path = Page(path=max(paths))._inc_path()
        else:
            page.path = Page._get_path(parent.path, page.depth, 1)
        paths.add(page.path)
        slugs.add(page.slug)
        page._cached_parent_obj = parent
        page._is_site_root = False  # spares Page.save the query; an imported page never is one


def log_entries(page, revision, actions, user, now):
    content_type = ContentType.objects.get_for_model(page, for_concrete_model=False)
    PageLogEntry.objects.bulk_create(
        PageLogEntry(
            content_type=content_type,
            page_id=page.pk,
            label=page.get_admin_display_title(),
            action=action,
            timestamp=now,
            user=user,
            revision=revision,
            content_changed=True,
        )
        for action in actions
    )


def create_page(siblings, parent, page, *, position, publish, user):
    """Insert `page` (unsaved) under `parent` with its first revision, published or as a draft."""
    now = timezone.now()
    page.live = publish
    page.has_unpublished_changes = not publish
    page.draft_title = page.title
    if publish:
        page.first_published_at = page.last_published_at = now
    page.owner = user
    siblings.place(parent, page, position)
    validate(page)
    # The revision's content is taken before the first save: an unsaved page's child relations
    # (comments, tags) are the ones in memory, so reading them costs no query.
    content = page.serializable_data()
    page.save(clean=False, log_action=None)
    Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + 1)
    for name in ("pk", "id", "page_ptr"):
        if name in content:
            content[name] = page.pk
    content["url_path"] = page.url_path
    revision = Revision.objects.create(
        content_object=page,
        base_content_type=page.get_base_content_type(),
        user=user,
        content=content,
        object_str=str(page),
    )
    page.latest_revision = revision
    page.live_revision = revision if publish else None
    Page.objects.filter(pk=page.pk).update(latest_revision=revision, live_revision=page.live_revision)
    log_entries(
        page, revision, ["wagtail.create", "wagtail.publish"] if publish else ["wagtail.create"], user, now
    )
    return page


def save_revision(page, latest, *, publish, user):
    """Store `latest` (the page as edited, from get_latest_revision_as_object) as a new revision,
    published (the page's row takes its values, as Wagtail's publish does) or as a draft."""
    now = timezone.now()
    revision = Revision.objects.create(
        content_object=page,
        base_content_type=page.get_base_content_type(),
        user=user,
        content=latest.serializable_data(),
        object_str=str(latest),
    )
    if publish:
        latest.latest_revision = latest.live_revision = revision
        latest.live, latest.has_unpublished_changes = True, False
        latest.draft_title = latest.title
        latest.first_published_at = latest.first_published_at or now
        latest.last_published_at = now
        validate(latest)
        latest.save(clean=False, log_action=None)
        actions = ["wagtail.edit", "wagtail.publish"]
    else:
        Page.objects.filter(pk=page.pk).update(
            latest_revision=revision, has_unpublished_changes=True, draft_title=latest.title
        )
        actions = ["wagtail.edit"]
    log_entries(latest, revision, actions, user, now)
    return revision
