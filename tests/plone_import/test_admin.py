"""The admin's Plone import page: administrators only; an upload is imported in the background."""

import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from accounts import roles
from home.models import StandardPage
from plone_import.models import ImportRun, RunStatus
from plone_import.sample import generate
from tests.conftest import ALL_ROLES


@pytest.fixture(autouse=True)
def upload_root(settings, tmp_path):
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    settings.MEDIA_ROOT = tmp_path / "media"


def small_export(tmp_path):
    """A two-language Plone site of three items, as a plone.exportimport ZIP."""
    site = generate.Site()
    root = {"@id": generate.HOST + generate.SITE, "@type": "Plone Site", "UID": None, "title": "Site"}
    for language in ("ro", "en"):
        lrf = site.add(f"small-lrf-{language}", "LRF", f"/{language}", language, language, root, group="lrf")
        site.add(
            f"small-about-{language}",
            "Folder",
            f"/{language}/about-us",
            f"About {language}",
            language,
            lrf,
            group="about",
        )
    path = tmp_path / "small.zip"
    generate.write_exportimport(site, path)
    return SimpleUploadedFile("small.zip", path.read_bytes(), content_type="application/zip")


def visitor_client(client, make_user, who):
    if who == "superuser":
        client.force_login(make_user(superuser=True))
    elif who != "anonymous":
        user = make_user(who)
        user.is_staff = True
        user.save()
        client.force_login(user)
    return client


@pytest.mark.parametrize("who", ["anonymous", *ALL_ROLES])
def test_only_administrators_reach_the_import_page(client, make_user, who, tmp_path):
    visitor_client(client, make_user, who)
    for url in (reverse("plone_import:index"),):
        response = client.get(url)
        assert response.status_code in (302, 403)
        response = client.post(url, {"export": small_export(tmp_path)})
        assert response.status_code in (302, 403)
    assert not ImportRun.objects.exists()


def test_editors_cannot_read_an_import_report(client, make_user):
    run = ImportRun.objects.create(source_name="x.zip", status=RunStatus.DONE)
    visitor_client(client, make_user, roles.EDITORS)
    assert client.get(reverse("plone_import:detail", args=[run.pk])).status_code in (302, 403)


def test_administrator_uploads_an_export_and_reads_its_report(
    client, make_user, home, tmp_path, django_capture_on_commit_callbacks
):
    visitor_client(client, make_user, "superuser")
    assert client.get(reverse("plone_import:index")).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("plone_import:index"), {"export": small_export(tmp_path)})
    run = ImportRun.objects.get()
    assert response.status_code == 302 and response["Location"] == reverse(
        "plone_import:detail", args=[run.pk]
    )
    assert run.status == RunStatus.DONE, run.error
    assert not run.upload  # the uploaded export is not kept once imported
    assert StandardPage.objects.filter(title="About en", locale__language_code="en").exists()
    page = client.get(reverse("plone_import:detail", args=[run.pk])).content.decode()
    assert "plone.exportimport" in page
    assert re.search(r"Folder</th><td>[^<:]+: 2</td>", page)  # two folders created
    listing = client.get(reverse("plone_import:index")).content.decode()
    assert "small.zip" in listing


def test_an_upload_that_is_not_an_export_is_refused_with_a_message(client, make_user):
    visitor_client(client, make_user, "superuser")
    fake = SimpleUploadedFile("site.zip", b"not a zip at all")
    response = client.post(reverse("plone_import:index"), {"export": fake})
    assert response.status_code == 200
    # The admin speaks the default language, Romanian.
    assert "Acest fișier nu este o arhivă ZIP validă." in response.content.decode()
    assert not ImportRun.objects.exists()
