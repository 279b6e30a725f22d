"""Downloads of the monthly report: XLSX and PDF of the figures, and the month's beneficiary
database (codes and services given, never names) as CSV or XLSX. Cells are neutralised so a
spreadsheet never runs them as formulas."""

from collections import defaultdict
from io import BytesIO

from django.utils import translation
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from openpyxl import Workbook

from core.pdf import render_pdf
from core.spreadsheets import safe_cell, write_csv, write_xlsx

from .choices import Channel, Domain, Gender, ResidenceCategory, Service
from .indicators import charts, contacts_by_month, indicators
from .models import ContactParticipant
from .reports import AGE_GROUPS
from .services.reporting import next_month


def figure_rows(figures):
    """The figures as (section, item, value...) rows: the one layout of XLSX, PDF and page."""
    labels = {
        **dict(Gender.choices),
        **dict(ResidenceCategory.choices),
        **dict(Domain.choices),
        **dict(Channel.choices),
        **dict(Service.choices),
        "unknown": _("Unknown"),
    }
    b = figures["beneficiaries"]
    rows = [
        (_("Unique beneficiaries"), _("Total"), b["total"]),
        (_("Unique beneficiaries"), _("New"), b["new"]),
        (_("Unique beneficiaries"), _("Returning"), b["returning"]),
    ]
    for service, entry in figures["by_service"].items():
        rows.append((_("By service"), f"{labels[service]}: {_('total')}", entry["total"]))
        rows.append((_("By service"), f"{labels[service]}: {_('new')}", entry["new"]))
        rows.append((_("By service"), f"{labels[service]}: {_('returning')}", entry["returning"]))
    for section, key in (
        (_("By gender"), "by_gender"),
        (_("By age group"), "by_age_group"),
        (_("By citizenship"), "by_citizenship"),
        (_("By residence category"), "by_residence_category"),
    ):
        rows += [(section, str(labels.get(item, item)), count) for item, count in figures[key].items()]
    for section, key in ((_("By domain"), "by_domain"), (_("By channel"), "by_channel")):
        for item, entry in figures[key].items():
            rows.append((section, f"{labels[item]}: {_('beneficiaries')}", entry["beneficiaries"]))
            rows.append((section, f"{labels[item]}: {_('contacts')}", entry["contacts"]))
    contact_labels = {
        "total": _("Contacts"),
        "group_sessions": _("Group information sessions"),
        "group_participants": _("Participants in group sessions"),
        "with_language_help": _("With an interpreter or mediator"),
        "late_entries": _("Logged after submission (corrections)"),
        "minutes": _("Minutes of service"),
    }
    rows += [(_("Contacts"), contact_labels[key], value) for key, value in figures["contacts"].items()]
    case_labels = {
        "opened": _("Opened"),
        "proposed": _("Proposed for assistance"),
        "approved": _("Approved"),
        "refused": _("Refused"),
        "closed": _("Closed"),
        "open_at_month_end": _("Open at the end of the month"),
    }
    rows += [(_("Cases"), case_labels[key], value) for key, value in figures["cases"].items()]
    for institution, entry in figures["referrals"].items():
        rows.append((_("Referrals"), institution, entry["total"]))
    platform_labels = {
        "events_held": _("Events held"),
        "event_participants": _("Event participants"),
        "course_attendances": _("Course attendances"),
        "certificates": _("Certificates issued"),
        "mentoring_matches": _("Mentoring matches started"),
        "mentoring_hours": _("Mentoring hours"),
    }
    rows += [
        (_("Across the platform"), platform_labels[key], value) for key, value in figures["platform"].items()
    ]
    rows.append((_("Corrections"), _("Corrections after submission"), figures["corrections"]))
    return rows


def report_xlsx(title, figures, narrative=()):
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = _("Figures")[:31]
    sheet.append([safe_cell(title)])
    sheet.append([_("Section"), _("Item"), _("Value")])
    for row in figure_rows(figures):
        sheet.append([safe_cell(cell) for cell in row])
    if narrative:
        text = workbook.create_sheet(_("Narrative")[:31])
        for heading, body in narrative:
            text.append([safe_cell(heading), safe_cell(body)])
    buffer = BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def report_pdf(title, figures, month, narrative=(), centre=None):
    """The figures (and the narrative sections) as a PDF, through the shared PDF toolkit, with the
    month's indicators of the centre (or of the network) as charts, each followed by its table."""
    language = get_language()
    with translation.override(language):
        rows, trend = indicators(month, centre=centre), contacts_by_month(month, centre)
        scope = centre.name if centre else _("the network")
        context = {
            "title": title,
            "narrative": list(narrative),
            "rows": list(figure_rows(figures)),
            "indicators": rows,
            "trend": trend,
            "charts": charts(month, rows, trend, scope),
        }
    return render_pdf("casework/pdf/monthly_report.html", context, language=language)


def beneficiary_rows(month, centre_ids=None):
    """One row per beneficiary served that month: code, the counted attributes and the services
    given. One query, however many rows."""
    start, end = month.replace(day=1), next_month(month.replace(day=1))
    parts = ContactParticipant.objects.filter(contact__date__gte=start, contact__date__lt=end)
    if centre_ids is not None:
        parts = parts.filter(contact__centre_id__in=centre_ids)
    rows = parts.values_list(
        "visitor__code",
        "visitor__registered_on",
        "visitor__year_of_birth",
        "visitor__gender",
        "visitor__citizenship",
        "visitor__residence_category",
        "contact__centre__code",
        "contact__service",
        "contact__channel",
        "contact__referral_institution__name",
    ).order_by("visitor__code")
    people = {}
    services = defaultdict(lambda: defaultdict(int))
    for code, registered, birth, gender, citizenship, category, centre, service, _channel, referral in rows:
        people[code] = [
            code,
            "new" if start <= registered < end else "returning",
            _age_label(month.year, birth),
            gender,
            citizenship,
            category,
        ]
        services[code][service] += 1
        services[code]["centres"] = services[code].get("centres", set()) | {centre}
        if referral:
            services[code]["referrals"] = services[code].get("referrals", 0) + 1
    for code, base in people.items():
        given = services[code]
        yield (
            base
            + [",".join(sorted(given["centres"]))]
            + [given.get(s, 0) for s in Service.values]
            + [given.get("referrals", 0)]
        )


def _age_label(year, birth):
    if birth is None:
        return "unknown"
    age = year - birth
    return next((label for label, low, high in AGE_GROUPS if low <= age <= high), "unknown")


def beneficiary_header():
    return [
        _("Code"),
        _("New or returning"),
        _("Age group"),
        _("Gender"),
        _("Citizenship"),
        _("Residence category"),
        _("Centres"),
        *[label for _value, label in Service.choices],
        _("Referrals"),
    ]


def beneficiaries_csv(month, centre_ids=None):
    return write_csv(beneficiary_rows(month, centre_ids), beneficiary_header())


def beneficiaries_xlsx(month, centre_ids=None):
    return write_xlsx(beneficiary_rows(month, centre_ids), beneficiary_header(), title=_("Beneficiaries"))
