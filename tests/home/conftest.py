import datetime

import pytest
from django.utils import timezone
from wagtail.models import Locale, Page, Site

from home.blocks import list_items
from home.models import HomePage, NewsIndexPage, NewsPage, OrientationTopicPage, StandardPage


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def add(parent, page):
    parent.add_child(instance=page)
    return publish(page)


def translate(page, language_code, **fields):
    """A published translation of `page` (and of its untranslated parents)."""
    translation = page.copy_for_translation(
        Locale.objects.get(language_code=language_code), copy_parents=True
    )
    for name, value in fields.items():
        setattr(translation, name, value)
    return publish(translation)


def steps_body(*steps):
    items = list_items({"title": step, "description": ""} for step in steps)
    return [{"type": "steps", "value": {"heading": "", "steps": items}}]


@pytest.fixture
def home_page(db):
    """A Romanian home page as the default site's root, in place of Wagtail's welcome page."""
    root = Page.get_first_root_node()
    site = Site.objects.get(is_default_site=True)
    welcome = site.root_page
    home = add(root, HomePage(title="Acasă", slug="acasa", intro="<p>Bun venit</p>"))
    site.root_page = home
    site.save()
    welcome.delete()
    return home


@pytest.fixture
def topic_page(home_page):
    return add(
        home_page,
        OrientationTopicPage(
            title="Permisul de ședere",
            slug="permis",
            topic="residence",
            intro="Cum obțineți dreptul de ședere",
            body=steps_body("Programați-vă online", "Depuneți dosarul"),
            last_reviewed=timezone.localdate() - datetime.timedelta(days=10),
        ),
    )


@pytest.fixture
def news_index(home_page):
    return add(home_page, NewsIndexPage(title="Noutăți", slug="noutati", intro="Ce se întâmplă"))


@pytest.fixture
def make_news(news_index):
    def make(number, index=None, **fields):
        return add(
            index or news_index,
            NewsPage(
                title=f"Știre {number}",
                slug=f"stire-{number}",
                date=timezone.localdate() - datetime.timedelta(days=number),
                intro=f"Rezumatul știrii {number}",
                **fields,
            ),
        )

    return make


@pytest.fixture
def standard_page(home_page):
    return add(home_page, StandardPage(title="Despre centru", slug="despre", intro="Cine suntem"))
