"""Dates read in each language's own order, and a date ending a sentence ends it once."""

from datetime import date, datetime

import pytest
from django.template import Context, Template
from django.utils import formats, translation

SENTENCE = Template(
    '{% load i18n %}{% blocktranslate with date=day|date:"DATE_FORMAT" %}'
    "Information last checked on {{ date }}.{% endblocktranslate %}"
)


@pytest.mark.parametrize(
    "language, expected",
    [("ar", "2 ديسمبر 2026، 18:30"), ("uk", "2 грудня 2026, 18:30"), ("ro", "2 decembrie 2026, 18:30")],
)
def test_date_and_time_in_the_languages_order(language, expected):
    with translation.override(language):
        assert (
            formats.date_format(datetime(2026, 12, 2, 18, 30), "DATETIME_FORMAT").lower() == expected.lower()
        )


def test_a_ukrainian_date_at_the_end_of_a_sentence_has_one_point():
    with translation.override("uk"):
        sentence = SENTENCE.render(Context({"day": date(2026, 12, 2)}))
    assert "2 грудня 2026" in sentence
    assert ".." not in sentence


@pytest.mark.django_db
def test_the_site_name_is_set_per_language(client, settings):
    settings.SITE_NAMES = {"ar": "مركز الاندماج"}
    assert '<a class="site-name" href="/ar/">مركز الاندماج</a>' in client.get("/ar/search/").content.decode()
    assert "مركز الاندماج" not in client.get("/fr/search/").content.decode()
