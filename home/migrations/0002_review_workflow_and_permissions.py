"""The publishing rules: Editors write and submit pages for review, Moderators (cultural mediators
or senior editors) approve, publish and lock. Every page under the root goes through the review
workflow."""

from django.db import migrations

WORKFLOW_NAME = "Review by a cultural mediator"
TASK_NAME = "Approval by a cultural mediator"
EDITORS = "Editors"
MODERATORS = "Moderators"

PAGE_PERMISSIONS = {
    EDITORS: ["add_page", "change_page"],
    MODERATORS: ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
}
IMAGE_PERMISSIONS = ["add_image", "change_image", "choose_image"]
MODEL_PERMISSIONS = {
    ("wagtailadmin", "admin", "access_admin"): "Can access Wagtail admin",
    ("wagtail_localize", "translation", "submit_translation"): "Can submit translations",
    ("home", "contactdetails", "add_contactdetails"): "Can add contact details",
    ("home", "contactdetails", "change_contactdetails"): "Can change contact details",
}


def permission(apps, app_label, model, codename, name=None):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    found, _ = Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": name or codename}
    )
    return found


def set_up_publishing(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")

    editors, _ = Group.objects.get_or_create(name=EDITORS)
    moderators, _ = Group.objects.get_or_create(name=MODERATORS)
    root_page = Page.objects.filter(depth=1).first()
    root_collection = Collection.objects.filter(depth=1).first()

    for group in (editors, moderators):
        for (app_label, model, codename), name in MODEL_PERMISSIONS.items():
            group.permissions.add(permission(apps, app_label, model, codename, name))
        if root_page is not None:
            for codename in PAGE_PERMISSIONS[group.name]:
                GroupPagePermission.objects.get_or_create(
                    group=group, page=root_page,
                    permission=permission(apps, "wagtailcore", "page", codename),
                )
        if root_collection is not None:
            for codename in IMAGE_PERMISSIONS:
                GroupCollectionPermission.objects.get_or_create(
                    group=group, collection=root_collection,
                    permission=permission(apps, "wagtailimages", "image", codename),
                )

    task_type, _ = ContentType.objects.get_or_create(app_label="wagtailcore", model="groupapprovaltask")
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK_NAME, active=True, content_type=task_type)
    task.groups.add(moderators)
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    if root_page is not None:
        # Replaces Wagtail's own default "Moderators approval" workflow on the root.
        WorkflowPage.objects.update_or_create(page=root_page, defaults={"workflow": workflow})
    for unused in Workflow.objects.exclude(pk=workflow.pk):
        if not WorkflowPage.objects.filter(workflow=unused).exists():
            unused.active = False
            unused.save(update_fields=["active"])


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "0027_image_description"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(set_up_publishing, migrations.RunPython.noop)]
