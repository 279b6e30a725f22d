"""The directory as CSV and as vCard 4.0 (RFC 6350), one card per person."""

from django.utils.translation import gettext as _

from core.spreadsheets import write_csv


def _vcard_escape(value):
    # RFC 6350 section 3.4: backslash, comma, semicolon and newlines are escaped in text values.
    return (
        str(value)
        .replace("\\", "\\\\")
        .replace(",", "\\,")
        .replace(";", "\\;")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
    )


def _fold(line):
    """Lines longer than 75 octets are folded with CRLF + space, never inside a UTF-8 character."""
    encoded = line.encode("utf-8")
    if len(encoded) <= 75:
        return line
    parts, current = [], b""
    for character in line:
        piece = character.encode("utf-8")
        if len(current) + len(piece) > (75 if not parts else 74):
            parts.append(current.decode("utf-8"))
            current = b""
        current += piece
    parts.append(current.decode("utf-8"))
    return "\r\n ".join(parts)


def _card(name, *, organisation="", title="", email="", phone="", note=""):
    lines = ["BEGIN:VCARD", "VERSION:4.0", f"FN:{_vcard_escape(name)}"]
    if organisation:
        lines.append(f"ORG:{_vcard_escape(organisation)}")
    if title:
        lines.append(f"TITLE:{_vcard_escape(title)}")
    if email:
        lines.append(f"EMAIL:{_vcard_escape(email)}")
    if phone:
        lines.append(f"TEL;VALUE=uri:tel:{phone.replace(' ', '')}")
    if note:
        lines.append(f"NOTE:{_vcard_escape(note)}")
    lines.append("END:VCARD")
    return "".join(_fold(line) + "\r\n" for line in lines)


def directory_vcards(members, experts):
    cards = [
        _card(
            member.name,
            organisation=member.institution.name if member.institution else "",
            title=member.role,
            email=member.email,
            phone=member.phone,
            note=_("Deputy of %(name)s") % {"name": member.deputy_of.name} if member.deputy_of else "",
        )
        for member in members
    ]
    cards += [
        _card(
            expert.name,
            organisation=expert.organisation,
            title=expert.get_kind_display(),
            email=expert.email,
            phone=expert.phone,
            note=", ".join(filter(None, [expert.languages, expert.specialties])),
        )
        for expert in experts
    ]
    return "".join(cards).encode("utf-8")


def directory_csv(members, experts):
    header = [
        _("Type"),
        _("Name"),
        _("Role"),
        _("Institution"),
        _("Tier"),
        _("Deputy of"),
        _("E-mail"),
        _("Phone"),
        _("Languages"),
        _("Specialties"),
    ]
    rows = [
        [
            _("Team member"),
            member.name,
            member.role,
            member.institution.name if member.institution else "",
            member.institution.get_tier_display() if member.institution else "",
            member.deputy_of.name if member.deputy_of else "",
            member.email,
            member.phone,
            "",
            "",
        ]
        for member in members
    ]
    rows += [
        [
            _("Expert"),
            expert.name,
            expert.get_kind_display(),
            expert.organisation,
            "",
            "",
            expert.email,
            expert.phone,
            expert.languages,
            expert.specialties,
        ]
        for expert in experts
    ]
    return write_csv(rows, header).encode("utf-8")
