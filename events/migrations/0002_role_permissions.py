"""Coordinators and Editors manage registrations, attendance and certificates."""

from django.db import migrations

MANAGERS = ["Coordinators", "Editors"]
MODELS = ["registration", "attendance", "certificate", "coursesession", "occurrenceexception"]
ACTIONS = ["add", "change", "delete", "view"]


def managed_permissions(apps):
    return apps.get_model("auth", "Permission").objects.filter(
        content_type__app_label="events",
        codename__in=[f"{action}_{model}" for action in ACTIONS for model in MODELS],
    )


def grant(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    # Permissions are normally created after all migrations; grant needs them now.
    app_config = apps.get_app_config("events")
    app_config.models_module = True
    create_permissions(app_config, verbosity=0, apps=apps)
    Group = apps.get_model("auth", "Group")
    permissions = managed_permissions(apps)
    for name in MANAGERS:
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.add(*permissions)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    permissions = managed_permissions(apps)
    for group in Group.objects.filter(name__in=MANAGERS):
        group.permissions.remove(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0001_initial"),
        ("accounts", "0001_roles"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
