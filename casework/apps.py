from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CaseworkConfig(AppConfig):
    name = "casework"
    verbose_name = _("Centre counter")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import roles, rules  # noqa: F401  (signal receivers and object rules register themselves)
