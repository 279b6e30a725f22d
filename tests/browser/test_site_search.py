"""A visitor typing in the site search form is offered the titles of matching pages."""

import pytest
from playwright.sync_api import expect
from wagtail.models import Site

from home.models import StandardPage
from tests.conftest import restore_wagtail_defaults


@pytest.mark.django_db(transaction=True)
def test_typing_the_beginning_of_a_word_suggests_the_page(tab):
    restore_wagtail_defaults()
    root = Site.objects.get(is_default_site=True).root_page
    page = StandardPage(title="Permisul de ședere", slug="permis", intro="Dreptul de ședere")
    root.add_child(instance=page)
    page.save_revision().publish()

    tab.goto("/ro/search/")
    tab.get_by_label("Căutați pe site").press_sequentially("perm")
    expect(tab.locator("#search-suggestions option")).to_have_attribute("value", "Permisul de ședere")
