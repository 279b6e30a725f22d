"""Private files are never served by path; signed links expire; spreadsheets run no formula."""

import csv
import io
import time
from pathlib import Path

import pytest
from django.conf import settings
from django.core import signing
from django.core.files.base import ContentFile
from django.test import RequestFactory, override_settings
from openpyxl import load_workbook

from core import links
from core.files import PrivateStorage, PrivateUploadTo, serve_private
from core.spreadsheets import write_csv, write_xlsx


class FieldFileLike:
    """What a FileField hands a view: a name in a storage."""

    def __init__(self, storage, name):
        self.storage, self.name = storage, name

    def __bool__(self):
        return bool(self.name)

    @property
    def path(self):
        return self.storage.path(self.name)

    def open(self, mode="rb"):
        return self.storage.open(self.name, mode)


@pytest.fixture
def stored():
    storage = PrivateStorage()
    name = storage.save(
        PrivateUploadTo("cases")(None, "Raport medical ă.pdf"), ContentFile(b"%PDF-1.4 private")
    )
    yield FieldFileLike(storage, name)
    storage.delete(name)


def test_private_files_live_outside_media_root_under_unguessable_names(stored):
    path = Path(stored.path).resolve()
    assert Path(settings.PRIVATE_MEDIA_ROOT).resolve() in path.parents
    assert Path(settings.MEDIA_ROOT).resolve() not in path.parents
    prefix, secret, name = stored.name.split("/")
    assert prefix == "cases" and len(secret) == 32 and name.endswith(".pdf")
    assert PrivateUploadTo("cases")(None, "a.pdf") != PrivateUploadTo("cases")(None, "a.pdf")


def test_private_files_have_no_public_url(stored):
    with pytest.raises(NotImplementedError):
        stored.storage.url(stored.name)


def test_serving_hands_the_bytes_in_development(stored):
    response = serve_private(RequestFactory().get("/"), stored, filename="raport ă.pdf")
    assert b"".join(response.streaming_content) == b"%PDF-1.4 private"
    assert response["Cache-Control"] == "private, no-store"
    assert "filename*=UTF-8''raport%20%C4%83.pdf" in response["Content-Disposition"]


@override_settings(PRIVATE_FILES_ACCEL_REDIRECT="/_private/")
def test_production_hands_the_file_to_the_proxy(stored):
    response = serve_private(RequestFactory().get("/"), stored)
    assert response["X-Accel-Redirect"].startswith("/_private/cases/")
    assert response.content == b""


def test_a_missing_file_is_not_found():
    from django.http import Http404

    with pytest.raises(Http404):
        serve_private(RequestFactory().get("/"), FieldFileLike(PrivateStorage(), "cases/none/x.pdf"))


def test_a_signed_link_carries_its_value_for_its_purpose_only():
    token = links.sign("events.cancel", {"registration": 7})
    assert links.unsign("events.cancel", token) == {"registration": 7}
    with pytest.raises(links.LinkInvalid):
        links.unsign("participation.track", token)


def test_a_signed_link_expires():
    token = links.sign("events.cancel", 7)
    time.sleep(1.1)
    with pytest.raises(links.LinkExpired):
        links.unsign("events.cancel", token, max_age=1)
    assert issubclass(links.LinkExpired, signing.BadSignature)


@pytest.mark.django_db
def test_absolute_urls_follow_the_request_then_the_setting_then_the_site():
    request = RequestFactory().get("/", HTTP_HOST="127.0.0.1:8201")
    assert links.absolute_url("/ro/events/", request) == "http://127.0.0.1:8201/ro/events/"
    with override_settings(BASE_URL="https://cluj.example.org"):
        assert links.absolute_url("/ro/events/") == "https://cluj.example.org/ro/events/"
    with override_settings(BASE_URL=""):
        from wagtail.models import Site

        site = Site.objects.get(is_default_site=True)
        assert links.absolute_url("/ro/") == site.root_url + "/ro/"


ROWS = [['=HYPERLINK("http://x")', "+1", "-2", "@SUM(A1)", "Amina", 5, -3]]


def test_csv_neutralises_formulas_and_keeps_numbers():
    text = write_csv(ROWS, ["a", "b", "c", "d", "e", "f", "g"])
    assert text.startswith("\ufeff")
    row = list(csv.reader(io.StringIO(text[1:])))[1]
    assert row == ['\'=HYPERLINK("http://x")', "'+1", "'-2", "'@SUM(A1)", "Amina", "5", "-3"]


def test_xlsx_neutralises_formulas_and_keeps_numbers():
    sheet = load_workbook(io.BytesIO(write_xlsx(ROWS, list("abcdefg"), title="Attendees"))).active
    assert sheet.title == "Attendees"
    values = [cell.value for cell in sheet[2]]
    assert values == ['\'=HYPERLINK("http://x")', "'+1", "'-2", "'@SUM(A1)", "Amina", 5, -3]
    assert all(cell.data_type != "f" for cell in sheet[2])
