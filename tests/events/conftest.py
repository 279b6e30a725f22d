from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone
from wagtail.models import Locale, Site

from events.models import EventIndexPage, EventKind, EventMode, EventPage

BUCHAREST = ZoneInfo("Europe/Bucharest")


@pytest.fixture
def event_index(db):
    Locale.objects.get_or_create(language_code="ro")
    root = Site.objects.get(is_default_site=True).root_page
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
