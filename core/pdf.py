"""One PDF toolkit for every app: an HTML template rendered by WeasyPrint.

WeasyPrint lays text out with Pango and HarfBuzz, so Arabic is shaped and right-to-left text is
ordered by the bidi algorithm: templates hold plain logical-order text, never reshaped strings.
Templates extend `core/pdf/base.html` (page size, margins, page numbers, fonts), so one stylesheet
styles every document. They are rendered in the reader's language: Django's `date` and `time`
filters print aware datetimes in local time and the reader's locale, and the `local_number` filter
(`{% load pdf %}`) prints counts as whole numbers in the reader's notation.
"""

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import translation
from weasyprint import HTML
from weasyprint.urls import URLFetcher

# Django's LANGUAGES_BIDI lacks Pashto.
RIGHT_TO_LEFT_LANGUAGES = {*settings.LANGUAGES_BIDI, "ps"}


def text_direction(language):
    right_to_left = language in RIGHT_TO_LEFT_LANGUAGES or language.split("-")[0] in RIGHT_TO_LEFT_LANGUAGES
    return "rtl" if right_to_left else "ltr"


def offline_url_fetcher():
    """Documents embed what they need (data: URLs); text from users must never make the server
    read a file or fetch a URL."""
    return URLFetcher(allowed_protocols=("data",), allow_redirects=False)


def render_html(template_name, context, *, language):
    with translation.override(language):
        return render_to_string(
            template_name,
            {**context, "pdf_language": language, "pdf_direction": text_direction(language)},
        )


def render_pdf(template_name, context, *, language):
    """The PDF bytes of `template_name` rendered with `context` in `language`."""
    html = render_html(template_name, context, language=language)
    return HTML(string=html, url_fetcher=offline_url_fetcher()).write_pdf()
