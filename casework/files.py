"""Private uploads (scanned registration forms, case documents) until core.files lands: stored
outside MEDIA_ROOT under unguessable names, served only by views that check permission first."""

import secrets
from pathlib import Path

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.http import FileResponse
from django.utils.deconstruct import deconstructible

ALLOWED_EXTENSIONS = ["pdf", "jpg", "jpeg", "png"]
MAX_UPLOAD_BYTES = 10 * 1024 * 1024


@deconstructible
class PrivateStorage(FileSystemStorage):
    def __init__(self):
        root = getattr(settings, "PRIVATE_MEDIA_ROOT", Path(settings.BASE_DIR) / "private")
        super().__init__(location=root, base_url=None)

    def url(self, name):
        raise ValueError("Private files have no public URL; serve them through a view.")


@deconstructible
class private_upload_to:
    def __init__(self, prefix):
        self.prefix = prefix

    def __call__(self, instance, filename):
        extension = Path(filename).suffix.lower()[:6]
        return f"{self.prefix}/{secrets.token_urlsafe(24)}{extension}"


def serve_private(fieldfile, *, filename):
    response = FileResponse(fieldfile.open("rb"), as_attachment=True, filename=filename)
    response["Cache-Control"] = "private, no-store"
    response["X-Content-Type-Options"] = "nosniff"
    return response
