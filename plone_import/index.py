"""The first pass over an export: a small entry per item (no text, no blobs) so that the second
pass can place each item, resolve links to items it has not reached yet and find translation
groups, default pages and who may see what. Reading the whole export here also means a damaged
file is refused before anything is written."""

import hashlib
import json
import uuid

from django.conf import settings
from django.utils.translation import gettext as _

PAGE_TYPES = {"Folder", "Document", "News Item", "Event", "LRF", "LIF"}
ASSET_TYPES = {"File", "Image"}
OTHER_TYPES = {"Link", "Collection"}
PUBLISHED_STATES = {"published", "published_internally", "visible", "external", None}
READER_ROLES = {"Reader", "Editor", "Contributor", "Reviewer"}
#: Relations shown to readers as related items: Dexterity's field and Archetypes' relationship.
RELATED_ITEMS = {"relatedItems", "relatesTo"}
TRANSLATION_NAMESPACE = uuid.UUID("1c8f8a4e-8a4c-4bd0-9b1e-6f3c5c0f4a11")


class Entry:
    __slots__ = (
        "uid",
        "type",
        "raw_path",
        "path",
        "parent_uid",
        "language",
        "state",
        "title",
        "folderish",
        "remote_url",
        "checksum",
        "group",
    )

    def __init__(self, item):
        self.uid = item["UID"]
        self.type = item["@type"]
        self.raw_path = item["raw_path"]
        self.path = item["raw_path"]
        self.parent_uid = item["parent_uid"]
        self.language = item["language"]
        self.state = item.get("review_state")
        self.title = str(item.get("title") or item.get("id") or self.uid)[:255]
        self.folderish = bool(item.get("is_folderish"))
        self.remote_url = item.get("remoteUrl") if self.type == "Link" else None
        self.checksum = checksum(item)
        self.group = None

    @property
    def published(self):
        return self.state in PUBLISHED_STATES


def checksum(item):
    data = {key: value for key, value in item.items() if key not in ("html",)}
    return hashlib.sha256(json.dumps(data, sort_keys=True, default=str).encode()).hexdigest()


class ExportIndex:
    def __init__(self, export, report):
        self.export = export
        self.report = report
        self.entries = {}
        self.by_path = {}
        self.site_root_path = None
        self.default_page_of = {}  # default page uid -> folder uid
        self.local_roles = {}
        self.positions = {}  # uid -> position among its siblings in Plone
        self.translation_groups = {}  # group key -> {language: uid}
        self.related = {}  # uid -> [uids of its related items], in the export's order
        self.invalid = 0

    def build(self):
        for item in self.export.items():
            self.report.items_read += 1
            if item.get("__invalid__") or not item.get("UID") or not item.get("@type"):
                self.invalid += 1
                continue
            entry = Entry(item)
            if entry.uid in self.entries:
                self.report.note(
                    _("The UID %(uid)s appears twice; its first item was used.") % {"uid": entry.uid}
                )
                continue
            if self.site_root_path is None and item["parent_is_root"]:
                self.site_root_path = item["parent_raw_path"]
            self.entries[entry.uid] = entry
            for related in item.get("relatedItems") or []:
                self.relate(entry.uid, related.get("UID") if isinstance(related, dict) else related)
        if self.invalid:
            self.report.note(
                _("%(count)s entries without UID or type were ignored.") % {"count": self.invalid}
            )
        self.site_root_path = self.site_root_path or ""
        for entry in self.entries.values():
            if self.site_root_path and entry.raw_path.startswith(self.site_root_path + "/"):
                entry.path = entry.raw_path[len(self.site_root_path) :]
            self.by_path[entry.path] = entry.uid
        for entry in self.entries.values():
            entry.language = self.language_of(entry)
        self.read_side_exports()
        return self

    def language_of(self, entry, depth=0):
        if entry.language:
            return entry.language
        parent = self.entries.get(entry.parent_uid)
        if parent is not None and depth < 50:
            return self.language_of(parent, depth + 1)
        return settings.LANGUAGE_CODE

    def read_side_exports(self):
        for folder_uid, page_uid in self.export.default_pages().items():
            page = self.entries.get(page_uid)
            if folder_uid in self.entries and page is not None and page.type == "Document":
                self.default_page_of[page_uid] = folder_uid
        self.local_roles = self.export.local_roles()
        self.positions = {
            uid: position
            for uid, position in self.export.ordering().items()
            if uid in self.entries and isinstance(position, int) and position >= 0
        }
        for group in self.export.translations():
            canonical = group.pop("__canonical__", None)
            uids = [uid for uid in [canonical, *group.values()] if uid in self.entries]
            if len(uids) < 2:
                continue
            key = min(uids)
            languages = {}
            for uid in uids:
                entry = self.entries[uid]
                if entry.language in languages and languages[entry.language] != uid:
                    self.report.note(
                        _("Two items of one translation group are in %(language)s: %(path)s was kept apart.")
                        % {"language": entry.language, "path": entry.path}
                    )
                    continue
                languages[entry.language] = uid
                entry.group = key
            self.translation_groups[key] = languages
        self.read_relations()

    def relate(self, uid, target_uid):
        if isinstance(target_uid, str) and target_uid and target_uid != uid:
            targets = self.related.setdefault(uid, [])
            if target_uid not in targets:
                targets.append(target_uid)

    def read_relations(self):
        """Related items, from the item itself (plone.restapi's `relatedItems`) or the relations
        export (`relationship` in collective.exportimport, `from_attribute` in plone.exportimport).
        An item's related items count in its checksum, so a changed list is imported again."""
        for relation in self.export.relations():
            name = relation.get("relationship") or relation.get("from_attribute")
            if name in RELATED_ITEMS and relation.get("from_uuid") in self.entries:
                self.relate(relation["from_uuid"], relation.get("to_uuid"))
        for uid, targets in list(self.related.items()):
            targets = [target for target in targets if target in self.entries]
            if not targets or uid not in self.entries:
                self.related.pop(uid)
                continue
            self.related[uid] = targets
            entry = self.entries[uid]
            entry.checksum = hashlib.sha256(f"{entry.checksum} {' '.join(targets)}".encode()).hexdigest()

    def translation_key(self, entry):
        return uuid.uuid5(TRANSLATION_NAMESPACE, entry.group or entry.uid)

    def ancestors(self, entry):
        seen = 0
        parent = self.entries.get(entry.parent_uid)
        while parent is not None and seen < 100:
            yield parent
            parent = self.entries.get(parent.parent_uid)
            seen += 1

    def is_members_only(self, entry):
        """Not published, or inside a folder that is not."""
        if not entry.published:
            return True
        return any(
            not ancestor.published and ancestor.type not in ("LRF", "LIF")
            for ancestor in self.ancestors(entry)
        )

    def readers(self, entry):
        """Plone principals given a reading role on the item or, unless blocked, above it."""
        principals = set()
        for current in [entry, *self.ancestors(entry)]:
            roles = self.local_roles.get(current.uid) or {}
            for principal, granted in (roles.get("local_roles") or {}).items():
                if READER_ROLES & set(granted):
                    principals.add(principal)
            if roles.get("block"):
                break
        return principals
