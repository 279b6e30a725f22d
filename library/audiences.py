"""Who is a member, and the collections that hold each audience's documents."""

from django.contrib.auth.models import Group
from wagtail.models import Collection, CollectionViewRestriction

from core import roles
from core.permissions import may

from .models import Audience

#: Collections are found by name, so their names are never translated.
COLLECTION_NAMES = {
    Audience.PUBLIC: "Library",
    Audience.MEMBERS: "Library: integration-team members only",
}
VIEW_MEMBERS_DOCUMENTS = "library.view_members_documents"
#: Logged when a public document becomes members-only: it leaves the public library, and apps
#: that synced it are told so (`deleted` in the API's list).
MADE_MEMBERS_ONLY = "library.members_only"
#: The roles holding VIEW_MEMBERS_DOCUMENTS in core.roles: Wagtail's collection view restriction
#: (which guards its own document serving) is expressed in groups.
MEMBER_ROLES = tuple(
    role for role, permissions in roles.ROLE_PERMISSIONS.items() if VIEW_MEMBERS_DOCUMENTS in permissions
)


def is_member(user):
    return may(user, VIEW_MEMBERS_DOCUMENTS)


def audience_collection(audience):
    """The Wagtail collection holding documents for an audience. The members-only collection is
    restricted to the members' groups, so Wagtail's serve view and API refuse everyone else."""
    name = COLLECTION_NAMES[audience]
    root = Collection.get_first_root_node()
    collection = root.get_children().filter(name=name).first()
    if collection is None:
        collection = root.add_child(instance=Collection(name=name))
    if audience == Audience.MEMBERS:
        restriction, created = CollectionViewRestriction.objects.get_or_create(
            collection=collection,
            defaults={"restriction_type": CollectionViewRestriction.GROUPS},
        )
        if created:
            restriction.groups.add(*(Group.objects.get_or_create(name=role)[0] for role in MEMBER_ROLES))
    return collection


def visible_documents(user):
    """The documents a user may know about. Anyone but a member gets public documents outside
    every restricted collection (a document whose collection is restricted is hidden even if
    its audience field says public)."""
    from .models import LibraryDocument

    documents = LibraryDocument.objects.all()
    if is_member(user):
        return documents
    return documents.filter(audience=Audience.PUBLIC).exclude(
        collection__in=CollectionViewRestriction.objects.values("collection")
    )
