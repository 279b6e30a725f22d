"""The content of written minutes, as a JSON snapshot (for versions) and as a PDF (core.pdf)."""

from django.conf import settings
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from core.pdf import render_pdf


def minutes_content(minutes):
    """Everything the minutes say, as plain JSON: what a version keeps."""
    meeting = minutes.meeting
    agenda = list(meeting.agenda_items.order_by("position"))
    return {
        "meeting": meeting.title,
        "body": meeting.body.name,
        "starts_at": timezone.localtime(meeting.starts_at).isoformat(),
        "place": meeting.place or meeting.online_url,
        "attendees": [
            {"name": attendance.member.name, "deputy": attendance.deputy_name}
            for attendance in meeting.attendances.select_related("member").order_by("member__name")
        ],
        "agenda": [
            {
                "position": item.position,
                "title": item.title,
                "summary": minutes.item_summaries.get(str(item.pk), ""),
            }
            for item in agenda
        ],
        "decisions": minutes.decisions,
        "action_items": [
            {
                "title": item.title,
                "owner": str(item.owner),
                "due_date": item.due_date.isoformat(),
                "status": item.status,
            }
            for item in meeting.action_items.select_related("owner_member", "owner_institution").order_by(
                "due_date", "pk"
            )
        ],
        "status": minutes.status,
        "file_name": minutes.file_name,
    }


def render_minutes_pdf(minutes, language=None):
    """The minutes as a PDF in `language` (the active language by default), times in local time."""
    meeting = minutes.meeting
    summaries = minutes.item_summaries
    language = language or translation.get_language() or settings.LANGUAGE_CODE
    with translation.override(language):
        title = _("Minutes: %(meeting)s") % {"meeting": meeting.title}
    context = {
        "title": title,
        "minutes": minutes,
        "meeting": meeting,
        "place": meeting.place or meeting.online_url,
        "attendances": meeting.attendances.select_related("member").order_by("member__name"),
        "agenda": [
            {"position": item.position, "title": item.title, "summary": summaries.get(str(item.pk), "")}
            for item in meeting.agenda_items.order_by("position")
        ],
        "action_items": meeting.action_items.select_related("owner_member", "owner_institution").order_by(
            "due_date", "pk"
        ),
    }
    return render_pdf("coordination/pdf/minutes.html", context, language=language)
