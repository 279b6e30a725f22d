"""Input no database can store is refused before any view runs. PostgreSQL text cannot hold the
NUL character (U+0000): a JSON body carrying one would fail deep inside a save as a 500. Django's
forms already refuse it in form fields; this covers JSON bodies for the APIs."""

from django.http import JsonResponse
from django.utils.translation import gettext as _

JSON_NUL = (b"\\u0000", b"\x00")


class RefuseNulCharactersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.content_type == "application/json" and request.method in {"POST", "PUT", "PATCH"}:
            body = request.body
            if any(marker in body for marker in JSON_NUL):
                return JsonResponse({"detail": _("Text cannot contain the NUL character.")}, status=400)
        return self.get_response(request)
