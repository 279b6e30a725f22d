"""The roles of the platform, declared once: each is a group holding exactly the permissions listed
here. `sync_roles()` runs after every `migrate` (and test database set-up), so a permission added
or removed here reaches every installation without a data migration. Permissions granted by hand
to these groups in the admin are reset to this list; give people extra rights through another group.

Entries are "app_label.codename" and may use shell wildcards ("coordination.view_*").
Page and collection permissions (Wagtail's per-tree grants) are set where the tree is created."""

from fnmatch import fnmatchcase

from django.contrib.auth.management import create_permissions
from django.utils.translation import gettext_lazy as _

EDITORS = "Editors"
MODERATORS = "Moderators"
COORDINATORS = "Coordinators"
TEAM_MEMBERS = "Integration-team members"
VOLUNTEERS = "Volunteers"
PARTICIPANTS = "Participants"
#: The civic desk (citizens' information centre): information requests, petitions, complaints.
CIVIC_STAFF = "Civic-services staff"

ROLE_LABELS = {
    EDITORS: _("Editors"),
    MODERATORS: _("Moderators"),
    COORDINATORS: _("Coordinators"),
    TEAM_MEMBERS: _("Integration-team members"),
    VOLUNTEERS: _("Volunteers"),
    PARTICIPANTS: _("Participants"),
    CIVIC_STAFF: _("Civic-services staff"),
}

ADMIN_ACCESS = "wagtailadmin.access_admin"
EVENT_RUNNING = [
    f"events.{action}_{model}"
    for action in ("add", "change", "delete", "view")
    for model in ("registration", "attendance", "certificate", "coursesession", "occurrenceexception")
]
PUBLISHING = [
    ADMIN_ACCESS,
    "wagtail_localize.submit_translation",
    "home.add_contactdetails",
    "home.change_contactdetails",
    "wagtaildocs.add_document",
    "wagtaildocs.change_document",
    "wagtaildocs.choose_document",
    "wagtaildocs.delete_document",
    "wagtailimages.add_image",
    "wagtailimages.change_image",
    "wagtailimages.choose_image",
    "wagtailimages.delete_image",
]

#: Permissions that no model declares (Wagtail's and wagtail-localize's own, made by their data
#: migrations): created here too, so a flushed test database gets them back.
UNDECLARED_PERMISSIONS = {
    ADMIN_ACCESS: ("admin", "Can access Wagtail admin"),
    "wagtail_localize.submit_translation": ("translation", "Can submit translations"),
}

PARTICIPATION_DESK = [
    "participation.handle_case",
    "participation.manage_consultation",
    "participation.moderate_comment",
    "participation.manage_survey",
]

ROLE_PERMISSIONS = {
    EDITORS: [*PUBLISHING, *EVENT_RUNNING, "participation.view_feedback_report"],
    MODERATORS: [
        *PUBLISHING,
        "participation.moderate_comment",
        "participation.review_practice",
        "participation.view_feedback_report",
    ],
    COORDINATORS: [
        ADMIN_ACCESS,
        "wagtaildocs.choose_document",
        "wagtailimages.choose_image",
        *EVENT_RUNNING,
        "events.manage_attendees",
        "library.view_members_documents",
        "coordination.*",
        "mentoring.*",
        *PARTICIPATION_DESK,
        "participation.view_feedback_report",
        "participation.submit_practice",
        "participation.review_practice",
    ],
    TEAM_MEMBERS: ["coordination.view_*", "library.view_members_documents", "participation.submit_practice"],
    VOLUNTEERS: [],
    PARTICIPANTS: [],
    CIVIC_STAFF: [*PARTICIPATION_DESK, "participation.submit_practice"],
}


def expand(patterns, permissions):
    """The permissions (from `permissions`: {"app.codename": Permission}) matching the patterns;
    a pattern that matches nothing is a mistake in this file and is refused."""
    chosen = set()
    for pattern in patterns:
        matches = [key for key in permissions if fnmatchcase(key, pattern)]
        if not matches:
            raise LookupError(f"core.roles: no permission matches {pattern!r}")
        chosen.update(matches)
    return [permissions[key] for key in sorted(chosen)]


def create_undeclared_permissions(using):
    from django.contrib.auth.models import Permission
    from django.contrib.contenttypes.models import ContentType

    for key, (model, name) in UNDECLARED_PERMISSIONS.items():
        app_label, codename = key.split(".")
        content_type = ContentType.objects.db_manager(using).get_or_create(app_label=app_label, model=model)[0]
        Permission.objects.using(using).get_or_create(
            content_type=content_type, codename=codename, defaults={"name": name}
        )


def sync_roles(using="default"):
    from django.apps import apps
    from django.contrib.auth.models import Group, Permission

    for app_config in apps.get_app_configs():
        create_permissions(app_config, verbosity=0, using=using)
    create_undeclared_permissions(using)
    permissions = {
        f"{permission.content_type.app_label}.{permission.codename}": permission
        for permission in Permission.objects.using(using).select_related("content_type")
    }
    for role, patterns in ROLE_PERMISSIONS.items():
        group, _created = Group.objects.using(using).get_or_create(name=role)
        group.permissions.set(expand(patterns, permissions))
