"""The volunteer's thank-you certificate: a one-page PDF in their preferred language."""

from django.conf import settings
from django.utils import timezone

from accounts.models import preferred_language
from core.pdf import render_pdf


def certificate_pdf(user, total_hours, hours_by_programme):
    context = {
        "volunteer_name": user.get_full_name() or user.username,
        "total_hours": total_hours,
        "hours_by_programme": hours_by_programme,
        "site_name": settings.WAGTAIL_SITE_NAME,
        "today": timezone.localdate(),
    }
    return render_pdf("mentoring/pdf/volunteer_certificate.html", context, language=preferred_language(user))
