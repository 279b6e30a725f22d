"""Coordinators may add, change and delete documents in both library collections; Editors in the
public one (members-only documents stay with members). The collections and their restriction are
created here so a fresh site has them before anyone uploads."""

from django.db import migrations

ACTIONS = ("add", "change", "delete", "choose")
GRANTS = {"Coordinators": ("public", "members"), "Editors": ("public",)}


def grant(apps, schema_editor):
    from library.audiences import audience_collection

    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    content_type, _created = ContentType.objects.get_or_create(app_label="library", model="librarydocument")
    permissions = [
        Permission.objects.get_or_create(
            content_type=content_type, codename=f"{action}_librarydocument",
            defaults={"name": f"Can {action} library document"},
        )[0]
        for action in ACTIONS
    ]
    for group_name, audiences in GRANTS.items():
        group, _created = Group.objects.get_or_create(name=group_name)
        for audience in audiences:
            collection = audience_collection(audience)
            for permission in permissions:
                GroupCollectionPermission.objects.get_or_create(
                    group=group, collection_id=collection.pk, permission=permission
                )


class Migration(migrations.Migration):
    dependencies = [
        ("library", "0002_metadata_text_search"),
        ("wagtailcore", "0098_apitoken"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
