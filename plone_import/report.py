"""What an import did, item by item, summed up as JSON for the command, the file and the admin."""

from collections import Counter, defaultdict

#: How many entries of each list the report keeps (the counts stay exact).
LIST_LIMIT = 2000


class Report:
    def __init__(self, *, source, export_format, dry_run):
        self.source = source
        self.export_format = export_format
        self.dry_run = dry_run
        self.actions = Counter()
        self.by_type = defaultdict(Counter)
        self.by_language = defaultdict(Counter)
        self.skipped = []
        self.failed = []
        self.unresolved_links = []
        self.unconverted = []
        self.unknown_languages = Counter()
        self.notes = []
        self.redirects = Counter()
        self.accounts = Counter()
        self.items_read = 0
        self.seconds = 0.0

    def count(self, action, plone_type, language):
        self.actions[action] += 1
        self.by_type[plone_type][action] += 1
        self.by_language[language or "?"][action] += 1

    def skip(self, entry, reason):
        self.count("skipped", entry.type, entry.language)
        self._keep(
            self.skipped, {"uid": entry.uid, "path": entry.path, "type": entry.type, "reason": str(reason)}
        )

    def fail(self, entry, reason):
        self.count("failed", entry.type, entry.language)
        self._keep(
            self.failed, {"uid": entry.uid, "path": entry.path, "type": entry.type, "reason": str(reason)}
        )

    def links(self, entry, conversion):
        for href in conversion.unresolved:
            self._keep(self.unresolved_links, {"path": entry.path, "link": href})
        for what in conversion.unconverted:
            self._keep(self.unconverted, {"path": entry.path, "kept_as_text": what})

    def note(self, text):
        if text not in self.notes:
            self.notes.append(str(text))

    def _keep(self, bucket, entry):
        if len(bucket) < LIST_LIMIT:
            bucket.append(entry)

    def as_dict(self):
        return {
            "source": self.source,
            "format": self.export_format,
            "dry_run": self.dry_run,
            "items_read": self.items_read,
            "seconds": round(self.seconds, 2),
            "actions": dict(self.actions),
            "by_type": {name: dict(counts) for name, counts in sorted(self.by_type.items())},
            "by_language": {name: dict(counts) for name, counts in sorted(self.by_language.items())},
            "unknown_languages": dict(self.unknown_languages),
            "redirects": dict(self.redirects),
            "accounts": dict(self.accounts),
            "skipped": self.skipped,
            "failed": self.failed,
            "unresolved_links": self.unresolved_links,
            "unconverted": self.unconverted,
            "notes": self.notes,
        }
