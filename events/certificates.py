"""Course certificates as PDF: the learner's language and Romanian, with a verification code.
Arabic is shaped (arabic-reshaper) and reordered (python-bidi) because reportlab draws glyphs
left to right as given; DejaVu Sans has the Arabic, Cyrillic and Latin glyphs we need."""

import unicodedata
from io import BytesIO
from pathlib import Path

import arabic_reshaper
from bidi import get_display
from django.conf import settings
from django.urls import reverse
from django.utils import formats, translation
from django.utils.translation import gettext as _
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

FONT_NAME = "EventsCertificateFont"
FONT_CANDIDATES = [
    Path(settings.EVENTS_CERTIFICATE_FONT or "/nonexistent"),
    Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
    Path("/usr/share/fonts/TTF/DejaVuSans.ttf"),
    Path("/usr/share/fonts/dejavu/DejaVuSans.ttf"),
]


def certificate_font():
    if FONT_NAME not in pdfmetrics.getRegisteredFontNames():
        path = next((candidate for candidate in FONT_CANDIDATES if candidate.is_file()), None)
        if path is None:
            raise RuntimeError("No font with Arabic glyphs found; set EVENTS_CERTIFICATE_FONT to a TTF file.")
        pdfmetrics.registerFont(TTFont(FONT_NAME, str(path)))
    return FONT_NAME


def visual(text, language):
    """`text` as drawn left to right: shaped and reordered when the language, or the text itself
    (a learner's name in Arabic script on the Romanian half), is right to left."""
    right_to_left = any(unicodedata.bidirectional(character) in ("R", "AL") for character in text)
    if right_to_left or language.split("-")[0] in settings.LANGUAGES_BIDI:
        return get_display(arabic_reshaper.reshape(text))
    return text


def certificate_lines(certificate, language):
    with translation.override(language):
        level = f" ({certificate.course_level})" if certificate.course_level else ""
        return [
            (22, _("Certificate of attendance")),
            (16, certificate.learner_name),
            *([(13, certificate.learner_name_latin)] if certificate.learner_name_latin else []),
            (12, _("attended %(sessions)s sessions of the course") % {"sessions": certificate.sessions_attended}),
            (14, f"{certificate.course_title}{level}"),
            (11, _("Completed on %(date)s") % {"date": formats.date_format(certificate.completed_on, "DATE_FORMAT")}),
        ]


def certificate_pdf(certificate, language):
    """The PDF bytes: one block in `language`, one in Romanian (just one if they are the same)."""
    font = certificate_font()
    buffer = BytesIO()
    width, height = landscape(A4)
    pdf = canvas.Canvas(buffer, pagesize=(width, height))
    pdf.setTitle(f"Certificate {certificate.code}")
    languages = [language] if language == settings.LANGUAGE_CODE else [language, settings.LANGUAGE_CODE]
    y = height - 80
    for block_language in languages:
        for size, text in certificate_lines(certificate, block_language):
            pdf.setFont(font, size)
            pdf.drawCentredString(width / 2, y, visual(text, block_language))
            y -= size + 14
        y -= 30
    with translation.override(language):
        verify_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("events:verify_certificate", args=[certificate.code])
        verify_text = _("Verification code: %(code)s") % {"code": certificate.code}
    pdf.setFont(font, 10)
    pdf.drawCentredString(width / 2, 60, visual(verify_text, language))
    pdf.drawCentredString(width / 2, 44, verify_url)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()
