"""The content of written minutes, as a JSON snapshot (for versions) and as a PDF (reportlab)."""

import io
from pathlib import Path

from django.utils import timezone
from django.utils.translation import gettext as _
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import ListFlowable, Paragraph, SimpleDocTemplate, Spacer
from xml.sax.saxutils import escape

# Helvetica lacks Romanian and Polish letters (ș, ț, ł); DejaVu has them when installed.
UNICODE_FONTS = {
    "Coordination": Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
    "Coordination-Bold": Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
}


def pdf_styles():
    styles = getSampleStyleSheet()
    if all(path.exists() for path in UNICODE_FONTS.values()):
        for name, path in UNICODE_FONTS.items():
            if name not in pdfmetrics.getRegisteredFontNames():
                pdfmetrics.registerFont(TTFont(name, str(path)))
        for style in styles.byName.values():
            style.fontName = "Coordination-Bold" if style.name.startswith(("Heading", "Title")) else "Coordination"
    return styles


def paragraph(text, style):
    return Paragraph(escape(str(text)).replace("\n", "<br/>"), style)


def build_pdf(flowables, title):
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer, pagesize=A4, title=title, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm, bottomMargin=2 * cm
    )
    document.build(flowables)
    return buffer.getvalue()


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
            {"position": item.position, "title": item.title, "summary": minutes.item_summaries.get(str(item.pk), "")}
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
            for item in meeting.action_items.select_related("owner_member", "owner_institution").order_by("due_date", "pk")
        ],
        "status": minutes.status,
        "file_name": minutes.file_name,
    }


def render_minutes_pdf(minutes):
    content = minutes_content(minutes)
    styles = pdf_styles()
    title = _("Minutes: %(meeting)s") % {"meeting": content["meeting"]}
    story = [
        paragraph(title, styles["Title"]),
        paragraph(f"{content['body']} · {content['starts_at'][:16].replace('T', ' ')} · {content['place']}", styles["Normal"]),
        Spacer(1, 0.4 * cm),
        paragraph(_("Attendees"), styles["Heading2"]),
    ]
    attendees = [
        _("%(member)s, represented by %(deputy)s") % {"member": a["name"], "deputy": a["deputy"]} if a["deputy"] else a["name"]
        for a in content["attendees"]
    ]
    story.append(ListFlowable([paragraph(name, styles["Normal"]) for name in attendees] or [paragraph("-", styles["Normal"])], bulletType="bullet"))
    story.append(paragraph(_("Agenda"), styles["Heading2"]))
    for item in content["agenda"]:
        story.append(paragraph(f"{item['position']}. {item['title']}", styles["Heading3"]))
        if item["summary"]:
            story.append(paragraph(item["summary"], styles["Normal"]))
    if content["decisions"]:
        story += [paragraph(_("Decisions"), styles["Heading2"]), paragraph(content["decisions"], styles["Normal"])]
    if content["action_items"]:
        story.append(paragraph(_("Action items"), styles["Heading2"]))
        story.append(
            ListFlowable(
                [
                    paragraph(_("%(title)s (owner: %(owner)s, due %(due)s)") % {"title": i["title"], "owner": i["owner"], "due": i["due_date"]}, styles["Normal"])
                    for i in content["action_items"]
                ],
                bulletType="bullet",
            )
        )
    return build_pdf(story, title)
