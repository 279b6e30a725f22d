"""Who may add and change library documents (collection permissions), and the audience keeping
each document in the right collection."""

import pytest
from django.core.exceptions import ValidationError
from wagtail.documents.forms import get_document_form
from wagtail.models import CollectionViewRestriction
from wagtail.permissions import policy_registry

from accounts import roles
from library.audiences import audience_collection
from library.models import Audience, LibraryDocument
from library.services import supersede

from .conftest import VISITORS

CAN_EDIT = {
    roles.COORDINATORS: {Audience.PUBLIC, Audience.MEMBERS},
    roles.EDITORS: {Audience.PUBLIC},
    "superuser": {Audience.PUBLIC, Audience.MEMBERS},
}


@pytest.mark.django_db
@pytest.mark.parametrize("name", [visitor for visitor in VISITORS if visitor != "anonymous"])
@pytest.mark.parametrize("action", ["add", "change", "choose"])
def test_library_collection_permissions_for_every_role(name, action, visitor, public_and_members_documents):
    user = visitor(name)
    policy = policy_registry.get_by_type(LibraryDocument)
    allowed = CAN_EDIT.get(name, set())
    for document in public_and_members_documents:
        assert policy.user_has_permission_for_instance(user, action, document) == (
            document.audience in allowed
        )


@pytest.mark.django_db
def test_an_editor_may_not_file_a_members_only_document(make_user):
    from django.core.files.uploadedfile import SimpleUploadedFile

    form_class = get_document_form(LibraryDocument)
    form = form_class(
        data={"title": "Minute", "kind": "minutes", "audience": Audience.MEMBERS},
        files={"file": SimpleUploadedFile("m.txt", b"minute")},
        instance=LibraryDocument(),
        user=make_user(roles.EDITORS),
    )
    assert not form.is_valid()
    assert "integration-team members only" in form.errors["audience"][0]


@pytest.mark.django_db
def test_the_members_collection_is_restricted_to_the_members_groups():
    restriction = CollectionViewRestriction.objects.get(collection=audience_collection(Audience.MEMBERS))
    assert restriction.restriction_type == CollectionViewRestriction.GROUPS
    assert {group.name for group in restriction.groups.all()} == {roles.TEAM_MEMBERS, roles.COORDINATORS}
    assert not CollectionViewRestriction.objects.filter(
        collection=audience_collection(Audience.PUBLIC)
    ).exists()


@pytest.mark.django_db
def test_changing_the_audience_moves_the_document_between_collections(client, add_document):
    document = add_document("Ghid")
    assert document.collection == audience_collection(Audience.PUBLIC)
    document.audience = Audience.MEMBERS
    document.save()
    assert LibraryDocument.objects.get(pk=document.pk).collection == audience_collection(Audience.MEMBERS)
    assert client.get(document.url).status_code in (302, 403)
    document.audience = Audience.PUBLIC
    document.save(update_fields=["audience"])
    assert LibraryDocument.objects.get(pk=document.pk).collection == audience_collection(Audience.PUBLIC)
    assert client.get(document.url).status_code == 200


@pytest.mark.django_db
def test_a_public_document_put_in_the_members_collection_by_hand_is_moved_back(add_document):
    document = add_document("Ghid")
    LibraryDocument.objects.filter(pk=document.pk).update(collection=audience_collection(Audience.MEMBERS))
    document.refresh_from_db()
    document.save()
    assert document.collection == audience_collection(Audience.PUBLIC)


@pytest.mark.django_db
def test_a_document_cannot_be_superseded_by_itself_or_in_a_circle(add_document):
    first, second = add_document("v1"), add_document("v2")
    with pytest.raises(ValidationError):
        supersede(first, first)
    supersede(first, second)
    with pytest.raises(ValidationError):
        supersede(second, first)
    first.refresh_from_db()
    assert not first.in_force and first.superseded_by == second


@pytest.mark.django_db
def test_the_database_refuses_a_document_superseding_itself(add_document):
    from django.db import IntegrityError, transaction

    document = add_document("v1")
    with pytest.raises(IntegrityError), transaction.atomic():
        LibraryDocument.objects.filter(pk=document.pk).update(superseded_by=document.pk)


@pytest.mark.django_db
def test_an_editor_cannot_pick_a_members_only_document_as_newer_version(
    make_user, public_and_members_documents
):
    public, members = public_and_members_documents
    form_class = get_document_form(LibraryDocument)
    form = form_class(instance=public, user=make_user(roles.EDITORS))
    assert list(form.fields["superseded_by"].queryset) == []
    coordinator_form = form_class(instance=public, user=make_user(roles.COORDINATORS))
    assert list(coordinator_form.fields["superseded_by"].queryset) == [members]
