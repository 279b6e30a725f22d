"""Changes made in the Wagtail editor that affect registrations go through the services."""

from wagtail.signals import page_published

from . import services
from .models import EventPage


def promote_after_publish(sender, instance, **kwargs):
    """A published change may free places (more places, or no limit): the people waiting get
    them in order and are told, as when someone cancels."""
    services.promote_all_waiting(instance)


def connect():
    page_published.connect(
        promote_after_publish, sender=EventPage, dispatch_uid="events.promote_after_publish"
    )
