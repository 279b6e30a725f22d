import io

import pytest
from django.conf import settings

from library import demo
from library.models import Audience, DocumentText, ExtractionStatus, LibraryDocument
from library.pages import LibraryPage


@pytest.mark.django_db
def test_demo_library_is_translated_believable_and_idempotent(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        demo.load(io.StringIO())
    documents = LibraryDocument.objects.count()
    assert 12 <= documents <= 20
    assert LibraryDocument.objects.filter(audience=Audience.MEMBERS).exists()
    assert {page.locale.language_code for page in LibraryPage.objects.all()} == {
        code for code, _ in settings.LANGUAGES
    }
    assert not DocumentText.objects.exclude(status=ExtractionStatus.DONE).exists()
    assert LibraryDocument.objects.filter(superseded_by__isnull=False).exists()
    with django_capture_on_commit_callbacks(execute=True):
        demo.load(io.StringIO())
    assert LibraryDocument.objects.count() == documents
    assert LibraryPage.objects.count() == len(settings.LANGUAGES)
