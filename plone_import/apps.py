from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PloneImportConfig(AppConfig):
    name = "plone_import"
    verbose_name = _("Plone import")
