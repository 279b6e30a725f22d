import csv
import io

import pytest
from django.core.management import call_command

from library.demo.files import make_file
from library.models import DocumentText, ExtractionStatus, LibraryDocument

COLUMNS = [
    "file",
    "title",
    "kind",
    "audience",
    "summary",
    "issuer",
    "publication_date",
    "languages",
    "topics",
    "title_en",
    "summary_en",
    "superseded_by",
]


@pytest.fixture
def folder(tmp_path):
    files = tmp_path / "library"
    files.mkdir()
    (files / "laws").mkdir()
    (files / "laws" / "og-44.pdf").write_bytes(make_file("pdf", "OG 44/2004", ["Integrarea străinilor."]))
    (files / "plan-2021.docx").write_bytes(make_file("docx", "Plan 2021", ["Planul vechi."]))
    (files / "plan-2024.odt").write_bytes(make_file("odt", "Plan 2024", ["Planul nou."]))
    (files / "minute.txt").write_text("Procesul-verbal al ședinței LSICU.", encoding="utf-8")
    (files / "empty.txt").write_bytes(b"")
    (files / "program.exe").write_bytes(b"MZ")
    (tmp_path / "secret.txt").write_text("outside")
    return files


def write_manifest(path, rows):
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS)
        writer.writeheader()
        for row in rows:
            writer.writerow(row)
    return path


GOOD_ROWS = [
    {
        "file": "laws/og-44.pdf",
        "title": "OG 44/2004",
        "kind": "law",
        "issuer": "Guvernul României",
        "publication_date": "2004-01-29",
        "languages": "ro",
        "topics": "residence;work",
        "title_en": "Ordinance 44/2004",
        "summary_en": "Integration of foreigners",
    },
    {"file": "plan-2021.docx", "title": "Plan 2021", "kind": "report", "superseded_by": "plan-2024.odt"},
    {"file": "plan-2024.odt", "title": "Plan 2024", "kind": "report", "languages": "ro;en"},
    {"file": "minute.txt", "title": "Minute LSICU", "kind": "minutes", "audience": "members"},
]
BAD_ROWS = [
    {"file": "missing.pdf", "title": "Lipsă", "kind": "law"},
    {"file": "empty.txt", "title": "Gol", "kind": "law"},
    {"file": "program.exe", "title": "Program", "kind": "law"},
    {"file": "../secret.txt", "title": "Secret", "kind": "law"},
    {"file": "minute.txt", "title": "Fel greșit", "kind": "poem"},
    {"file": "minute.txt", "title": "Dată greșită", "kind": "law", "publication_date": "29.01.2004"},
    {"file": "minute.txt", "title": "Subiect greșit", "kind": "law", "topics": "cooking"},
    {"file": "", "title": "Fără fișier", "kind": "law"},
]


@pytest.fixture
def run(django_capture_on_commit_callbacks):
    def run_command(folder, manifest):
        out, err = io.StringIO(), io.StringIO()
        with django_capture_on_commit_callbacks(execute=True):
            call_command("import_library", str(folder), str(manifest), stdout=out, stderr=err)
        return out.getvalue(), err.getvalue()

    return run_command


@pytest.mark.django_db
def test_import_files_good_rows_and_reports_each_bad_row(run, folder, tmp_path):
    manifest = write_manifest(tmp_path / "manifest.csv", GOOD_ROWS + BAD_ROWS)
    out, err = run(folder, manifest)
    assert "Imported 4, already present 0, not imported 8." in out
    lines = err.splitlines()
    assert lines[0].startswith("Row 6: ") and "does not exist" in lines[0]
    assert lines[1].startswith("Row 7: ") and "is empty" in lines[1]
    assert lines[2].startswith("Row 8: ") and "are not accepted here" in lines[2]
    assert lines[3].startswith("Row 9: ") and "outside the folder" in lines[3]
    assert lines[4].startswith("Row 10: ") and "“poem” is not a valid kind" in lines[4]
    assert lines[5].startswith("Row 11: ") and "not a date" in lines[5]
    assert lines[6].startswith("Row 12: ") and "“cooking” is not a valid topic" in lines[6]
    assert lines[7].startswith("Row 13: ") and "Missing value" in lines[7]
    law = LibraryDocument.objects.get(title="OG 44/2004")
    assert law.issuer == "Guvernul României" and str(law.publication_date) == "2004-01-29"
    assert sorted(law.topics.values_list("topic", flat=True)) == ["residence", "work"]
    assert law.translations.get(language="en").title == "Ordinance 44/2004"
    assert DocumentText.objects.get(pk=law.pk).status == ExtractionStatus.DONE
    old, new = LibraryDocument.objects.get(title="Plan 2021"), LibraryDocument.objects.get(title="Plan 2024")
    assert old.superseded_by == new
    assert LibraryDocument.objects.get(title="Minute LSICU").audience == "members"


@pytest.mark.django_db
def test_importing_again_adds_nothing(run, folder, tmp_path):
    manifest = write_manifest(tmp_path / "manifest.csv", GOOD_ROWS)
    run(folder, manifest)
    out, err = run(folder, manifest)
    assert "Imported 0, already present 4, not imported 0." in out
    assert err == ""
    assert LibraryDocument.objects.count() == 4


@pytest.mark.django_db
def test_a_manifest_without_required_columns_is_refused(run, folder, tmp_path):
    manifest = tmp_path / "manifest.csv"
    manifest.write_text("name,title\nog.pdf,OG\n", encoding="utf-8")
    _out, err = run(folder, manifest)
    assert "Row 1: The manifest has no column(s): file, kind." in err
    assert LibraryDocument.objects.count() == 0


@pytest.mark.django_db
def test_an_unreadable_manifest_is_a_command_error(run, folder, tmp_path):
    from django.core.management import CommandError

    with pytest.raises(CommandError):
        run(folder, tmp_path / "does-not-exist.csv")


def test_the_help_documents_the_columns():
    from library.management.commands.import_library import Command

    for column in COLUMNS:
        assert column.replace("_en", "_<code>") in Command.help
