"""Published pages are public: an app calling Wagtail's content API with any person's token reads
them as an anonymous caller would. Drafts, restricted pages and writes keep Wagtail's rules."""

import pytest
from wagtail.models import APIToken, PageViewRestriction

from home.models import StandardPage
from tests.conftest import ALL_ROLES

from .conftest import add

PAGES = "/api/v3/pages/"


def bearer(user):
    _token, plaintext = APIToken.create_token(user=user, name="city app")
    return {"HTTP_AUTHORIZATION": f"Bearer {plaintext}"}


def titles(response):
    assert response.status_code == 200, response.content[:300]
    return {item["title"] for item in response.json()["items"]}


@pytest.fixture
def private_page(home_page):
    page = add(home_page, StandardPage(title="Doar pentru echipă", slug="echipa"))
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    return page


@pytest.mark.parametrize("role", ALL_ROLES)
def test_every_role_reads_published_pages_with_a_token(client, make_user, role, topic_page, standard_page):
    auth = bearer(make_user(role))

    assert {"Permisul de ședere", "Despre centru"} <= titles(client.get(PAGES, **auth))
    detail = client.get(f"{PAGES}{topic_page.pk}/", **auth)
    assert detail.status_code == 200 and detail.json()["title"] == "Permisul de ședere"
    found = client.get(f"{PAGES}find/", {"id": topic_page.pk}, **auth)
    assert found.status_code == 302


def test_a_token_reads_what_its_owner_may_see_not_more(client, make_user, topic_page, private_page):
    anonymous = titles(client.get(PAGES))
    signed_in = titles(client.get(PAGES, **bearer(make_user("Participants"))))

    assert "Doar pentru echipă" not in anonymous
    assert "Doar pentru echipă" in signed_in
    assert client.get(f"{PAGES}{private_page.pk}/").status_code == 404


def test_a_draft_stays_with_those_who_may_edit_the_page(client, make_user, topic_page):
    topic_page.title = "Ciornă nepublicată"
    topic_page.save_revision()
    draft = {"version": "draft"}

    participant = client.get(f"{PAGES}{topic_page.pk}/", draft, **bearer(make_user("Participants")))
    editor = client.get(f"{PAGES}{topic_page.pk}/", draft, **bearer(make_user("Editors")))

    assert participant.status_code == 404
    assert editor.status_code == 200 and editor.json()["title"] == "Ciornă nepublicată"


def test_a_token_still_cannot_change_a_published_page(client, make_user, topic_page):
    response = client.delete(f"{PAGES}{topic_page.pk}/", **bearer(make_user("Participants")))

    assert response.status_code in (403, 404)
    assert topic_page.__class__.objects.filter(pk=topic_page.pk).exists()
