"""Coordinators manage every mentoring model (programmes, vetting, rounds, matches, meetups)."""

from django.db import migrations

MODELS = [
    "programme", "programmequestion", "volunteerprofile", "menteerequest", "matchinground", "proposal",
    "match", "declinedpair", "checkin", "matchfeedback", "venue", "meetup", "meetupattendance",
]  # fmt: skip


def grant(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    # Permissions are normally created after all migrations; the grant needs them now.
    app_config = apps.get_app_config("mentoring")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    coordinators, _created = Group.objects.get_or_create(name="Coordinators")
    coordinators.permissions.add(
        *Permission.objects.filter(content_type__app_label="mentoring", content_type__model__in=MODELS),
        # Programmes, questions and venues are set up in the Wagtail admin.
        *Permission.objects.filter(content_type__app_label="wagtailadmin", codename="access_admin"),
    )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group in Group.objects.filter(name="Coordinators"):
        group.permissions.remove(*Permission.objects.filter(content_type__app_label="mentoring"))


class Migration(migrations.Migration):
    dependencies = [
        ("mentoring", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
