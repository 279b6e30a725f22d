from django.conf import settings
from django.utils.translation import get_language, get_language_bidi


def languages(request):
    return {
        "current_language": get_language(),
        "current_direction": "rtl" if get_language_bidi() else "ltr",
        "default_language": settings.LANGUAGE_CODE,
        "site_name": settings.WAGTAIL_SITE_NAME,
    }
