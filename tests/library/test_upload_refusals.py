"""Every refused upload gets one clear message in the person's language, and nothing else."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation
from wagtail.documents.forms import get_document_form

from library.models import Audience, DocumentKind, LibraryDocument

pytestmark = pytest.mark.django_db

REFUSED_FILES = {
    "no extension": ("README", b"just text"),
    "wrong type": ("virus.exe", b"MZ\x90\x00"),
    "empty": ("gol.txt", b""),
    "content not matching": ("ghid.pdf", b"<html>not a pdf</html>"),
}


def form_for(user, upload):
    fields = {"title": "Ghid", "kind": DocumentKind.INFORMATIONAL, "audience": Audience.PUBLIC}
    form_class = get_document_form(LibraryDocument)
    return form_class(data=fields, files={"file": upload}, instance=LibraryDocument(), user=user)


@pytest.mark.parametrize("case", REFUSED_FILES)
@pytest.mark.parametrize("language", ["ro", "en"])
def test_the_document_form_gives_one_message_in_the_users_language(make_user, case, language):
    name, data = REFUSED_FILES[case]
    with translation.override(language):
        form = form_for(make_user(superuser=True), SimpleUploadedFile(name, data))
        assert not form.is_valid()
        messages = [message for field_messages in form.errors.values() for message in field_messages]
    assert len(messages) == 1, messages
    assert "File extension" not in messages[0]
    assert (
        ("Fișierul" in messages[0] or "Fișiere" in messages[0])
        if language == "ro"
        else "file" in messages[0].lower()
    )
    assert not LibraryDocument.objects.exists()


def test_the_admin_upload_page_shows_one_message(make_user, client):
    client.force_login(make_user(superuser=True))
    response = client.post(
        "/admin/documents/add/",
        {
            "title": "Ghid",
            "kind": DocumentKind.INFORMATIONAL,
            "audience": Audience.PUBLIC,
            "file": SimpleUploadedFile("virus.exe", b"MZ\x90\x00"),
        },
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert "Fișierele de tip „exe” nu sunt acceptate aici." in page
    assert "File extension" not in page and "is not allowed" not in page
    assert not LibraryDocument.objects.exists()


def test_the_multiple_upload_page_shows_one_message(make_user, client):
    client.force_login(make_user(superuser=True))
    response = client.post(
        "/admin/documents/multiple/add/",
        {"files[]": SimpleUploadedFile("virus.exe", b"MZ\x90\x00")},
    )
    body = response.json()["error_message"]
    assert "Fișierele de tip „exe” nu sunt acceptate aici." in body
    assert "File extension" not in body and "is not allowed" not in body
    assert not LibraryDocument.objects.exists()
