import json
import sys
import time

from django.core.management.base import BaseCommand, CommandError

from plone_import.invitations import INVITATION_DAYS, send_invitations
from plone_import.models import ImportRun, RunStatus
from plone_import.reader import ExportError
from plone_import.services import execute_run, import_export


class Progress:
    """One line per phase, rewritten in place on a terminal, at most every half second."""

    def __init__(self, stream):
        self.stream = stream
        self.last = 0.0
        self.phase = None

    def __call__(self, phase, done, total):
        now = time.monotonic()
        if phase == self.phase and now - self.last < 0.5:
            return
        if phase != self.phase and self.phase is not None:
            self.stream.write("\n")
        self.phase, self.last = phase, now
        width = 30
        filled = int(width * min(done, total) / total) if total else width
        self.stream.write(f"\r{phase:<7} [{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
        self.stream.flush()

    def end(self):
        if self.phase is not None:
            self.stream.write("\n")


class Command(BaseCommand):
    help = (
        "Import a Plone site's export (collective.exportimport folder or plone.exportimport ZIP/folder): "
        "pages, translations, files, images, events, news, redirects. Safe to run again."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "path", help="The export: a folder, a ZIP, or collective.exportimport's Plone.json."
        )
        parser.add_argument("--dry-run", action="store_true", help="Report what would happen; write nothing.")
        parser.add_argument(
            "--mapping",
            help="A JSON file deciding page types and library kinds (see plone_import/mapping.py).",
        )
        parser.add_argument("--report", help="Write the JSON report to this file.")
        parser.add_argument(
            "--accounts", action="store_true", help="Also import Plone users and groups (without passwords)."
        )
        parser.add_argument(
            "--invite",
            action="store_true",
            help="After the import, e-mail each imported user who has no password yet a link to set one "
            f"(valid {INVITATION_DAYS} days).",
        )
        parser.add_argument(
            "--blob-home", help="The old site's blobstorage, for files exported as blob paths."
        )
        parser.add_argument("--no-progress", action="store_true")

    def handle(
        self, *args, path, dry_run, mapping, report, accounts, invite, blob_home, no_progress, **options
    ):
        progress = None if no_progress else Progress(sys.stderr)
        try:
            if dry_run:
                data = import_export(
                    path, mapping_path=mapping, dry_run=True, blob_home=blob_home, progress=progress
                ).as_dict()
            else:
                run = ImportRun.objects.create(source_name=str(path)[-255:], import_accounts=accounts)
                execute_run(run, path, mapping_path=mapping, blob_home=blob_home, progress=progress)
                if run.status == RunStatus.FAILED:
                    raise CommandError(run.error)
                data = run.report
        except ExportError as error:
            raise CommandError(str(error)) from None
        finally:
            if progress:
                progress.end()
        if report:
            with open(report, "w", encoding="utf-8") as handle:
                json.dump(data, handle, indent=2, ensure_ascii=False)
        self.stdout.write(self.summary(data))
        if invite and not dry_run:
            self.stdout.write(f"  invitations sent: {send_invitations()}")

    def summary(self, data):
        lines = [
            f"{'Dry run of' if data['dry_run'] else 'Imported'} {data['source']} ({data['format']}): "
            f"{data['items_read']} items read in {data['seconds']} s",
            "  " + ", ".join(f"{action}: {count}" for action, count in sorted(data["actions"].items())),
        ]
        for language, counts in data["by_language"].items():
            lines.append(f"  {language}: " + ", ".join(f"{a} {c}" for a, c in sorted(counts.items())))
        if data["unknown_languages"]:
            lines.append(
                "  languages not on the platform: "
                + ", ".join(f"{code} ({count})" for code, count in data["unknown_languages"].items())
            )
        if data["redirects"]:
            lines.append(
                "  redirects: " + ", ".join(f"{k} {v}" for k, v in sorted(data["redirects"].items()))
            )
        lines.append(
            f"  skipped {len(data['skipped'])}, failed {len(data['failed'])}, "
            f"links not resolved {len(data['unresolved_links'])}, "
            f"kept as text {len(data['unconverted'])}"
        )
        for entry in data["skipped"][:20] + data["failed"][:20]:
            lines.append(f"    {entry['path']}: {entry['reason']}")
        return "\n".join(lines)
