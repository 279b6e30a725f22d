import pytest
from django.core.files.base import ContentFile
from django.utils import translation
from wagtail.models import APIToken, Site

from accounts import roles
from library.demo.files import make_file
from library.models import Audience, DocumentKind
from library.pages import LibraryPage
from library.services import file_document
from tests.conftest import ALL_ROLES

#: Every way of visiting: anonymous, each group, superuser; and whether it is a member.
VISITORS = ["anonymous", *ALL_ROLES, "superuser"]
MEMBERS = {roles.TEAM_MEMBERS, roles.COORDINATORS, "superuser"}


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture(autouse=True)
def english():
    """Messages outside requests come in the default language (Romanian); tests read English
    unless they switch language themselves."""
    with translation.override("en"):
        yield


@pytest.fixture
def visitor(make_user):
    """A user for a visitor name of VISITORS (None for anonymous)."""

    def make(name):
        if name == "anonymous":
            return None
        if name == "superuser":
            return make_user(superuser=True)
        return make_user(name)

    return make


@pytest.fixture
def add_document(db, django_capture_on_commit_callbacks):
    """File a generated document; its text extraction (queued on commit) runs at once."""

    def add(
        title="Ghid",
        *,
        extension="txt",
        paragraphs=("Informații utile.",),
        audience=Audience.PUBLIC,
        kind=DocumentKind.INFORMATIONAL,
        **fields,
    ):
        data = make_file(extension, title, list(paragraphs))
        with django_capture_on_commit_callbacks(execute=True):
            document = file_document(
                title=title,
                file=ContentFile(data, name=f"{title[:20].lower().replace(' ', '-')}.{extension}"),
                kind=kind,
                audience=audience,
                **fields,
            )
        document.refresh_from_db()
        return document

    return add


@pytest.fixture
def public_and_members_documents(add_document):
    public = add_document(
        "Ghidul nou-veniților",
        paragraphs=["Înregistrarea la medicul de familie în Cluj-Napoca."],
        languages=["ro"],
    )
    members = add_document(
        "Procesul-verbal confidențial",
        paragraphs=["Înregistrarea cazurilor discutate de echipă."],
        audience=Audience.MEMBERS,
        kind=DocumentKind.MINUTES,
        languages=["ro"],
    )
    return public, members


@pytest.fixture
def library_page(db):
    root = Site.objects.get(is_default_site=True).root_page
    page = LibraryPage(title="Biblioteca", slug="biblioteca")
    root.add_child(instance=page)
    page.save_revision().publish()
    return page


def client_for(client, user):
    if user is not None:
        client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    return client


def bearer_for(user):
    if user is None:
        return {}
    _token, plaintext = APIToken.create_token(user=user, name="tests")
    return {"HTTP_AUTHORIZATION": f"Bearer {plaintext}"}
