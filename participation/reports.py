"""Spreadsheets of participation: the annual statistics of Law 544/2001 and OG 27/2002, and the
synthesis of a consultation. Cells that a spreadsheet would run as formulas are neutralised."""

import csv
import io

from django.utils.translation import gettext as _
from openpyxl import Workbook

from .models import Decision, Domain, Outcome, RequesterType

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value):
    """Text that starts like a formula is prefixed with a quote so it stays text."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _workbook(title, header, rows):
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = title[:31]
    sheet.append([neutralise(str(cell)) for cell in header])
    for row in rows:
        sheet.append([neutralise(cell) for cell in row])
    return workbook


def _bytes(workbook):
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def statistics_xlsx(stats):
    labels = {**dict(Domain.choices), **dict(Outcome.choices), **dict(RequesterType.choices)}
    sections = [
        (_("Requests by domain"), stats["information_by_domain"]),
        (_("Requests by outcome"), stats["information_by_outcome"]),
        (_("Requests by requester"), stats["information_by_requester"]),
        (_("Requests by channel"), stats["information_by_channel"]),
        (_("Petitions by half-year"), stats["petitions_by_half"]),
        (_("Petitions by outcome"), stats["petitions_by_outcome"]),
        (_("Complaints"), {_("registered"): stats["complaints"], _("justified"): stats["complaints_justified"]}),
    ]
    rows = [
        (str(section), str(labels.get(key, key)), count)
        for section, counts in sections
        for key, count in sorted(counts.items(), key=lambda item: str(item[0]))
    ]
    return _bytes(_workbook(str(stats["year"]), [_("Table"), _("Category"), _("Count")], rows))


def synthesis_header():
    return [_("Section"), _("Author"), _("Language"), _("Comment"), _("Proposed wording"), _("Decision"), _("Reason")]


def synthesis_table(comments):
    decisions = dict(Decision.choices)
    return [
        (
            f"{comment.section.position}. {comment.section.heading}", comment.author_name, comment.language,
            comment.body, comment.proposed_text, str(decisions.get(comment.decision, "")), comment.decision_reason,
        )
        for comment in comments
    ]


def synthesis_xlsx(consultation, comments):
    return _bytes(_workbook(consultation.title, synthesis_header(), synthesis_table(comments)))


def synthesis_csv(comments):
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(synthesis_header())
    writer.writerows([[neutralise(cell) for cell in row] for row in synthesis_table(comments)])
    return buffer.getvalue()
