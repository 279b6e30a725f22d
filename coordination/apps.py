from django.apps import AppConfig
from django.db.models.signals import post_delete
from django.utils.translation import gettext_lazy as _


def discard_minutes_file(instance, **kwargs):
    """Minutes deleted (with their meeting, say): their file leaves the disk after commit."""
    from library.files import discard_file

    discard_file(instance.file.storage, instance.file.name)


class CoordinationConfig(AppConfig):
    name = "coordination"
    verbose_name = _("Coordination")

    def ready(self):
        from accounts.personal_data import register

        from .personal_data import erase, export

        register("coordination", export=export, erase=erase)
        post_delete.connect(
            discard_minutes_file, sender="coordination.Minutes", dispatch_uid="coordination_minutes_file"
        )
