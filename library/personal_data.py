"""What the library holds about a person: only which documents they uploaded."""

from .models import LibraryDocument


def export(user):
    return [
        {"id": document.pk, "title": document.title, "uploaded_at": document.created_at.isoformat()}
        for document in LibraryDocument.objects.filter(uploaded_by_user=user).order_by("pk")
    ]


def erase(user):
    """The documents stay in the library (they belong to the team); the uploader is forgotten."""
    LibraryDocument.objects.filter(uploaded_by_user=user).update(uploaded_by_user=None)
