"""Library search benchmark: seeds 10,000 documents with extracted text in Romanian, English and
Polish into a throw-away test database (PostgreSQL when DATABASE_URL names one), then measures
search requests through the public API and the library page with Django's test client, against
a trivial request in the same run, and checks that the page's query count does not depend on the
number of documents. Last line: one JSON object.

    DATABASE_URL=postgres://... .venv/bin/python bench/library_search.py
"""

import datetime
import json
import os
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "integration_site.settings.test")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, setup_test_environment  # noqa: E402

DOCUMENTS = 10_000
SMALL = 100
SEARCHES = 60
RANDOM = random.Random(44)
WORDS = {
    "ro": (
        "integrare străini permis ședere muncă sănătate medic familie școală locuință chirie curs "
        "limba română voluntar mentor centru primărie Cluj-Napoca ordonanță procedură raport "
        "cerere formular drepturi obligații angajator contract asigurare"
    ).split(),
    "en": (
        "integration foreigners residence permit work health family doctor school housing rent "
        "course language volunteer mentor centre city hall report application form rights "
        "employer contract insurance refugee asylum orientation"
    ).split(),
    "pl": (
        "integracja cudzoziemcy zezwolenie pobyt praca zdrowie lekarz rodzina szkoła mieszkanie "
        "kurs język polski wolontariusz mentor gmina Dragacz urząd wojewoda ustawa procedura "
        "raport wniosek formularz prawa pracodawca umowa ubezpieczenie"
    ).split(),
}
QUERIES = [
    "integrare",
    "permis de ședere",
    "medic familie",
    "integration",
    "residence permit",
    "family doctor",
    "cudzoziemcy",
    "zezwolenie na pobyt",
    "lekarz",
    "Dragacz",
    "contract",
    "curs limba română",
    "school -rent",
    "wojewoda ustawa",
]


def paragraph(language, words):
    return " ".join(RANDOM.choice(WORDS[language]) for _ in range(words)).capitalize() + "."


def seed(count, start):
    """bulk_create documents with their text, languages, topics and translations; then index."""
    from home.topics import Topic
    from library.audiences import audience_collection
    from library.models import (
        Audience,
        DocumentKind,
        DocumentLanguage,
        DocumentText,
        DocumentTopic,
        DocumentTranslation,
        ExtractionStatus,
        LibraryDocument,
    )
    from library.search import index_documents

    collections = {audience: audience_collection(audience) for audience in Audience.values}
    languages = ["ro", "en", "pl"]
    documents = []
    for number in range(start, start + count):
        language = languages[number % 3]
        audience = Audience.MEMBERS if number % 10 == 0 else Audience.PUBLIC
        documents.append(
            LibraryDocument(
                title=f"{paragraph(language, 6)[:-1]} {number}",
                file=f"documents/bench-{number}.txt",
                kind=RANDOM.choice(DocumentKind.values),
                audience=audience,
                collection=collections[audience],
                summary=paragraph(language, 25),
                issuer=f"Issuer {number % 40}",
                file_size=2048,
                publication_date=datetime.date(2000 + number % 26, 1 + number % 12, 1 + number % 28),
                sha256=f"{number:064x}",
            )
        )
    documents = LibraryDocument.objects.bulk_create(documents, batch_size=1000)
    texts, rows_languages, rows_topics, translations = [], [], [], []
    for document in documents:
        language = languages[document.pk % 3]
        texts.append(
            DocumentText(
                document=document,
                status=ExtractionStatus.DONE,
                content="\n".join(paragraph(language, 60) for _ in range(4)),
            )
        )
        rows_languages.append(DocumentLanguage(document=document, language=language))
        rows_topics += [
            DocumentTopic(document=document, topic=topic) for topic in RANDOM.sample(Topic.values, 2)
        ]
        if language != "en":
            translations.append(
                DocumentTranslation(document=document, language="en", title=paragraph("en", 6))
            )
    DocumentText.objects.bulk_create(texts, batch_size=1000)
    DocumentLanguage.objects.bulk_create(rows_languages, batch_size=2000)
    DocumentTopic.objects.bulk_create(rows_topics, batch_size=2000)
    DocumentTranslation.objects.bulk_create(translations, batch_size=2000)
    index_documents([document.pk for document in documents])


