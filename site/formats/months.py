"""Month names as they stand in a date ("2 decembrie 2026"). Django's own Romanian catalogue
capitalises them and it has none for Pashto; the project's catalogues, read before Django's,
correct that. Listed here so that makemessages keeps them in every catalogue."""

from django.utils.translation import gettext_noop

MONTHS = [
    gettext_noop("January"),
    gettext_noop("February"),
    gettext_noop("March"),
    gettext_noop("April"),
    gettext_noop("May"),
    gettext_noop("June"),
    gettext_noop("July"),
    gettext_noop("August"),
    gettext_noop("September"),
    gettext_noop("October"),
    gettext_noop("November"),
    gettext_noop("December"),
]
