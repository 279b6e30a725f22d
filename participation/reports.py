"""Files of participation: the annual statistics of Law 544/2001 and OG 27/2002 (XLSX and PDF),
the synthesis of a consultation, survey results (formulas neutralised by core.spreadsheets) and
the good-practice compendium (PDF, through core.pdf)."""

from django.utils import timezone
from django.utils.translation import gettext as _

from core.pdf import render_pdf
from core.spreadsheets import write_csv, write_xlsx

from .models import Decision, Domain, Outcome, RequesterType


def statistics_sections(stats):
    """[(table title, [(category, count)])] in the order of the law's annual report."""
    labels = {**dict(Domain.choices), **dict(Outcome.choices), **dict(RequesterType.choices)}
    sections = [
        (_("Requests by domain"), stats["information_by_domain"]),
        (_("Requests by outcome"), stats["information_by_outcome"]),
        (_("Requests by requester"), stats["information_by_requester"]),
        (_("Requests by channel"), stats["information_by_channel"]),
        (_("Petitions by half-year"), stats["petitions_by_half"]),
        (_("Petitions by outcome"), stats["petitions_by_outcome"]),
        (
            _("Complaints"),
            {_("registered"): stats["complaints"], _("justified"): stats["complaints_justified"]},
        ),
        (
            _("Complaints about our services"),
            {
                _("registered"): stats["service_complaints"],
                _("justified"): stats["service_complaints_justified"],
            },
        ),
    ]
    return [
        (
            str(section),
            [
                (str(labels.get(key, key)), count)
                for key, count in sorted(counts.items(), key=lambda item: str(item[0]))
            ],
        )
        for section, counts in sections
    ]


def statistics_xlsx(stats):
    rows = [
        (section, category, count)
        for section, counts in statistics_sections(stats)
        for category, count in counts
    ]
    return write_xlsx(rows, [_("Table"), _("Category"), _("Count")], title=str(stats["year"]))


def statistics_pdf(stats, *, language):
    context = {"year": stats["year"], "sections": statistics_sections(stats), "made_at": timezone.now()}
    return render_pdf("participation/pdf/statistics.html", context, language=language)


def compendium_pdf(practices, *, language):
    return render_pdf(
        "participation/pdf/compendium.html",
        {"practices": practices, "made_at": timezone.now()},
        language=language,
    )


def synthesis_header():
    return [
        _("Section"),
        _("Author"),
        _("Language"),
        _("Comment"),
        _("Proposed wording"),
        _("Decision"),
        _("Reason"),
    ]


def synthesis_table(comments):
    decisions = dict(Decision.choices)
    return [
        (
            f"{comment.section.position}. {comment.section.heading}",
            comment.author_name,
            comment.language,
            comment.body,
            comment.proposed_text,
            str(decisions.get(comment.decision, "")),
            comment.decision_reason,
        )
        for comment in comments
    ]


def synthesis_xlsx(consultation, comments):
    return write_xlsx(synthesis_table(comments), synthesis_header(), title=consultation.title)


def synthesis_csv(comments):
    return write_csv(synthesis_table(comments), synthesis_header())


def survey_results_table(results):
    """(question, answer, count) rows, then the responses per language; hidden small groups
    stay hidden in the export."""
    rows = []
    for item in results["questions"]:
        for label, count in item["rows"]:
            rows.append((item["text"], label, "" if count is None else count))
        for text in item["texts"]:
            rows.append((item["text"], text, 1))
    for code, count in results["languages"]:
        rows.append((_("Responses in each language"), code, "" if count is None else count))
    return rows


def survey_results_file(survey, results, file_format):
    header = [_("Question"), _("Answer"), _("Count")]
    if file_format == "csv":
        return write_csv(survey_results_table(results), header)
    return write_xlsx(survey_results_table(results), header, title=survey.title)
