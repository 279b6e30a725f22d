from django.core.management.base import BaseCommand

from library.models import LibraryDocument
from library.search import index_documents


class Command(BaseCommand):
    help = (
        "Recompute the full-text search data of every library document (after changing the text "
        "search configurations, or restoring a database without it)."
    )

    def handle(self, **options):
        document_ids = list(LibraryDocument.objects.values_list("pk", flat=True))
        index_documents(document_ids)
        self.stdout.write(f"Reindexed {len(document_ids)} documents.")
