import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation
from wagtail.documents.forms import get_document_form

from library.demo.files import make_file
from library.models import Audience, DocumentKind, LibraryDocument
from library.services import file_document
from library.uploads import check_upload


def upload(name, data):
    return SimpleUploadedFile(name, data)


@pytest.mark.django_db
@pytest.mark.parametrize("extension", ["pdf", "docx", "odt", "txt"])
def test_real_files_of_the_allowed_types_pass(extension):
    result = check_upload(upload(f"ghid.{extension}", make_file(extension, "Ghid", ["Text"])))
    assert result.ok
    assert len(result.sha256) == 64


@pytest.mark.django_db
@pytest.mark.parametrize(
    "name, data, message",
    [
        ("virus.exe", b"MZ\x90\x00", "are not accepted here"),
        ("no-extension", b"text", "are not accepted here"),
        ("empty.pdf", b"", "is empty"),
        ("fake.pdf", b"just text", "is not a real PDF file"),
        ("fake.docx", b"PK\x03\x04" + b"\x00" * 20, "is not a real DOCX file"),
        ("binary.txt", b"\x00\x01\x02", "is not a real TXT file"),
    ],
)
def test_refused_files_get_a_clear_reason(name, data, message):
    result = check_upload(upload(name, data))
    assert not result.ok
    assert message in result.errors[0]


@pytest.mark.django_db
def test_files_over_the_size_limit_are_refused(settings):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 100
    result = check_upload(upload("long.txt", b"a" * 101))
    assert "too big" in result.errors[0]
    assert "100" in result.errors[0]


@pytest.mark.django_db
def test_extensions_from_settings_are_allowed(settings):
    settings.WAGTAILDOCS_EXTENSIONS = ["csv"]
    assert check_upload(upload("table.csv", b"a,b\n1,2\n")).ok
    assert check_upload(upload("ghid.txt", b"ghid")).ok


@pytest.mark.django_db
def test_refusals_are_in_the_users_language():
    with translation.override("ro"):
        result = check_upload(upload("empty.pdf", b""))
    assert result.errors[0] == "Fișierul „empty.pdf” este gol."


@pytest.mark.django_db
def test_same_content_already_in_the_library_is_a_warning(add_document):
    existing = add_document("Ghid", extension="txt", paragraphs=["Acelasi text"])
    with existing.open_file() as handle:
        data = handle.read()
    result = check_upload(upload("copie.txt", data))
    assert result.ok
    assert result.duplicates == [existing]
    assert "already in the library" in result.warnings[0]


def form_for(user, files, **data):
    fields = {"title": "Ghid", "kind": DocumentKind.INFORMATIONAL, "audience": Audience.PUBLIC, **data}
    form_class = get_document_form(LibraryDocument)
    return form_class(data=fields, files=files, instance=LibraryDocument(), user=user)


@pytest.mark.django_db
def test_admin_form_refuses_a_wrong_file_with_the_reason(make_user):
    form = form_for(make_user(superuser=True), {"file": upload("virus.exe", b"MZ")})
    assert not form.is_valid()
    assert "are not accepted here" in form.errors["file"][0]


@pytest.mark.django_db
def test_admin_form_asks_before_adding_a_duplicate(make_user, add_document):
    existing = add_document("Ghid", paragraphs=["Acelasi text"])
    with existing.open_file() as handle:
        data = handle.read()
    admin = make_user(superuser=True)
    form = form_for(admin, {"file": upload("copie.txt", data)})
    assert not form.is_valid()
    assert "already in the library" in form.errors["file"][0]
    confirmed = form_for(admin, {"file": upload("copie.txt", data)}, keep_duplicate="on")
    assert confirmed.is_valid(), confirmed.errors


@pytest.mark.django_db
def test_admin_form_saves_topics_languages_and_translations(make_user, django_capture_on_commit_callbacks):
    form = form_for(
        make_user(superuser=True),
        {"file": upload("ghid.txt", b"Ghid pentru nou-veniti")},
        topics=["health", "housing"],
        languages=["ro", "en"],
        title_en="Guide",
        summary_en="For newcomers",
        issuer="Primaria Cluj-Napoca",
        publication_date="2025-01-15",
    )
    assert form.is_valid(), form.errors
    with django_capture_on_commit_callbacks(execute=True):
        document = form.save()
    assert sorted(document.topics.values_list("topic", flat=True)) == ["health", "housing"]
    assert sorted(document.languages.values_list("language", flat=True)) == ["en", "ro"]
    assert document.translations.get(language="en").summary == "For newcomers"
    assert LibraryDocument.objects.get(pk=document.pk).text.content == "Ghid pentru nou-veniti"


@pytest.mark.django_db
def test_nothing_is_written_for_a_refused_upload(make_user):
    form = form_for(make_user(superuser=True), {"file": upload("empty.txt", b"")})
    assert not form.is_valid()
    assert LibraryDocument.objects.count() == 0


@pytest.mark.django_db
def test_file_document_keeps_working_for_other_apps():
    document = file_document(
        title="Minute",
        file=ContentFile(b"text", name="m.txt"),
        kind=DocumentKind.MINUTES,
        audience=Audience.MEMBERS,
        uploaded_by=None,
    )
    assert document.collection.name == "Library: integration-team members only"
