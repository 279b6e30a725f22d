import shutil
from pathlib import Path
from types import SimpleNamespace

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import transaction
from django.test import override_settings
from django.utils import translation
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page, Revision, Site

from home.models import HomePage
from library.models import LibraryDocument
from plone_import.models import ImportRun, PloneObject
from tests.conftest import restore_wagtail_defaults

SAMPLE = Path(__file__).resolve().parents[2] / "plone_import" / "sample"
COLLECTIVE_SAMPLE = SAMPLE / "collective-export"
ZIP_SAMPLE = SAMPLE / "plone6-export.zip"


def make_home():
    """A Romanian home page as the default site's root, as the demo installs it (after the
    defaults Wagtail's migrations make, which a browser test's flush may have removed)."""
    restore_wagtail_defaults()
    root = Page.get_first_root_node()
    site = Site.objects.get(is_default_site=True)
    welcome = site.root_page
    home = HomePage(title="Acasă", slug="acasa", intro="<p>Bun venit</p>")
    root.add_child(instance=home)
    home.save_revision().publish()
    site.root_page = home
    site.save()
    if welcome.specific_class is Page:
        welcome.delete()
    return home


def content_counts():
    from wagtail.images import get_image_model

    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "redirects": Redirect.objects.count(),
        "documents": LibraryDocument.objects.count(),
        "images": get_image_model().objects.count(),
        "plone_objects": PloneObject.objects.count(),
    }


@pytest.fixture(scope="module")
def imported(django_db_setup, django_db_blocker, tmp_path_factory):
    """The bundled sample imported twice, once for the whole module (an import takes a while);
    everything is rolled back at the end."""
    media = tmp_path_factory.mktemp("media")
    with django_db_blocker.unblock(), override_settings(MEDIA_ROOT=media), translation.override("en"):
        with transaction.atomic():
            make_home()
            before = content_counts()
            call_command("import_plone", str(COLLECTIVE_SAMPLE), "--no-progress", "--accounts")
            first = ImportRun.objects.get()
            after_first = content_counts()
            call_command("import_plone", str(COLLECTIVE_SAMPLE), "--no-progress", "--accounts")
            second = ImportRun.objects.exclude(pk=first.pk).get()
            after_second = content_counts()
            yield SimpleNamespace(
                first=first.report,
                second=second.report,
                before=before,
                after_first=after_first,
                after_second=after_second,
            )
            transaction.set_rollback(True)
    cache.clear()


@pytest.fixture
def home(db):
    return make_home()


@pytest.fixture
def sample_copy(tmp_path):
    target = tmp_path / "export"
    shutil.copytree(COLLECTIVE_SAMPLE, target)
    return target


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield
