from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from library.importer import import_library

HELP = """Import a folder of files into the document library, with their metadata from a CSV
manifest (UTF-8, comma-separated, one header row). Columns:
  file              required: the file's path inside the folder (PDF, DOCX, ODT, TXT, ...)
  title             required: the title in the document's own language
  kind              required: law, procedure, form, educational, informational, research,
                    report, media or minutes
  audience          public (default) or members
  summary           a short summary in the document's language
  issuer            the authority, organisation or publication it comes from
  publication_date  YYYY-MM-DD
  languages         codes of the languages it is written in, separated by ";" (ro;pl)
  topics            residence, work, health, education, housing, social-services,
                    emergencies, language; separated by ";"
  title_<code>, summary_<code>   translated title and summary, e.g. title_en, summary_pl
  superseded_by     the "file" of the newer version of this text, in the same manifest
Rows that cannot be imported are reported with their row number and reason; the others are
imported. A file whose content is already in the library is skipped, so re-running is safe."""


class Command(BaseCommand):
    help = HELP

    def create_parser(self, *args, **kwargs):
        from argparse import RawDescriptionHelpFormatter

        parser = super().create_parser(*args, **kwargs)
        parser.formatter_class = RawDescriptionHelpFormatter
        return parser

    def add_arguments(self, parser):
        parser.add_argument("folder", help="folder holding the files")
        parser.add_argument("manifest", help="CSV manifest of the files' metadata")
        parser.add_argument("--uploaded-by", help="e-mail of the user recorded as uploader")

    def handle(self, folder, manifest, uploaded_by=None, **options):
        user = None
        if uploaded_by:
            user = get_user_model().objects.filter(email__iexact=uploaded_by).first()
            if user is None:
                raise CommandError(f"No user with the e-mail {uploaded_by}.")
        try:
            report = import_library(folder, manifest, uploaded_by=user)
        except (OSError, UnicodeDecodeError) as error:
            raise CommandError(f"Cannot read the manifest: {error}") from error
        for row_number, reason in report.failed:
            self.stderr.write(f"Row {row_number}: {reason}")
        for row_number, document in report.skipped:
            self.stdout.write(
                f"Row {row_number}: already in the library as #{document.pk} “{document.title}”"
            )
        self.stdout.write(
            f"Imported {len(report.imported)}, already present {len(report.skipped)}, "
            f"not imported {len(report.failed)}."
        )
