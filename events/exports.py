"""The attendee list as CSV or XLSX, for organisers. Only what running the event needs."""

import csv
from io import BytesIO, StringIO

from django.utils import timezone
from django.utils.translation import gettext as _
from openpyxl import Workbook

from .names import attendee_name


def header():
    return [
        _("Name"), _("E-mail"), _("Date"), _("Status"), _("Check-in code"), _("Checked in"),
        _("Romanian language level"), _("Childcare needed"), _("Access needs"), _("Answer to the placement question"),
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
            timezone.localtime(registration.checked_in_at).strftime("%Y-%m-%d %H:%M") if registration.checked_in_at else "",
            registration.get_language_level_display(),
            {True: _("yes"), False: _("no")}.get(registration.childcare_needed, ""),
            registration.access_needs,
            registration.placement_answer,
        ]


def safe_cell(value):
    """Spreadsheets run cells starting with = + - @ as formulas: neutralise them."""
    text = str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text


def attendees_csv(registrations, event):
    buffer = StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header())
    for row in rows(registrations, event):
        writer.writerow([safe_cell(cell) for cell in row])
    return "\ufeff" + buffer.getvalue()


def attendees_xlsx(registrations, event):
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = _("Attendees")[:31]
    sheet.append(header())
    for row in rows(registrations, event):
        sheet.append([safe_cell(cell) for cell in row])
    buffer = BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
