"""Private files: stored outside anything a web server serves, under names nobody can guess, and
handed out only by a view that has checked permission first.

    document = models.FileField(storage=private_storage, upload_to=PrivateUploadTo("cases"))

    def download(request, pk):
        case = get_object_or_404(Case, pk=pk)
        require(request.user, "casework.view_case", case)
        return serve_private(request, case.document)

In production the view only answers with a header (`X-Accel-Redirect` for nginx, `X-Sendfile` for
Apache/lighttpd) and the proxy sends the bytes from an internal location: see deploy/nginx.conf."""

import mimetypes
import secrets
from pathlib import PurePosixPath
from urllib.parse import quote

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.http import FileResponse, Http404, HttpResponse
from django.utils.deconstruct import deconstructible
from django.utils.text import get_valid_filename


class PrivateStorage(FileSystemStorage):
    """File storage under PRIVATE_MEDIA_ROOT. It has no URL: links go through a view."""

    def __init__(self, **kwargs):
        kwargs.setdefault("location", settings.PRIVATE_MEDIA_ROOT)
        kwargs.setdefault("base_url", None)
        super().__init__(**kwargs)

    def url(self, name):
        raise ValueError("Private files have no public URL; link to the view that serves them.")


def private_storage():
    """Callable storage, so migrations do not record a machine's path."""
    return PrivateStorage()


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
    accel_prefix = getattr(settings, "PRIVATE_FILES_ACCEL_REDIRECT", "")
    if accel_prefix:
        response = HttpResponse(content_type=content_type)
        response["X-Accel-Redirect"] = accel_prefix.rstrip("/") + "/" + quote(fieldfile.name)
    elif getattr(settings, "PRIVATE_FILES_SENDFILE", False):
        response = HttpResponse(content_type=content_type)
        response["X-Sendfile"] = fieldfile.path
    else:
        response = FileResponse(fieldfile.open("rb"), content_type=content_type)
    response["Content-Disposition"] = _content_disposition(filename, as_attachment)
    response["Cache-Control"] = "private, no-store"
    response["X-Content-Type-Options"] = "nosniff"
    return response
