"""Input no database can store is refused before any view runs. PostgreSQL text cannot hold the
NUL character (U+0000): a JSON body carrying one would fail deep inside a save as a 500. Django's
forms already refuse it in form fields, and Wagtail's content API (/api/v3/) its own way; this
covers JSON bodies sent to the project's API."""

from django.core.exceptions import RequestDataTooBig
from django.http import JsonResponse
from django.utils.translation import gettext as _

JSON_NUL = (b"\\u0000", b"\x00")


class RefuseNulCharactersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if self.carries_nul(request):
            return JsonResponse({"detail": _("Text cannot contain the NUL character.")}, status=400)
        return self.get_response(request)

    @staticmethod
    def carries_nul(request):
        if not (request.path.startswith("/api/") and not request.path.startswith("/api/v3/")):
            return False
        if request.content_type != "application/json" or request.method not in {"POST", "PUT", "PATCH"}:
            return False
        try:
            body = request.body
        except RequestDataTooBig:
            return False  # the API answers that itself, with a 413
        return any(marker in body for marker in JSON_NUL)
