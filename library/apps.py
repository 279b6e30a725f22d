from importlib import import_module

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LibraryConfig(AppConfig):
    name = "library"
    verbose_name = _("Document library")

    def import_models(self):
        """The library's page (in pages.py) is a model too, and it renders through the catalogue,
        which reads the document models: loading it here, after them, keeps imports one way
        (models, then catalogue, then the page)."""
        super().import_models()
        import_module(f"{self.name}.pages")

    def ready(self):
        from accounts.personal_data import register

        from . import signal_handlers
        from .personal_data import erase, export

        register("library", export=export, erase=erase)
        signal_handlers.connect()
