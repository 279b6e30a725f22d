from django.apps import AppConfig, apps
from django.db.models.signals import post_migrate


def last_app_with_models():
    return [config for config in apps.get_app_configs() if config.models_module is not None][-1]


def sync_roles_after_last_app(sender, using="default", **kwargs):
    """post_migrate is sent once per app with models; after the last one, every app's permissions
    exist and the roles can be synced in one go."""
    if sender is last_app_with_models():
        from .roles import sync_roles

        sync_roles(using=using)


class CoreConfig(AppConfig):
    """The ground floor every app stands on: roles and permissions, audit, notifications, private
    files, signed links and shared outputs."""

    name = "core"
    verbose_name = "Core"

    def ready(self):
        from . import bin

        post_migrate.connect(sync_roles_after_last_app, dispatch_uid="core.sync_roles")
        bin.connect()
