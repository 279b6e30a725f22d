"""The attendee list as CSV or XLSX, for organisers. Only what running the event needs; the shared
writer neutralises spreadsheet formulas."""

from django.utils import timezone
from django.utils.translation import gettext as _

from core.spreadsheets import write_csv, write_xlsx

from .names import attendee_name


def header():
    return [
        _("Name"),
        _("E-mail"),
        _("Date"),
        _("Status"),
        _("Check-in code"),
        _("Checked in"),
        _("Romanian language level"),
        _("Childcare needed"),
        _("Access needs"),
        _("Answer to the placement question"),
    ]


def rows(registrations, event):
    for registration in registrations:
        user = registration.user
        date = timezone.localtime(registration.occurrence or event.start)
        yield [
            attendee_name(user),
            user.email,
            date.strftime("%Y-%m-%d %H:%M"),
            registration.get_status_display(),
            registration.check_in_code,
            timezone.localtime(registration.checked_in_at).strftime("%Y-%m-%d %H:%M")
            if registration.checked_in_at
            else "",
            registration.get_language_level_display(),
            {True: _("yes"), False: _("no")}.get(registration.childcare_needed, ""),
            registration.access_needs,
            registration.placement_answer,
        ]


def attendees_csv(registrations, event):
    return write_csv(rows(registrations, event), header())


def attendees_xlsx(registrations, event):
    return write_xlsx(rows(registrations, event), header(), title=_("Attendees"))
