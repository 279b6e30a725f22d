"""Benchmark of the network's monthly report at network scale.

Seeds 10 centres, 20,000 visitors and 100,000 contacts (with domains and participants) spread
over two years into a fresh test database (PostgreSQL when DATABASE_URL names one, else SQLite),
then times casework.reports.figures for the last full month over the whole network and counts
its queries, once on the full data and once on a tenth of it (the count must not grow). The
baseline, measured in the same run, is one plain COUNT of that month's contacts. The last line
printed is one JSON object.

    .venv/bin/python bench/monthly_report.py [--contacts 100000] [--visitors 20000] [--seed 7]
"""

import argparse
import json
import os
import random
import sys
import time
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "integration_site.settings.test")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.utils import timezone  # noqa: E402

from casework.choices import Channel, Domain, Gender, ResidenceCategory, Service  # noqa: E402
from casework.models import Centre, Contact, ContactDomain, ContactParticipant, Visitor  # noqa: E402
from casework.reports import figures  # noqa: E402
from casework.services.reporting import next_month, previous_month  # noqa: E402

BATCH = 5000


def seed(rng, *, centres, visitors, contacts, today):
    centre_rows = Centre.objects.bulk_create(
        Centre(name=f"Centrul {number}", code=f"C{chr(65 + number)}") for number in range(centres)
    )
    start = today - timedelta(days=730)
    visitor_rows = []
    for number in range(visitors):
        centre = centre_rows[number % centres]
        visitor_rows.append(
            Visitor(
                code=f"{centre.code}-{number:07d}",
                centre=centre,
                registered_on=start + timedelta(days=rng.randint(0, 700)),
                year_of_birth=rng.randint(1950, 2010),
                gender=rng.choice(Gender.values),
                citizenship=rng.choice(["UA", "SY", "AF", "NP", "MD", "TR"]),
                residence_category=rng.choice(ResidenceCategory.values),
                consent_statistics=True,
                consent_given_at=timezone.now(),
            )
        )
    visitor_rows = Visitor.objects.bulk_create(visitor_rows, batch_size=BATCH)
    for offset in range(0, contacts, BATCH):
        size = min(BATCH, contacts - offset)
        chosen = [rng.choice(visitor_rows) for _ in range(size)]
        rows = Contact.objects.bulk_create(
            [
                Contact(
                    centre_id=visitor.centre_id,
                    date=max(visitor.registered_on, start) + timedelta(days=rng.randint(0, 30)),
                    service=rng.choice(Service.values),
                    channel=rng.choice(Channel.values),
                )
                for visitor in chosen
            ]
        )
        ContactParticipant.objects.bulk_create(
            ContactParticipant(contact=contact, visitor=visitor)
            for contact, visitor in zip(rows, chosen, strict=False)
        )
        ContactDomain.objects.bulk_create(
            ContactDomain(contact=contact, domain=rng.choice(Domain.values)) for contact in rows
        )


def measure(month):
    with CaptureQueriesContext(connection) as queries:
        began = time.perf_counter()
        data = figures(month)
        seconds = time.perf_counter() - began
    return data, seconds, len(queries.captured_queries)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--visitors", type=int, default=20_000)
    parser.add_argument("--centres", type=int, default=10)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    database = connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)
    try:
        today = timezone.localdate()
        month = previous_month(today)
        rng = random.Random(args.seed)
        seed(
            rng, centres=args.centres, visitors=args.visitors // 10, contacts=args.contacts // 10, today=today
        )
        _small, _, small_queries = measure(month)
        began = time.perf_counter()
        ContactParticipant.objects.all().delete()
        ContactDomain.objects.all().delete()
        Contact.objects.all().delete()
        Visitor.objects.all().delete()
        Centre.objects.all().delete()
        seed(rng, centres=args.centres, visitors=args.visitors, contacts=args.contacts, today=today)
        seeding = time.perf_counter() - began
        data, seconds, queries = measure(month)
        began = time.perf_counter()
        baseline_count = Contact.objects.filter(date__gte=month, date__lt=next_month(month)).count()
        baseline = time.perf_counter() - began
        print(
            json.dumps(
                {
                    "benchmark": "monthly_report",
                    "database": connection.vendor,
                    "centres": args.centres,
                    "visitors": args.visitors,
                    "contacts": args.contacts,
                    "month": f"{month:%Y-%m}",
                    "seed_seconds": round(seeding, 2),
                    "report_seconds": round(seconds, 3),
                    "report_queries": queries,
                    "report_queries_at_a_tenth": small_queries,
                    "beneficiaries": data["beneficiaries"]["total"],
                    "contacts_in_month": data["contacts"]["total"],
                    "baseline_count_seconds": round(baseline, 4),
                    "baseline_contacts_in_month": baseline_count,
                    "under_2_seconds": seconds < 2,
                }
            )
        )
    finally:
        connection.creation.destroy_test_db(database, verbosity=0)


if __name__ == "__main__":
    main()
