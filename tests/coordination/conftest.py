import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation
from wagtail.models import Collection

from accounts import roles
from tests.conftest import ALL_ROLES

from .factories import BodyFactory, MeetingFactory, TeamMemberFactory, add_members

#: Every kind of visitor: anonymous, each role, superuser.
EVERY_ROLE = [None, *ALL_ROLES, "superuser"]
TEAM_ROLES = {roles.COORDINATORS, roles.TEAM_MEMBERS, "superuser"}
COORDINATING_ROLES = {roles.COORDINATORS, "superuser"}


@pytest.fixture
def user_for(make_user):
    def make(role):
        if role is None:
            return None
        if role == "superuser":
            return make_user(superuser=True)
        return make_user(role)

    return make


@pytest.fixture
def client_for(client, user_for):
    def make(role):
        user = user_for(role)
        if user is not None:
            client.force_login(user)
        return client

    return make


@pytest.fixture
def coordinator(make_user):
    return make_user(roles.COORDINATORS)


@pytest.fixture
def meeting(db):
    body = BodyFactory()
    add_members(body, TeamMemberFactory(), TeamMemberFactory())
    return MeetingFactory(body=body)


def pdf_upload(name="minutes.pdf", content=b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"):
    return SimpleUploadedFile(name, content, content_type="application/pdf")


def _zip_upload(name, entries):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for entry_name, content in entries.items():
            archive.writestr(entry_name, content)
    return SimpleUploadedFile(name, buffer.getvalue())


def docx_upload(name="minutes.docx"):
    return _zip_upload(name, {"[Content_Types].xml": "<Types/>", "word/document.xml": "<document/>"})


def odt_upload(name="minutes.odt"):
    return _zip_upload(
        name, {"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": "<office/>"}
    )


@pytest.fixture(autouse=True)
def media_in_tmp(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


def assert_refused(response, role):
    """Anonymous visitors are sent to sign in; signed-in people without the role get 403."""
    if role is None:
        assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    else:
        assert response.status_code == 403


def assert_api_not_found(response):
    """A 404 from the API. Django's LocaleMiddleware turns a 404 on an unprefixed path into a
    redirect to /<language>/... when the catch-all page route matches it; either way nothing of
    the object is in the response."""
    if response.status_code == 302:
        assert response["Location"].startswith("/ro/api/")
    else:
        assert response.status_code == 404


@pytest.fixture(autouse=True)
def english_pages():
    """Pages are reached under /en/ so assertions read the English source strings; tests of
    e-mails and messages in other languages switch language themselves."""
    with translation.override("en"):
        yield


@pytest.fixture
def root_collection(transactional_db):
    """Transactional tests flush the database, Wagtail's root collection (made by a migration)
    included; approved minutes are filed under it."""
    return Collection.get_first_root_node() or Collection.add_root(name="Root")
