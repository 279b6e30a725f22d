from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    name = "events"
    verbose_name = _("Events and courses")

    def ready(self):
        from accounts import personal_data

        from . import listing, personal, rules, signal_handlers  # noqa: F401 (rules registers the object rules)
        from .models import EventIndexPage, EventPage

        # Imports go models -> listing -> pages: the pages get what they show from the listing here.
        EventIndexPage.listing_context = listing.listing_context
        EventPage.event_context = listing.event_context
        personal_data.register("events", export=personal.export, erase=personal.erase)
        signal_handlers.connect()
