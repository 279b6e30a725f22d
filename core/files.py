"""Private files: stored outside anything a web server serves, under names nobody can guess, and
handed out only by a view that has checked permission first.

    document = models.FileField(storage=private_storage, upload_to=PrivateUploadTo("cases"))

    def download(request, pk):
        case = get_object_or_404(Case, pk=pk)
        require(request.user, "casework.view_case", case)
        return serve_private(request, case.document)

Where they are kept is the storage named "private" in STORAGES: PrivateStorage (a folder) by
default, PrivateS3Storage (core/s3.py) when several app servers share an S3 bucket. With the folder
and nginx in front (PRIVATE_FILES_ACCEL_REDIRECT set), the view only answers with an
`X-Accel-Redirect` header and nginx sends the bytes from an internal location: see
deploy/nginx.conf. From S3 the view streams the bytes itself (README, "Past one machine")."""

import mimetypes
import secrets
from pathlib import Path, PurePosixPath
from urllib.parse import quote

from django.conf import settings
from django.core.files.storage import FileSystemStorage, storages
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.http import FileResponse, Http404, HttpResponse
from django.utils.deconstruct import deconstructible
from django.utils.functional import LazyObject, empty
from django.utils.text import get_valid_filename


class PrivateStorage(FileSystemStorage):
    """File storage under PRIVATE_MEDIA_ROOT. It has no URL: links go through a view."""

    def __init__(self, **kwargs):
        kwargs.setdefault("location", settings.PRIVATE_MEDIA_ROOT)
        kwargs.setdefault("base_url", None)
        super().__init__(**kwargs)

    def url(self, name):
        # NotImplementedError is what Wagtail's document view expects from a storage without
        # URLs: it then serves the file itself, after its permission checks.
        raise NotImplementedError("Private files have no public URL; link to the view that serves them.")


class _PrivateFilesStorage(LazyObject):
    """The storage named "private" in STORAGES, looked up when first used (like default_storage)."""

    def _setup(self):
        self._wrapped = storages["private"]


private_files_storage = _PrivateFilesStorage()


@receiver(setting_changed)
def _forget_private_storage(*, setting, **kwargs):
    if setting == "STORAGES":
        private_files_storage._wrapped = empty


def private_storage():
    """Callable storage, so migrations record neither a machine's path nor a bucket."""
    return private_files_storage


@deconstructible
class PrivateUploadTo:
    """`<prefix>/<32 random hex>/<clean original name>`: unguessable, yet the name stays readable."""

    def __init__(self, prefix):
        self.prefix = prefix

    def __call__(self, instance, filename):
        name = get_valid_filename(PurePosixPath(filename).name) or "file"
        return f"{self.prefix}/{secrets.token_hex(16)}/{name[-100:]}"

    def __eq__(self, other):
        return isinstance(other, PrivateUploadTo) and other.prefix == self.prefix


def private_upload_to(prefix):
    return PrivateUploadTo(prefix)


def accel_redirect_response(path, content_type):
    """An empty response telling nginx to send `path` (under PRIVATE_MEDIA_ROOT) from its
    internal location PRIVATE_FILES_ACCEL_REDIRECT."""
    relative = Path(path).resolve().relative_to(Path(settings.PRIVATE_MEDIA_ROOT).resolve())
    response = HttpResponse(content_type=content_type)
    location = settings.PRIVATE_FILES_ACCEL_REDIRECT.rstrip("/")
    response["X-Accel-Redirect"] = f"{location}/{quote(relative.as_posix())}"
    return response


def sendfile(request, filename, mimetype="application/octet-stream", **kwargs):
    """Wagtail's SENDFILE_BACKEND for library documents in production: nginx sends the bytes."""
    return accel_redirect_response(filename, mimetype)


def _content_disposition(filename, as_attachment):
    kind = "attachment" if as_attachment else "inline"
    ascii_name = filename.encode("ascii", "ignore").decode().replace('"', "") or "file"
    return f"{kind}; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(filename)}"


def serve_private(request, fieldfile, *, filename=None, as_attachment=True, content_type=None):
    """The response that hands `fieldfile` to a person already allowed to have it."""
    if not fieldfile or not fieldfile.storage.exists(fieldfile.name):
        raise Http404
    filename = filename or PurePosixPath(fieldfile.name).name
    content_type = content_type or mimetypes.guess_type(filename)[0] or "application/octet-stream"
    if settings.PRIVATE_FILES_ACCEL_REDIRECT:
        response = accel_redirect_response(fieldfile.path, content_type)
    else:
        response = FileResponse(fieldfile.open("rb"), content_type=content_type)
    response["Content-Disposition"] = _content_disposition(filename, as_attachment)
    response["Cache-Control"] = "private, no-store"
    response["X-Content-Type-Options"] = "nosniff"
    return response


def move_into_private_storage(names):
    """Move files that earlier versions kept under MEDIA_ROOT to PRIVATE_MEDIA_ROOT, under the
    same names (for the migrations that made a file field private). Nothing is lost: a file
    already moved, or missing, is left as it is."""
    import shutil

    public_root = Path(settings.MEDIA_ROOT)
    private_root = Path(settings.PRIVATE_MEDIA_ROOT)
    for name in names:
        source, target = public_root / name, private_root / name
        if source.is_file() and not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.move(source, target)
