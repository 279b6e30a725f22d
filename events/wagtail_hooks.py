"""Wagtail admin: from an event in the page tree, straight to its attendees and check-in."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import Button

from core.permissions import may

from .models import EventPage
from .rules import MANAGE_ATTENDEES


@hooks.register("register_page_listing_more_buttons")
def attendees_button(page, user, next_url=None):
    if page.specific_class is EventPage and may(user, MANAGE_ATTENDEES, page.specific_deferred):
        yield Button(_("Attendees and check-in"), reverse("events:attendees", args=[page.pk]), icon_name="group", priority=20)
