from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LibraryConfig(AppConfig):
    name = "library"
    verbose_name = _("Document library")

    def ready(self):
        from accounts.personal_data import register

        from . import signal_handlers
        from .personal_data import erase, export

        register("library", export=export, erase=erase)
        signal_handlers.connect()
