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
        yield Button(
            _("Attendees and check-in"),
            reverse("events:attendees", args=[page.pk]),
            icon_name="group",
            priority=20,
        )


@hooks.register("register_log_actions")
def register_events_actions(actions):
    for action, label, message in [
        ("register", _("Register for an event"), _("Registered for an event")),
        ("cancel", _("Cancel a registration"), _("Registration cancelled")),
        ("promote", _("Give a place to someone waiting"), _("Place given to someone waiting")),
        ("check_in", _("Check someone in"), _("Checked in")),
        ("mark_attendance", _("Mark attendance"), _("Attendance marked")),
        ("issue_certificate", _("Issue a certificate"), _("Certificate issued")),
    ]:
        actions.register_action(f"events.{action}", label, message)
