import sys

from django.db import DatabaseError, connection
from django.http import JsonResponse
from django.utils.translation import gettext as _
from django.views import defaults
from django.views.decorators.cache import never_cache

API_PREFIX = "/api/"


@never_cache
def healthz(request):
    """For load balancers and uptime checks: 200 when the database answers, 503 when not."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return JsonResponse({"status": "error", "database": "unreachable"}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})


def server_error(request, template_name="500.html"):
    """The last resort for an unhandled exception. A database outage is the service being
    unavailable for a moment (503, try again), not a fault of the page (500); API callers get
    JSON either way."""
    database_down = isinstance(sys.exc_info()[1], DatabaseError)
    status = 503 if database_down else 500
    if request.path.startswith(API_PREFIX):
        message = (
            _("The service is unavailable for a moment. Please try again in a minute.")
            if database_down
            else _("Something went wrong on our side. The team has been told.")
        )
        response = JsonResponse({"detail": message}, status=status)
    else:
        response = defaults.server_error(request, template_name)
        response.status_code = status
    if database_down:
        response["Retry-After"] = "60"
    return response
