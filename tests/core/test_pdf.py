"""The PDF toolkit: documents in the reader's language and direction, Arabic in logical order,
local times, whole counts, and no fetching of outside resources."""

import datetime
import io
from decimal import Decimal

import pytest
from django.utils import translation
from pypdf import PdfReader

from core.pdf import offline_url_fetcher, render_html, render_pdf, text_direction
from core.templatetags.pdf import local_number

CERTIFICATE = "mentoring/pdf/volunteer_certificate.html"


def pdf_text(data):
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def certificate_context(name="Amina", hours=3, programmes=None):
    return {
        "volunteer_name": name,
        "total_hours": hours,
        "hours_by_programme": programmes or {"Buddy": hours},
        "site_name": "Centrul",
        "today": datetime.date(2026, 12, 1),
    }


@pytest.mark.parametrize(
    ("language", "direction"),
    [("ar", "rtl"), ("ur", "rtl"), ("ps", "rtl"), ("fa", "rtl"), ("he", "rtl"), ("ro", "ltr"), ("uk", "ltr")],
)
def test_the_document_declares_the_readers_language_and_direction(language, direction):
    assert text_direction(language) == direction
    html = render_html(CERTIFICATE, certificate_context(), language=language)
    assert f'<html lang="{language}" dir="{direction}">' in html


def test_arabic_text_comes_out_of_the_pdf_in_reading_order():
    name = "أمينة الحسن"
    text = pdf_text(render_pdf(CERTIFICATE, certificate_context(name=name), language="ar"))
    assert name in text


def test_cyrillic_and_romanian_letters_survive():
    text = pdf_text(render_pdf(CERTIFICATE, certificate_context(name="Олена Șerban Łukasz"), language="uk"))
    assert "Олена Șerban Łukasz" in text


def test_dates_are_printed_in_the_readers_language():
    text = pdf_text(render_pdf(CERTIFICATE, certificate_context(), language="ro"))
    assert "1 decembrie 2026" in text.lower()


@pytest.mark.parametrize(
    ("value", "language", "printed"),
    [
        (5, "ro", "5"),
        ("5.00", "ro", "5"),
        ("42.25", "ro", "42,25"),
        ("42.25", "en", "42.25"),
        ("80.50", "en", "80.5"),
    ],
)
def test_numbers_are_whole_when_whole_and_in_the_readers_notation(value, language, printed):
    with translation.override(language):
        assert local_number(value) == printed


def test_counts_print_as_integers_in_the_pdf():
    context = certificate_context(hours=Decimal("12.00"))
    text = pdf_text(render_pdf(CERTIFICATE, context, language="en"))
    assert "12" in text and "12.00" not in text and "12,00" not in text


@pytest.mark.parametrize("url", ["http://169.254.169.254/latest/meta-data/", "file:///etc/passwd"])
def test_documents_never_fetch_outside_resources(url):
    with pytest.raises(ValueError, match="disallowed protocol"):
        offline_url_fetcher().fetch(url)


def test_embedded_data_still_loads():
    assert offline_url_fetcher().fetch("data:text/plain,ok").read() == b"ok"
