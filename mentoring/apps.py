from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MentoringConfig(AppConfig):
    name = "mentoring"
    verbose_name = _("Mentoring and language buddies")

    def ready(self):
        from accounts.personal_data import register

        from . import privacy, rules  # noqa: F401 (registers the object rules)

        register("mentoring", export=privacy.export, erase=privacy.erase)
