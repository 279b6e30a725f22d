"""Writing one Plone item as a Wagtail page: which page type, under which parent, with which
translation key, published or kept as a draft, and behind which view restriction."""

import uuid

from django.contrib.auth.models import Group
from django.utils.translation import gettext as _
from wagtail.images import get_image_model
from wagtail.models import Page, PageViewRestriction

from events.models import EventPage, OccurrenceException
from home.models import HomePage, NewsPage, OrientationTopicPage, StandardPage
from library.audiences import MEMBER_ROLES

from . import assets, fields
from .index import PAGE_TYPES
from .newpages import create_page, save_revision
from .objects import Skip
from .places import Places, container

KEY_CHUNK = 1000


class PageWriter:
    def __init__(self, importer):
        self.importer = importer
        self.index = importer.index
        self.objects = importer.objects
        self.places = Places()
        self.folders_with_default_page = set(self.index.default_page_of.values())
        self.folders = {}  # page id -> page of the folderish items written, the parents to come
        self._taken_keys = None

    # Entry point -------------------------------------------------------------------------------
    def write(self, item, entry):
        if entry.type == "LRF":
            home = self.places.home_for(entry.language)
            created = entry.uid not in self.objects.rows
            self.objects.record(entry.uid, entry, "page", home, self.importer.run)
            return "created" if created else "updated"
        if entry.uid in self.index.default_page_of:
            return self.write_default_page(item, entry)
        kind, page_id = self.objects.kind(entry.uid)
        existing = Page.objects.filter(pk=page_id).first() if kind == "page" else None
        parent = plone_parent = self.parent_page(entry)
        if existing is not None:
            page, model = existing.specific, existing.specific_class
        else:
            page, model = None, self.model_for(item, entry, parent)
        if model is NewsPage:
            parent = self.places.index_for("news", entry.language)
        elif model is EventPage:
            parent = self.places.index_for("events", entry.language)
        elif model is not OrientationTopicPage:
            parent = container(parent)
        if model is None:
            raise Skip(_("Items of type %(type)s are not imported.") % {"type": entry.type})
        conversion = self.importer.convert(item, entry)
        values, exceptions = self.values(model, item, entry, conversion.html, page)
        if page is None:
            # Its place among its Plone siblings, unless it went elsewhere (news and events listings).
            position = self.index.positions.get(entry.uid) if parent.pk == plone_parent.pk else None
            page = self.create(model, parent, position, item, entry, values, exceptions)
            action = "created"
        else:
            page = self.update(page, entry, values, exceptions)
            action = "updated"
        self.restrict(page, entry)
        if entry.folderish:
            self.folders[page.pk] = page
        self.objects.record(
            entry.uid, entry, "page", page, self.importer.run, unresolved=bool(conversion.unresolved)
        )
        return action

    # Placing ---------------------------------------------------------------------------------
    def parent_page(self, entry):
        home = self.places.home_for(entry.language)
        parent = self.index.entries.get(entry.parent_uid)
        if parent is None:
            return home
        kind, page_id = self.objects.kind(parent.uid)
        if kind != "page":
            return home
        page = self.folders.get(page_id) or Page.objects.filter(pk=page_id).first()
        if page is None or page.locale_id != home.locale_id:
            return home
        return page.specific

    def model_for(self, item, entry, parent):
        if entry.type in ("Folder", "LIF"):
            return StandardPage
        if entry.type == "News Item":
            return NewsPage
        if entry.type == "Event":
            return EventPage
        if entry.type == "Document":
            topic = self.mapping_topic(item, entry, parent)
            return OrientationTopicPage if topic else StandardPage
        return None

    def mapping_topic(self, item, entry, parent):
        in_root = isinstance(parent, HomePage)
        topic = self.importer.mapping.topic_for(entry, item["subjects"], in_root)
        return topic if topic and in_root else None

    # Field values ------------------------------------------------------------------------------
    def values(self, model, item, entry, html, page):
        exceptions = None
        body = fields.text_body(html, page.translation_key if page else self.index.translation_key(entry))
        if model is EventPage:
            problems = []
            values, exceptions = fields.event_fields(
                item, html, self.importer.mapping.event_kind, entry.language, problems
            )
            for problem in problems:
                self.importer.report.note(f"{entry.path}: {problem}")
        elif model is NewsPage:
            values = fields.news_fields(item, body, self.lead_image(item, entry))
        elif model is OrientationTopicPage:
            topic = (
                page.topic if page is not None else self.mapping_topic(item, entry, self.parent_page(entry))
            )
            values = fields.orientation_fields(item, body, topic)
        else:
            values = fields.standard_fields(item, body)
            if entry.uid in self.folders_with_default_page and page is not None:
                values.pop("body")  # the default page's text, set when that page is imported
        values["title"] = entry.title
        values["search_description"] = fields.description(item)[:1000]
        values["show_in_menus"] = entry.type == "Folder" and not item.get("exclude_from_nav")
        return values, exceptions

    def lead_image(self, item, entry):
        value = item.get("image")
        if not isinstance(value, dict):
            return None
        key = f"{entry.uid}#image"
        kind, image_id = self.objects.kind(key)
        existing = get_image_model().objects.filter(pk=image_id).first() if kind == "image" else None
        caption = str(item.get("image_caption") or entry.title)
        image, _created = assets.write_image(
            self.importer.export,
            item,
            value,
            caption,
            existing,
            collection=self.importer.image_collection(self.index.is_members_only(entry)),
        )
        self.objects.record(key, entry, "image", image, self.importer.run)
        return image

    # Writing ---------------------------------------------------------------------------------
    def create(self, model, parent, position, item, entry, values, exceptions):
        locale = self.places.locales[entry.language]
        translation_key = self.index.translation_key(entry)
        if (translation_key, locale.pk) in self.taken_keys():
            translation_key = uuid.uuid5(translation_key, entry.uid)
        self.taken_keys().add((translation_key, locale.pk))
        page = model(
            slug=self.places.siblings.free_slug(parent, item.get("id") or entry.title),
            locale=locale,
            translation_key=translation_key,
            live=entry.published,
            **values,
        )
        if model is NewsPage and item["subjects"]:
            page.tags.add(*item["subjects"][:20])
        if exceptions:
            page.occurrence_exceptions = [
                OccurrenceException(original_start=moment, cancelled=True) for moment in exceptions
            ]
        return create_page(
            self.places.siblings,
            parent,
            page,
            position=position,
            publish=entry.published,
            user=self.importer.user,
        )

    def taken_keys(self):
        """(translation key, locale id) of the pages that already hold the export's keys, read
        once, in chunks, then kept up to date as pages are created."""
        if self._taken_keys is None:
            keys = sorted(
                {
                    self.index.translation_key(entry)
                    for entry in self.index.entries.values()
                    if entry.type in PAGE_TYPES
                }
            )
            self._taken_keys = set()
            for start in range(0, len(keys), KEY_CHUNK):
                self._taken_keys.update(
                    Page.objects.filter(translation_key__in=keys[start : start + KEY_CHUNK]).values_list(
                        "translation_key", "locale_id"
                    )
                )
        return self._taken_keys

    def update(self, page, entry, values, exceptions):
        latest = page.get_latest_revision_as_object()
        for name, value in values.items():
            setattr(latest, name, value)
        if exceptions is not None:
            latest.occurrence_exceptions = [
                OccurrenceException(original_start=moment, cancelled=True) for moment in exceptions
            ]
        save_revision(page, latest, publish=entry.published, user=self.importer.user)
        if not entry.published and page.live:
            page.unpublish(user=self.importer.user)
        return page

    def write_default_page(self, item, entry):
        """A folder's default page is the folder's page: its text becomes that page's body."""
        folder_uid = self.index.default_page_of[entry.uid]
        kind, page_id = self.objects.kind(folder_uid)
        folder_page = Page.objects.filter(pk=page_id).first() if kind == "page" else None
        if folder_page is None or not isinstance(folder_page.specific, StandardPage):
            raise Skip(_("Its folder was not imported as a page."))
        created = entry.uid not in self.objects.rows
        conversion = self.importer.convert(item, entry)
        self.set_body(folder_page.specific, conversion.html, item)
        self.objects.record(
            entry.uid, entry, "page", folder_page, self.importer.run, unresolved=bool(conversion.unresolved)
        )
        return "created" if created else "updated"

    def set_body(self, page, html, item=None):
        latest = page.get_latest_revision_as_object()
        if isinstance(latest, EventPage):
            latest.body = html
        else:
            latest.body = fields.text_body(html, page.translation_key)
        if item is not None and not latest.intro:
            latest.intro = fields.description(item)
        save_revision(page, latest, publish=page.live, user=self.importer.user)

    def relink(self, item, entry):
        """Second conversion of a page's text, once the pages it links to exist."""
        kind, page_id = self.objects.kind(entry.uid)
        page = Page.objects.filter(pk=page_id).first() if kind == "page" else None
        if page is None:
            return
        conversion = self.importer.convert(item, entry)
        self.set_body(page.specific, conversion.html)
        self.objects.record(
            entry.uid, entry, "page", page, self.importer.run, unresolved=bool(conversion.unresolved)
        )

    # Who may see it ------------------------------------------------------------------------------
    def restrict(self, page, entry):
        """A private folder (or a private item with readers in Plone) keeps its visitors to members,
        so even published pages inside it stay hidden from the public."""
        readers = self.index.readers(entry)
        if entry.published or not (entry.folderish or readers):
            return
        restriction = PageViewRestriction.objects.filter(page=page).first()
        if restriction is None:
            restriction = PageViewRestriction.objects.create(
                page=page, restriction_type=PageViewRestriction.GROUPS
            )
        groups = [Group.objects.get_or_create(name=role)[0] for role in MEMBER_ROLES]
        groups += [self.importer.plone_groups[name] for name in readers if name in self.importer.plone_groups]
        restriction.groups.add(*groups)
