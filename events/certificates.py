"""Course certificates as PDF: the learner's language and Romanian, with a verification code.
Rendered by core.pdf, which shapes Arabic and lays out right-to-left text itself."""

from django.conf import settings
from django.urls import reverse
from django.utils import formats, translation
from django.utils.translation import gettext as _

from core.pdf import render_pdf, text_direction


def certificate_block(certificate, language):
    """The certificate's sentences in one language."""
    with translation.override(language):
        return {
            "language": language,
            "direction": text_direction(language),
            "heading": _("Certificate of attendance"),
            "attendance": _("attended %(sessions)s sessions of the course")
            % {"sessions": formats.localize(certificate.sessions_attended, use_l10n=True)},
            "completed": _("Completed on %(date)s")
            % {"date": formats.date_format(certificate.completed_on, "DATE_FORMAT")},
        }


def certificate_pdf(certificate, language):
    """The PDF bytes: one block in `language`, one in Romanian (just one if they are the same)."""
    languages = [language] if language == settings.LANGUAGE_CODE else [language, settings.LANGUAGE_CODE]
    with translation.override(language):
        verification_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(
            "events:verify_certificate", args=[certificate.code]
        )
        verification_text = _("Verification code: %(code)s") % {"code": certificate.code}
    context = {
        "document_title": f"Certificate {certificate.code}",
        "certificate": certificate,
        "blocks": [certificate_block(certificate, block_language) for block_language in languages],
        "verification_text": verification_text,
        "verification_url": verification_url,
    }
    return render_pdf("events/pdf/certificate.html", context, language=language)
