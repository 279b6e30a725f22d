from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoordinationConfig(AppConfig):
    name = "coordination"
    verbose_name = _("Coordination")

    def ready(self):
        from accounts.personal_data import register

        from .personal_data import erase, export

        register("coordination", export=export, erase=erase)
