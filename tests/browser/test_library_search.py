"""A member searches the library, filters and downloads; an anonymous visitor never sees the
members-only document, not even by its address."""

import pytest
from django.core.files.base import ContentFile
from wagtail.models import Site

from accounts import roles
from library.models import Audience, DocumentKind
from library.pages import LibraryPage
from library.services import file_document
from tests.conftest import restore_wagtail_defaults

BROWSER_DB = pytest.mark.django_db(transaction=True)


@pytest.fixture
def library(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    restore_wagtail_defaults()
    root = Site.objects.get(is_default_site=True).root_page
    page = LibraryPage(title="Biblioteca", slug="biblioteca")
    root.add_child(instance=page)
    page.save_revision().publish()
    documents = {
        "guide": (
            "Ghidul nou-venitului în Dragacz",
            DocumentKind.INFORMATIONAL,
            Audience.PUBLIC,
            "Informacje dla cudzoziemców w gminie Dragacz.",
        ),
        "law": ("Ordonanța 44/2004", DocumentKind.LAW, Audience.PUBLIC, "Integrarea socială a străinilor."),
        "minutes": (
            "Protokół LSICU Dragacz",
            DocumentKind.MINUTES,
            Audience.MEMBERS,
            "Ustalenia zespołu w Dragaczu: baza kontaktów eksperckich.",
        ),
    }
    filed = {
        key: file_document(
            title=title,
            file=ContentFile(body.encode(), name=f"{key}.txt"),
            kind=kind,
            audience=audience,
            languages=["pl"],
        )
        for key, (title, kind, audience, body) in documents.items()
    }
    return page, filed


@BROWSER_DB
def test_a_member_searches_filters_and_downloads(tab, sign_in, make_user, library):
    page, documents = library
    sign_in(tab, make_user(roles.TEAM_MEMBERS))
    tab.goto(page.get_url())
    tab.get_by_label("Căutați în bibliotecă").fill("dragacz")
    tab.get_by_role("button", name="Caută").click()
    results = tab.locator(".library-result h3")
    assert sorted(results.all_inner_texts()) == ["Ghidul nou-venitului în Dragacz", "Protokół LSICU Dragacz"]

    tab.get_by_label("Tip").select_option("minutes")
    tab.get_by_role("button", name="Caută").click()
    assert results.all_inner_texts() == ["Protokół LSICU Dragacz"]

    tab.get_by_role("link", name="Protokół LSICU Dragacz", exact=True).click()
    assert tab.get_by_role("heading", level=1).inner_text() == "Protokół LSICU Dragacz"
    with tab.expect_download() as download_info:
        tab.get_by_role("link", name="Descarcă").click()
    with open(download_info.value.path(), encoding="utf-8") as downloaded:
        assert "baza kontaktów eksperckich" in downloaded.read()


@BROWSER_DB
def test_an_anonymous_visitor_cannot_see_the_members_only_document(tab, library):
    page, documents = library
    tab.goto(page.get_url())
    assert "Protokół LSICU Dragacz" not in tab.locator("main").inner_text()
    assert "Ghidul nou-venitului în Dragacz" in tab.locator("main").inner_text()

    tab.get_by_label("Căutați în bibliotecă").fill("eksperckich")
    tab.get_by_role("button", name="Caută").click()
    assert tab.locator(".library-result").count() == 0

    response = tab.goto(f"{page.get_url()}document/{documents['minutes'].pk}/")
    assert response.status == 404
    tab.goto(documents["minutes"].url)
    assert "baza kontaktów eksperckich" not in tab.content()
