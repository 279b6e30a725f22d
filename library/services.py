"""Filing documents into the library. Other apps (coordination's minutes) call file_document()."""

from django.db import transaction
from django.utils.translation import gettext_lazy as _
from wagtail.models import Collection, CollectionViewRestriction

from accounts import roles

from .models import Audience, LibraryDocument

COLLECTION_NAMES = {
    Audience.PUBLIC: _("Library"),
    Audience.MEMBERS: _("Library: integration-team members only"),
}
MEMBER_ROLES = (roles.TEAM_MEMBERS, roles.COORDINATORS)


def library_collection(audience):
    """The Wagtail collection holding documents for an audience. The members-only collection is
    restricted to the team's groups, so Wagtail's serve view and API refuse everyone else."""
    name = str(COLLECTION_NAMES[audience])
    root = Collection.get_first_root_node()
    collection = root.get_children().filter(name=name).first()
    if collection is None:
        collection = root.add_child(instance=Collection(name=name))
    if audience == Audience.MEMBERS:
        restriction, _created = CollectionViewRestriction.objects.get_or_create(
            collection=collection,
            defaults={"restriction_type": CollectionViewRestriction.GROUPS},
        )
        from django.contrib.auth.models import Group

        restriction.groups.add(*(Group.objects.get_or_create(name=role)[0] for role in MEMBER_ROLES))
    return collection


@transaction.atomic
def file_document(*, title, file, kind, audience, uploaded_by=None, **metadata):
    """Add a document to the library, in the collection its audience calls for."""
    document = LibraryDocument(
        title=title,
        file=file,
        kind=kind,
        audience=audience,
        collection=library_collection(audience),
        uploaded_by_user=uploaded_by,
        **metadata,
    )
    document.save()
    return document
