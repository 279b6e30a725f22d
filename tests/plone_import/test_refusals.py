"""Damaged exports are refused with a clear message and the dry run writes nothing."""

import io
import zipfile

import pytest
from django.core.management import CommandError, call_command

from events.models import EventPage
from home.models import StandardPage
from plone_import.models import ImportRun, PloneObject, RunStatus
from plone_import.sample import generate

from .conftest import ZIP_SAMPLE, content_counts


def test_truncated_content_file_is_refused_and_nothing_is_written(home, sample_copy):
    content = sample_copy / "Plone.json"
    data = content.read_bytes()
    content.write_bytes(data[: len(data) // 2])
    before = content_counts()
    with pytest.raises(CommandError, match="damaged or incomplete, so nothing was imported"):
        call_command("import_plone", str(sample_copy), "--no-progress")
    assert content_counts() == before
    run = ImportRun.objects.get()
    assert run.status == RunStatus.FAILED and "Plone.json" in run.error


def test_truncated_item_in_a_zip_export_is_refused(home, tmp_path):
    damaged = tmp_path / "damaged.zip"
    with zipfile.ZipFile(ZIP_SAMPLE) as source, zipfile.ZipFile(damaged, "w") as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename.endswith("data.json") and "damaged" not in target.comment.decode():
                data = data[:40]
                target.comment = b"damaged"
            target.writestr(info.filename, data)
    before = content_counts()
    with pytest.raises(CommandError, match="damaged or incomplete"):
        call_command("import_plone", str(damaged), "--no-progress")
    assert content_counts() == before


def test_a_folder_without_an_export_is_refused(home, tmp_path):
    (tmp_path / "notes.txt").write_text("not an export")
    with pytest.raises(CommandError, match="No Plone export found"):
        call_command("import_plone", str(tmp_path), "--no-progress")


def test_a_content_file_that_is_not_a_list_of_items_is_refused(home, tmp_path):
    (tmp_path / "Plone.json").write_text('{"items": ')
    with pytest.raises(CommandError, match="damaged or incomplete"):
        call_command("import_plone", str(tmp_path), "--no-progress")


def test_dry_run_reports_what_would_happen_and_writes_nothing(home):
    before = content_counts()
    output = io.StringIO()
    call_command("import_plone", str(ZIP_SAMPLE), "--dry-run", "--no-progress", stdout=output)
    assert content_counts() == before
    assert not ImportRun.objects.exists()
    text = output.getvalue()
    assert "Dry run of plone6-export.zip (plone.exportimport)" in text
    assert "created: 147" in text
    assert "languages not on the platform: de (2)" in text
    assert "/en/documents/tool.exe" in text


def test_a_mapping_file_with_unknown_values_is_refused(home, tmp_path):
    mapping = tmp_path / "mapping.json"
    mapping.write_text('{"event_kind": "party"}')
    with pytest.raises(CommandError, match="unknown values: party"):
        call_command("import_plone", str(ZIP_SAMPLE), "--dry-run", "--mapping", str(mapping))


def test_an_item_that_cannot_be_written_is_reported_and_leaves_nothing_half_written(home, tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path / "media"
    site = generate.Site()
    root = {"@id": generate.HOST + generate.SITE, "@type": "Plone Site", "UID": None, "title": "Site"}
    lrf = site.add("lrf-en", "LRF", "/en", "English", "en", root)
    site.add("no-start", "Event", "/en/broken-event", "Broken event", "en", lrf, start=None)
    site.add("fine", "Folder", "/en/fine", "Fine folder", "en", lrf)
    export = tmp_path / "export.zip"
    generate.write_exportimport(site, export)
    output = io.StringIO()
    call_command("import_plone", str(export), "--no-progress", stdout=output)
    assert "/en/broken-event: The event has no start date." in output.getvalue()
    assert not EventPage.objects.exists()
    assert not PloneObject.objects.filter(path="/en/broken-event").exists()
    assert StandardPage.objects.filter(title="Fine folder", live=True).exists()
