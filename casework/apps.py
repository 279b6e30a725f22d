from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CaseworkConfig(AppConfig):
    name = "casework"
    verbose_name = _("Centre counter")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from accounts import personal_data as account_data

        from . import personal_data, roles, rules  # noqa: F401  (signal receivers and rules register themselves)

        account_data.register("casework", export=personal_data.export, erase=personal_data.erase)
