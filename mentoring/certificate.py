"""The volunteer's thank-you certificate: a one-page PDF in their preferred language."""

import io
from pathlib import Path

import arabic_reshaper
from bidi.algorithm import get_display
from django.conf import settings
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from accounts.models import preferred_language

# DejaVu Sans covers Romanian, Polish, Ukrainian and Arabic letters; Helvetica is the fallback.
UNICODE_FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def _font():
    if UNICODE_FONT.exists():
        if "DejaVuSans" not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont("DejaVuSans", str(UNICODE_FONT)))
        return "DejaVuSans"
    return "Helvetica"


def certificate_pdf(user, total_hours, hours_by_programme):
    language = preferred_language(user)
    right_to_left = language in settings.LANGUAGES_BIDI
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=landscape(A4))
    width, height = landscape(A4)
    font = _font()
    with translation.override(language):
        lines = [
            (28, _("Thank you")),
            (16, _("This certificate thanks")),
            (22, user.get_full_name() or user.username),
            (14, _("for %(hours)s hours of volunteering with newcomers in our city.") % {"hours": total_hours}),
        ]
        lines += [(12, f"{name}: {hours} h") for name, hours in hours_by_programme.items()]
        lines.append((12, f"{settings.WAGTAIL_SITE_NAME}, {date_format(timezone.localdate())}"))
        page.setTitle(_("Volunteer certificate"))
    y = height - 140
    for size, text in lines:
        page.setFont(font, size)
        text = str(text)
        page.drawCentredString(width / 2, y, get_display(arabic_reshaper.reshape(text)) if right_to_left else text)
        y -= size * 2.2
    page.showPage()
    page.save()
    return buffer.getvalue()
