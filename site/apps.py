from django.apps import AppConfig


class IntegrationSiteConfig(AppConfig):
    name = "integration_site"
    label = "integration_site"
    verbose_name = "Integration centre"

    def ready(self):
        from . import page_cache, wagtail_api_fixes

        wagtail_api_fixes.apply()
        page_cache.connect_purges()
