"""Coordinators manage everything in this app (in the Wagtail admin too, so they may open it);
integration-team members may view it."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

COORDINATORS = "Coordinators"
TEAM_MEMBERS = "Integration-team members"


def grant(apps, schema_editor):
    app_config = apps.get_app_config("coordination")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.filter(content_type__app_label="coordination")
    access_admin = Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    Group.objects.get_or_create(name=COORDINATORS)[0].permissions.add(*permissions, access_admin)
    Group.objects.get_or_create(name=TEAM_MEMBERS)[0].permissions.add(
        *permissions.filter(codename__startswith="view_")
    )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.filter(content_type__app_label="coordination")
    for group in Group.objects.filter(name__in=[COORDINATORS, TEAM_MEMBERS]):
        group.permissions.remove(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("coordination", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
