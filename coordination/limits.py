"""How much a person may type into coordination, in one place for forms, API schemas and
services: enough for any real meeting, never a 5,000-item agenda or a novel in a field."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

MAX_AGENDA_ITEMS = 50
MAX_AGENDA_ITEM_LENGTH = 255  # AgendaItem.title
MAX_AGENDA_TEXT_LENGTH = MAX_AGENDA_ITEMS * (MAX_AGENDA_ITEM_LENGTH + 1)
MAX_SUMMARY_LENGTH = 5_000  # per agenda item, in the minutes
MAX_DECISIONS_LENGTH = 20_000
MAX_PROGRESS_TEXT_LENGTH = 5_000
MAX_NAME_LENGTH = 200  # a deputy's name, as Attendance and Invitation keep it
MAX_ACTION_ITEM_LENGTH = 255  # ActionItem.title
MAX_DESCRIPTION_LENGTH = 5_000  # descriptions of bodies, objectives, actions, work-plan entries


def check_agenda(titles):
    if len(titles) > MAX_AGENDA_ITEMS:
        raise ValidationError(
            ngettext(
                "An agenda has at most %(limit)d item; this one has %(count)d.",
                "An agenda has at most %(limit)d items; this one has %(count)d.",
                MAX_AGENDA_ITEMS,
            )
            % {"limit": MAX_AGENDA_ITEMS, "count": len(titles)},
            code="agenda_too_long",
        )
    for position, title in enumerate(titles, start=1):
        if len(title) > MAX_AGENDA_ITEM_LENGTH:
            raise ValidationError(
                _("Agenda item %(position)d is too long: at most %(limit)d characters.")
                % {"position": position, "limit": MAX_AGENDA_ITEM_LENGTH},
                code="agenda_item_too_long",
            )


def check_length(text, limit, message):
    if len(text) > limit:
        raise ValidationError(message % {"limit": limit}, code="too_long")


def check_deputy_name(name):
    check_length(name, MAX_NAME_LENGTH, _("The deputy's name is too long: at most %(limit)d characters."))


def check_minutes_text(item_summaries, decisions):
    if any(len(summary) > MAX_SUMMARY_LENGTH for summary in item_summaries.values()):
        raise ValidationError(
            _("A summary is too long: at most %(limit)d characters per agenda item.")
            % {"limit": MAX_SUMMARY_LENGTH},
            code="summary_too_long",
        )
    if len(decisions) > MAX_DECISIONS_LENGTH:
        raise ValidationError(
            _("The decisions are too long: at most %(limit)d characters.") % {"limit": MAX_DECISIONS_LENGTH},
            code="decisions_too_long",
        )
