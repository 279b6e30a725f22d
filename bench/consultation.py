"""Benchmark of a busy public consultation: 2,000 published comments on a 40-section draft.

Seeds a fresh test database (PostgreSQL when DATABASE_URL names one, else SQLite), then measures
- the public consultation page: its query count with 40 comments and with 2,000 (must be equal)
  and its render time, against the same page with no comments as the baseline;
- the synthesis export (XLSX and CSV) of the 2,000 decided proposals, which must take under 2 s,
  against a baseline that only reads the same rows from the database.
The last line printed is one JSON object.

    .venv/bin/python bench/consultation.py [--comments 2000] [--sections 40]
"""

import argparse
import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "integration_site.settings.test")

import django  # noqa: E402

django.setup()

from datetime import timedelta  # noqa: E402

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.utils import timezone  # noqa: E402

from participation import queries, reports  # noqa: E402
from participation.models import Comment, Consultation, Decision, ModerationStatus, Section  # noqa: E402

LANGUAGES = ["ro", "uk", "ar", "fr", "en", "pl"]
DECISIONS = [Decision.ACCEPTED, Decision.PARTLY, Decision.REJECTED]


def seed(slug, sections):
    today = timezone.localdate()
    consultation = Consultation.objects.create(
        title=f"Draft {slug}",
        slug=slug,
        opens_on=today - timedelta(days=5),
        closes_on=today + timedelta(days=10),
    )
    Section.objects.bulk_create(
        Section(consultation=consultation, position=number, heading=f"Article {number}", text="Text. " * 80)
        for number in range(1, sections + 1)
    )
    return consultation


def add_comments(consultation, count):
    sections = list(consultation.sections.all())
    Comment.objects.bulk_create(
        (
            Comment(
                section=sections[number % len(sections)],
                author_name=f"Resident {number}",
                language=LANGUAGES[number % len(LANGUAGES)],
                body=f"Comment {number}: " + "a proposal " * 20,
                proposed_text="New wording " * (number % 3),
                status=ModerationStatus.PUBLISHED,
                decision=DECISIONS[number % 3],
                decision_reason=f"Reason {number}",
            )
            for number in range(count)
        ),
        batch_size=500,
    )


def page_figures(client, slug, repeats=5):
    url = f"/ro/participation/consultations/{slug}/"
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, response.status_code
    # Counted now: the next request's request_started signal empties the connection's query log.
    query_count = len(captured.captured_queries)
    started = time.perf_counter()
    for _ in range(repeats):
        client.get(url)
    return query_count, (time.perf_counter() - started) / repeats


def timed(function, repeats=3):
    """The result and the best of `repeats` wall-clock times (the first run warms caches)."""
    best = None
    for _ in range(repeats):
        started = time.perf_counter()
        result = function()
        elapsed = time.perf_counter() - started
        best = elapsed if best is None else min(best, elapsed)
    return result, best


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--comments", type=int, default=2000)
    parser.add_argument("--sections", type=int, default=40)
    args = parser.parse_args()
    database = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        client = Client()
        empty = seed("empty", args.sections)
        busy = seed("busy", args.sections)
        baseline_queries, baseline_seconds = page_figures(client, empty.slug)
        add_comments(busy, args.sections)
        small_queries, _small_seconds = page_figures(client, busy.slug)
        add_comments(busy, args.comments - args.sections)
        large_queries, large_seconds = page_figures(client, busy.slug)

        read_rows, read_seconds = timed(lambda: list(queries.synthesis_rows(busy)))
        xlsx, xlsx_seconds = timed(lambda: reports.synthesis_xlsx(busy, queries.synthesis_rows(busy)))
        csv_text, csv_seconds = timed(lambda: reports.synthesis_csv(queries.synthesis_rows(busy)))
        figures = {
            "bench": "consultation",
            "database": connection.vendor,
            "sections": args.sections,
            "comments": Comment.objects.filter(section__consultation=busy).count(),
            "page_queries_with_40_comments": small_queries,
            "page_queries_with_all_comments": large_queries,
            "page_queries_constant": small_queries == large_queries,
            "page_seconds_all_comments": round(large_seconds, 4),
            "baseline_page_queries_no_comments": baseline_queries,
            "baseline_page_seconds_no_comments": round(baseline_seconds, 4),
            "synthesis_rows": len(read_rows),
            "synthesis_xlsx_seconds": round(xlsx_seconds, 4),
            "synthesis_xlsx_bytes": len(xlsx),
            "synthesis_csv_seconds": round(csv_seconds, 4),
            "synthesis_csv_bytes": len(csv_text.encode()),
            "synthesis_under_2_seconds": xlsx_seconds < 2 and csv_seconds < 2,
            "baseline_read_rows_seconds": round(read_seconds, 4),
            "load_average_1min": round(os.getloadavg()[0], 2),
        }
    finally:
        connection.creation.destroy_test_db(database, verbosity=0)
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
