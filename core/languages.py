"""The site's languages as model choices. Fields take the function, not the list, so migrations
refer to it by name and adding a language to settings.LANGUAGES needs no migration."""

from django.conf import settings


def site_languages():
    return settings.LANGUAGES
