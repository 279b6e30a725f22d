"""Which page type and library kind each Plone item becomes. The defaults suit a typical
integration-centre site; a JSON mapping file (`--mapping`) overrides them:

    {
      "orientation_topics": {"/en/guides/residence": "residence"},
      "orientation_by_subject": true,
      "document_kinds": {"/ro/documente/legi": "law"},
      "event_kind": "intercultural"
    }

- A Document becomes an orientation topic page when its path starts with a prefix listed in
  `orientation_topics`, or (with `orientation_by_subject`, the default) when it sits directly in
  a language root and one of its keywords is a topic (residence, work, health...). Any other
  Document becomes a standard page.
- A File's library kind is the first keyword that is a kind (law, procedure, form...), else the
  kind of the longest matching prefix in `document_kinds`, else "informational".
"""

import json
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from events.models import EventKind
from home.topics import Topic
from library.models import DocumentKind

from .reader import ExportError


@dataclass
class Mapping:
    orientation_topics: dict = field(default_factory=dict)
    orientation_by_subject: bool = True
    document_kinds: dict = field(default_factory=dict)
    event_kind: str = EventKind.INTERCULTURAL

    @classmethod
    def load(cls, path=None):
        if not path:
            return cls()
        try:
            with open(path, encoding="utf-8") as handle:
                data = json.load(handle)
        except (OSError, ValueError) as error:
            raise ExportError(_("The mapping file cannot be read: %(error)s") % {"error": error}) from None
        mapping = cls(
            orientation_topics=data.get("orientation_topics", {}),
            orientation_by_subject=bool(data.get("orientation_by_subject", True)),
            document_kinds=data.get("document_kinds", {}),
            event_kind=data.get("event_kind", EventKind.INTERCULTURAL),
        )
        mapping.check()
        return mapping

    def check(self):
        wrong = [value for value in self.orientation_topics.values() if value not in Topic.values]
        wrong += [value for value in self.document_kinds.values() if value not in DocumentKind.values]
        if self.event_kind not in EventKind.values:
            wrong.append(self.event_kind)
        if wrong:
            raise ExportError(
                _("The mapping file names unknown values: %(values)s") % {"values": ", ".join(wrong)}
            )

    def topic_for(self, entry, subjects, in_language_root):
        prefix = longest_prefix(self.orientation_topics, entry.path)
        if prefix is not None:
            return self.orientation_topics[prefix]
        if self.orientation_by_subject and in_language_root:
            return next((subject for subject in subjects if subject in Topic.values), None)
        return None

    def kind_for(self, entry, subjects):
        kind = next((subject for subject in subjects if subject in DocumentKind.values), None)
        if kind:
            return kind
        prefix = longest_prefix(self.document_kinds, entry.path)
        return self.document_kinds[prefix] if prefix is not None else DocumentKind.INFORMATIONAL


def longest_prefix(prefixes, path):
    matches = [prefix for prefix in prefixes if path == prefix or path.startswith(prefix.rstrip("/") + "/")]
    return max(matches, key=len) if matches else None
