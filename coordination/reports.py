"""The annual integration report draft, generated from the action plan, the meetings and the
approved minutes: as a PDF (core.pdf) and as an editable DOCX (python-docx)."""

import io
from decimal import Decimal

from django.conf import settings
from django.db.models import Prefetch
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from docx import Document

from core.pdf import render_pdf

from .models import Action, Indicator, Minutes, MinutesStatus, StrategicObjective
from .stats import body_statuses


def objectives_with_actions():
    actions = Action.objects.select_related("leader").prefetch_related(
        "partners", Prefetch("indicators", queryset=Indicator.objects.order_by("pk"))
    )
    return StrategicObjective.objects.prefetch_related(Prefetch("actions", queryset=actions))


def objective_progress(objective):
    actions = list(objective.actions.all())
    return round(sum(action.progress for action in actions) / len(actions)) if actions else 0


def report_data(year):
    objectives = []
    for objective in objectives_with_actions():
        objectives.append(
            {
                "objective": objective,
                "progress": objective_progress(objective),
                "actions": list(objective.actions.all()),
            }
        )
    minutes = (
        Minutes.objects.exclude(status=MinutesStatus.DRAFT)
        .filter(meeting__starts_at__year=year)
        .select_related("meeting__body")
        .order_by("meeting__starts_at")
    )
    return {"year": year, "objectives": objectives, "bodies": body_statuses(year), "minutes": list(minutes)}


def plain_number(value):
    """A decimal as people write it: 5, not 5.00; 42.25 and 80.5 as they are."""
    value = Decimal(value)
    return str(int(value)) if value == value.to_integral_value() else format(value.normalize(), "f")


def _meeting_day(minutes):
    return f"{timezone.localtime(minutes.meeting.starts_at):%Y-%m-%d}"


def _indicator_line(indicator):
    return _("%(name)s: %(current)s of %(target)s %(unit)s") % {
        "name": indicator.name,
        "current": plain_number(indicator.current),
        "target": plain_number(indicator.target),
        "unit": indicator.unit,
    }


def _title(data):
    return _("Annual integration report %(year)s (draft)") % {"year": data["year"]}


def report_pdf(data, language=None):
    language = language or translation.get_language() or settings.LANGUAGE_CODE
    with translation.override(language):
        title = _title(data)
    context = {
        "title": title,
        "objectives": data["objectives"],
        "bodies": data["bodies"],
        "minutes_list": data["minutes"],
    }
    return render_pdf("coordination/pdf/annual_report.html", context, language=language)


def report_docx(data):
    document = Document()
    document.core_properties.title = _title(data)
    document.add_heading(_title(data), level=0)
    document.add_heading(_("Progress per strategic objective"), level=1)
    for entry in data["objectives"]:
        document.add_heading(f"{entry['objective']} — {entry['progress']}%", level=2)
        for action in entry["actions"]:
            document.add_heading(f"{action} — {action.get_status_display()}, {action.progress}%", level=3)
            for indicator in action.indicators.all():
                document.add_paragraph(_indicator_line(indicator), style="List Bullet")
    document.add_heading(_("Meetings held per body"), level=1)
    table = document.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, [_("Body"), _("Meetings held"), _("Minimum")], strict=True):
        cell.text = text
    for status in data["bodies"]:
        cells = table.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = (
            status.body.name,
            str(status.meetings_held),
            str(status.body.min_meetings_per_year),
        )
    document.add_heading(_("Approved minutes"), level=1)
    for minutes in data["minutes"]:
        document.add_paragraph(f"{_meeting_day(minutes)} — {minutes.meeting}", style="List Bullet")
    if not data["minutes"]:
        document.add_paragraph(_("No minutes approved this year."))
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
