from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class CaseworkConfig(AppConfig):
    name = "casework"
    verbose_name = _("Centre counter")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import roles, rules  # noqa: F401  (rules register themselves)

        post_migrate.connect(roles.sync_role_groups, sender=self)
