from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone
from wagtail.models import Locale, Page, Site

from events.models import EventIndexPage, EventKind, EventMode, EventPage

BUCHAREST = ZoneInfo("Europe/Bucharest")


def default_site_root(locale):
    """The default site's root page; transactional tests flush the one migrations made."""
    site = Site.objects.filter(is_default_site=True).first()
    if site:
        return site.root_page
    tree_root = Page.get_first_root_node() or Page.add_root(title="Root", slug="root", locale=locale)
    home = tree_root.add_child(instance=Page(title="Acasă", slug="home", locale=locale))
    return Site.objects.create(hostname="localhost", root_page=home, is_default_site=True).root_page


@pytest.fixture
def event_index(db):
    locale, _created = Locale.objects.get_or_create(language_code="ro")
    root = default_site_root(locale)
    index = EventIndexPage(title="Evenimente", slug="evenimente-test")
    root.add_child(instance=index)
    index.save_revision().publish()
    return index


@pytest.fixture
def make_event(event_index):
    def make(**fields):
        start = fields.pop("start", timezone.now().replace(second=0, microsecond=0) + timedelta(days=7))
        defaults = {
            "title": "Club de conversație",
            "kind": EventKind.SOCIAL_CLUB,
            "start": start,
            "end": fields.pop("end", start + timedelta(hours=2)),
            "mode": EventMode.IN_PERSON,
            "place": "Biblioteca Județeană Octavian Goga",
            "capacity": 10,
            "languages": ["ro", "en"],
        }
        defaults.update(fields)
        defaults.setdefault("slug", f"event-{EventPage.objects.count() + 1}")
        event = EventPage(**defaults)
        event_index.add_child(instance=event)
        event.save_revision().publish()
        return EventPage.objects.get(pk=event.pk)

    return make


def local(*args):
    return datetime(*args, tzinfo=BUCHAREST)
