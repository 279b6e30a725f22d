"""What the generated documents print: the meeting's local time, and counts as whole numbers."""

import datetime
import io
import zoneinfo

import pytest
from docx import Document
from pypdf import PdfReader

from coordination import services
from coordination.documents import render_minutes_pdf
from coordination.models import Indicator
from coordination.reports import report_data, report_docx, report_pdf

from .factories import ActionFactory, MeetingFactory

pytestmark = pytest.mark.django_db
BUCHAREST = zoneinfo.ZoneInfo("Europe/Bucharest")


def pdf_text(data):
    return "".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_the_minutes_pdf_prints_the_meetings_local_time(settings, coordinator):
    settings.TIME_ZONE = "Europe/Bucharest"
    starts = datetime.datetime(2026, 12, 1, 10, 0, tzinfo=BUCHAREST)
    meeting = MeetingFactory(starts_at=starts, ends_at=starts + datetime.timedelta(hours=2))
    minutes = services.save_minutes(meeting, item_summaries={}, decisions="Se aprobă.", user=coordinator)
    text = pdf_text(render_minutes_pdf(minutes, language="ro"))
    assert "1 decembrie 2026 10:00" in text.lower()
    assert "08:00" not in text


def test_arabic_minutes_keep_the_arabic_words_in_reading_order(settings, coordinator):
    settings.TIME_ZONE = "Europe/Bucharest"
    starts = datetime.datetime(2026, 12, 1, 10, 0, tzinfo=BUCHAREST)
    ends = starts + datetime.timedelta(hours=2)
    meeting = MeetingFactory(title="اجتماع المجلس", starts_at=starts, ends_at=ends)
    decisions = "تمت الموافقة على الخطة"
    minutes = services.save_minutes(meeting, item_summaries={}, decisions=decisions, user=coordinator)
    text = pdf_text(render_minutes_pdf(minutes, language="ar"))
    assert "اجتماع المجلس" in text
    assert decisions in text
    assert "10:00" in text and "08:00" not in text


def test_the_report_dates_minutes_by_the_local_day(settings, coordinator):
    settings.TIME_ZONE = "Europe/Bucharest"
    starts = datetime.datetime(2026, 12, 2, 0, 30, tzinfo=BUCHAREST)  # still 1 December in UTC
    meeting = MeetingFactory(starts_at=starts, ends_at=starts + datetime.timedelta(hours=1))
    services.save_minutes(meeting, item_summaries={}, decisions="Se aprobă.", user=coordinator)
    minutes = services.approve_minutes(meeting.minutes, user=coordinator)
    assert "02.12.2026" in pdf_text(report_pdf(report_data(2026), language="ro"))
    assert "2026-12-02" in minutes.document.title


def test_the_annual_report_prints_counts_as_whole_numbers(coordinator):
    action = ActionFactory()
    Indicator.objects.create(action=action, name="Sesiuni de orientare", target=9, current=5, unit="sesiuni")
    Indicator.objects.create(
        action=action, name="Rata de participare", target="80.5", current="42.25", unit="%"
    )
    data = report_data(2026)
    for text in (
        pdf_text(report_pdf(data, language="en")),
        "\n".join(paragraph.text for paragraph in Document(io.BytesIO(report_docx(data))).paragraphs),
    ):
        assert "Sesiuni de orientare: 5 of 9 sesiuni" in text
        assert "5.00" not in text and "9.00" not in text
        assert "Rata de participare: 42.25 of 80.5 %" in text
