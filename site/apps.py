from django.apps import AppConfig


class IntegrationSiteConfig(AppConfig):
    name = "integration_site"
    label = "integration_site"
    verbose_name = "Integration centre"