def library_page():
    from wagtail.models import Site

    from library.pages import LibraryPage

    root = Site.objects.get(is_default_site=True).root_page
    page = LibraryPage(title="Biblioteca", slug="biblioteca")
    root.add_child(instance=page)
    page.save_revision().publish()
    return page.get_url()


def timed(client, url, params=None, **headers):
    started = time.perf_counter()
    response = client.get(url, params or {}, **headers)
    elapsed = (time.perf_counter() - started) * 1000
    assert response.status_code == 200, (url, response.status_code)
    return elapsed


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def page_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url, {"q": "integrare"}).status_code == 200
    return len(queries.captured_queries)


def main():
    setup_test_environment()
    database = connection.vendor
    test_database = connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)
    try:
        from django.contrib.auth import get_user_model
        from django.contrib.auth.models import Group

        from accounts import roles

        page_url = library_page()
        member = get_user_model().objects.create_user("bench-member", "bench@example.org", "x")
        member.groups.add(Group.objects.get_or_create(name=roles.TEAM_MEMBERS)[0])
        anonymous, member_client = Client(), Client()
        member_client.force_login(member, backend="django.contrib.auth.backends.ModelBackend")

        started = time.perf_counter()
        seed(SMALL, 0)
        queries_small = page_queries(member_client, page_url)
        seed(DOCUMENTS - SMALL, SMALL)
        seed_seconds = time.perf_counter() - started
        queries_large = page_queries(member_client, page_url)
        if database == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")

        for query in QUERIES[:3]:  # warm up caches and connections
            timed(anonymous, "/api/library/documents/", {"q": query})
            timed(anonymous, page_url, {"q": query})
        baseline = [timed(anonymous, "/healthz") for _ in range(SEARCHES)]
        api = [
            timed(anonymous, "/api/library/documents/", {"q": QUERIES[i % len(QUERIES)]})
            for i in range(SEARCHES)
        ]
        api_member = [
            timed(member_client, "/api/library/documents/", {"q": QUERIES[i % len(QUERIES)], "kind": "law"})
            for i in range(SEARCHES // 2)
        ]
        page = [timed(anonymous, page_url, {"q": QUERIES[i % len(QUERIES)]}) for i in range(SEARCHES)]
        browse = [timed(anonymous, page_url, {"page": 1 + i % 20}) for i in range(SEARCHES // 2)]
    finally:
        connection.creation.destroy_test_db(test_database, verbosity=0)

    searches = api + api_member + page
    base_p50 = statistics.median(baseline)
    figures = {
        "documents": DOCUMENTS,
        "database": database,
        "seed_seconds": round(seed_seconds, 1),
        "search_p50_ms": round(statistics.median(searches), 1),
        "search_p95_ms": round(percentile(searches, 0.95), 1),
        "api_search_p50_ms": round(statistics.median(api), 1),
        "api_search_p95_ms": round(percentile(api, 0.95), 1),
        "api_member_filtered_search_p50_ms": round(statistics.median(api_member), 1),
        "page_search_p50_ms": round(statistics.median(page), 1),
        "page_search_p95_ms": round(percentile(page, 0.95), 1),
        "page_browse_p50_ms": round(statistics.median(browse), 1),
        "baseline_p50_ms": round(base_p50, 2),
        "search_p50_to_baseline": round(statistics.median(searches) / base_p50, 1),
        "page_queries_at_100_documents": queries_small,
        "page_queries_at_10000_documents": queries_large,
        "page_queries_constant": queries_small == queries_large,
    }
    print(f"Seeded {DOCUMENTS} documents on {database} in {seed_seconds:.1f} s")
    print(f"Baseline (GET /healthz): p50 {base_p50:.2f} ms")
    print(f"API search:  p50 {figures['api_search_p50_ms']} ms, p95 {figures['api_search_p95_ms']} ms")
    print(f"Page search: p50 {figures['page_search_p50_ms']} ms, p95 {figures['page_search_p95_ms']} ms")
    print(f"Search p50 is {figures['search_p50_to_baseline']}x the baseline")
    print(f"Library page queries: {queries_small} at {SMALL} documents, {queries_large} at {DOCUMENTS}")
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
