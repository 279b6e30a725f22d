from django.apps import AppConfig
from django.db.models.signals import post_migrate, pre_save
from django.utils.translation import gettext_lazy as _


def ensure_locales(using="default", **kwargs):
    """Every language in settings.LANGUAGES gets a Wagtail locale, so adding a language needs
    only a settings change and `migrate`."""
    from django.conf import settings
    from wagtail.models import Locale

    for code, _name in settings.LANGUAGES:
        Locale.objects.using(using).get_or_create(language_code=code)


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Pages")

    def ready(self):
        from .search_backend import ensure_search_configurations
        from .slugs import transliterate_page_slug

        post_migrate.connect(ensure_locales, sender=self, dispatch_uid="home.ensure_locales")
        post_migrate.connect(
            ensure_search_configurations, sender=self, dispatch_uid="home.ensure_search_configurations"
        )
        pre_save.connect(transliterate_page_slug, dispatch_uid="home.transliterate_page_slug")
