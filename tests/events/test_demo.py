from io import StringIO

from django.conf import settings
from icalendar import Calendar

from accounts import demo as accounts_demo
from events import demo
from events.models import EventIndexPage, EventPage, Registration


def test_demo_is_translated_believable_and_idempotent(db, client):
    accounts_demo.load(StringIO())
    demo.load(StringIO())
    counts = (EventIndexPage.objects.count(), EventPage.objects.count(), Registration.objects.count())
    demo.load(StringIO())
    assert (EventIndexPage.objects.count(), EventPage.objects.count(), Registration.objects.count()) == counts
    assert counts[0] == len(settings.LANGUAGES)
    # the events are written in the first six languages; the later four list them untranslated
    assert counts[1] == 7 * 6
    assert Registration.objects.filter(user__email="newcomer@example.org").count() == 3
    for code, _name in settings.LANGUAGES:
        index = EventIndexPage.objects.get(locale__language_code=code)
        response = client.get(index.url)
        assert response.status_code == 200, code
        assert len(response.context["listed"]) >= 7
    club = EventPage.objects.get(slug="club-conversatie-cafea-si-cuvinte", locale__language_code="ar")
    assert client.get(club.url).status_code == 200
    feed = Calendar.from_ical(client.get("/ar/events/feeds/all.ics").content)
    assert len(feed.walk("VEVENT")) >= 7
