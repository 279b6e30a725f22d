from django.conf import settings
from django.utils.translation import get_language, get_language_bidi, gettext, gettext_noop

#: The default SITE_NAME, so that the catalogues translate it.
DEFAULT_SITE_NAME = gettext_noop("Integration Centre")


def site_name():
    """The site's name in the active language: SITE_NAME_<LANG> when set (SITE_NAME_AR...), else
    SITE_NAME as the language's catalogue translates it."""
    return settings.SITE_NAMES.get(get_language()) or gettext(settings.WAGTAIL_SITE_NAME)


def languages(request):
    return {
        "current_language": get_language(),
        "current_direction": "rtl" if get_language_bidi() else "ltr",
        "default_language": settings.LANGUAGE_CODE,
        "site_name": site_name(),
    }
