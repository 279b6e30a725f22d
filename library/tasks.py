"""Background work of the library (django-tasks)."""

from django_tasks import task


@task()
def extract_document_text(document_id):
    from .extraction import run_extraction
    from .models import LibraryDocument

    document = LibraryDocument.objects.filter(pk=document_id).first()
    if document is None:
        return None
    return run_extraction(document).status
