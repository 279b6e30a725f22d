"""No library file is reachable by its path: files live outside MEDIA_ROOT and only Wagtail's
document view (which checks the members-only collection) hands them out."""

from pathlib import Path

import pytest
from django.conf import settings
from django.http import Http404
from django.test import RequestFactory
from django.views.static import serve as serve_media
from wagtail.utils import sendfile as wagtail_sendfile


def media_url_serves(name):
    """What the demo's (and a careless proxy's) /media/ would answer for `name`."""
    try:
        serve_media(RequestFactory().get(f"/media/{name}"), name, document_root=settings.MEDIA_ROOT)
    except Http404:
        return False
    return True


@pytest.mark.django_db
def test_library_files_are_stored_outside_media_root(public_and_members_documents):
    for document in public_and_members_documents:
        path = Path(document.file.path).resolve()
        assert Path(settings.PRIVATE_MEDIA_ROOT).resolve() in path.parents
        assert not media_url_serves(document.file.name)
        assert not media_url_serves(f"documents/{document.filename}")


@pytest.mark.django_db
def test_a_stored_name_cannot_be_guessed_from_the_title(public_and_members_documents):
    _public, members = public_and_members_documents
    prefix, secret, _name = members.file.name.split("/")
    assert prefix == "documents" and len(secret) == 32


@pytest.mark.django_db
def test_production_hands_a_members_file_to_nginx_after_the_check(
    settings, client, make_user, public_and_members_documents
):
    from accounts import roles

    settings.PRIVATE_FILES_ACCEL_REDIRECT = "/_private/"
    settings.SENDFILE_BACKEND = "core.files"
    wagtail_sendfile._get_sendfile.clear()
    try:
        _public, members = public_and_members_documents
        assert client.get(members.url).status_code in (302, 403)
        client.force_login(make_user(roles.TEAM_MEMBERS))
        response = client.get(members.url)
        assert response.status_code == 200
        assert response["X-Accel-Redirect"] == f"/_private/{members.file.name}"
        assert response.content == b""
    finally:
        wagtail_sendfile._get_sendfile.clear()
