"""Editors, moderators and coordinators work in the Wagtail admin; the other roles use the site."""

from django.db import migrations

ADMIN_ROLES = ["Editors", "Moderators", "Coordinators"]


def grant_admin_access(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    content_type, _ = ContentType.objects.get_or_create(app_label="wagtailadmin", model="admin")
    access_admin, _ = Permission.objects.get_or_create(
        content_type=content_type,
        codename="access_admin",
        defaults={"name": "Can access Wagtail admin"},
    )
    for name in ADMIN_ROLES:
        Group.objects.get_or_create(name=name)[0].permissions.add(access_admin)


def revoke_admin_access(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    access_admin = Permission.objects.filter(
        content_type__app_label="wagtailadmin", codename="access_admin"
    ).first()
    if access_admin:
        for group in Group.objects.filter(name__in=ADMIN_ROLES):
            group.permissions.remove(access_admin)


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0003_profile_display_name_language_skills"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [migrations.RunPython(grant_admin_access, revoke_admin_access)]
