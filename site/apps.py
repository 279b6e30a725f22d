from django.apps import AppConfig


class IntegrationSiteConfig(AppConfig):
    name = "integration_site"
    label = "integration_site"
    verbose_name = "Integration centre"

    def ready(self):
        from . import wagtail_api_fixes

        wagtail_api_fixes.apply()
