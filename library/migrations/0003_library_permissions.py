"""Who may manage library documents in the Wagtail admin. Wagtail checks document permissions
against wagtaildocs.Document's codenames for any document model, per collection.

Wagtail's own initial data lets Editors and Moderators add and change documents in the root
collection, which would include the members-only one; those grants are replaced: Coordinators
may add, change, delete and choose documents in both library collections, Editors in the public
one only. Both groups may open the Wagtail admin to do so. The collections and their view
restriction are created here so a fresh site has them."""

from django.db import migrations

ACTIONS = ("add", "change", "delete", "choose")
GRANTS = {"Coordinators": ("public", "members"), "Editors": ("public",)}
ROOT_GRANTS_REPLACED = ("Editors", "Moderators")


def grant(apps, schema_editor):
    from library.audiences import audience_collection

    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    content_type, _created = ContentType.objects.get_or_create(app_label="wagtaildocs", model="document")
    permissions = [
        Permission.objects.get_or_create(
            content_type=content_type, codename=f"{action}_document",
            defaults={"name": f"Can {action} document"},
        )[0]
        for action in ACTIONS
    ]
    GroupCollectionPermission.objects.filter(
        group__name__in=ROOT_GRANTS_REPLACED, collection__depth=1, permission__in=permissions
    ).delete()
    admin_content_type, _created = ContentType.objects.get_or_create(app_label="wagtailadmin", model="admin")
    access_admin, _created = Permission.objects.get_or_create(
        content_type=admin_content_type, codename="access_admin",
        defaults={"name": "Can access Wagtail admin"},
    )
    for group_name, audiences in GRANTS.items():
        group, _created = Group.objects.get_or_create(name=group_name)
        group.permissions.add(access_admin)
        for audience in audiences:
            collection = Collection.objects.get(pk=audience_collection(audience).pk)
            for permission in permissions:
                GroupCollectionPermission.objects.get_or_create(
                    group=group, collection=collection, permission=permission
                )


class Migration(migrations.Migration):
    dependencies = [
        ("library", "0002_metadata_text_search"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
