"""Plone import benchmark: generates a collective.exportimport export of the sample site plus
20,000 items (5,000 of them files) in Romanian, English and Arabic, then imports it into a
throw-away test database (PostgreSQL when DATABASE_URL names one) as `import_plone` would.

Baseline, in the same run: reading the whole export twice (the importer's index pass and one
content pass) without writing. Background work (text extraction, the search and reference
indexes, linking translations in wagtail-localize) is queued in the database as in production;
the worker's run of it is then timed apart (`background_seconds`). Memory: the peak resident size
after reading and after importing (it must not grow with the export), and tracemalloc's peak
while reading. Last line: one JSON object.

    DATABASE_URL=postgres://... .venv/bin/python bench/plone_import.py [--items 20000 --blobs 5000]
"""

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "integration_site.settings.test")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.db import connection  # noqa: E402
from django.test.utils import override_settings, setup_test_environment  # noqa: E402

# As in production: background tasks are queued rows, run by the worker, not inside the import.
# (override_settings tells django-tasks to drop the backend it already built.)
override_settings(TASKS={"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}).enable()


def peak_rss_mb():
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def generate(target, items, blobs):
    """In a separate process, so that building the export does not count in this one's memory."""
    subprocess.run(
        [
            sys.executable,
            str(ROOT / "plone_import" / "sample" / "generate.py"),
            "--output",
            str(target),
            "--items",
            str(items),
            "--blobs",
            str(blobs),
            "--format",
            "collective",
        ],
        check=True,
    )
    return target / "collective-export"


def read_only(path):
    """The baseline: the importer's reading work (index pass + one content pass), no writes."""
    from plone_import.index import ExportIndex
    from plone_import.reader import open_export
    from plone_import.report import Report

    export = open_export(path)
    report = Report(source=export.name, export_format=export.format, dry_run=True)
    started = time.perf_counter()
    index = ExportIndex(export, report).build()
    characters = sum(len(item["html"]) for item in export.items())
    export.close()
    return len(index.entries), time.perf_counter() - started, characters


def make_home():
    from wagtail.models import Page, Site

    from home.models import HomePage

    site = Site.objects.get(is_default_site=True)
    home = HomePage(title="Acasă", slug="acasa")
    Page.get_first_root_node().add_child(instance=home)
    home.save_revision().publish()
    site.root_page = home
    site.save()


def main():
    parser = argparse.ArgumentParser(description="Plone import benchmark")
    parser.add_argument("--items", type=int, default=20_000)
    parser.add_argument("--blobs", type=int, default=5_000)
    args = parser.parse_args()

    setup_test_environment()
    database = connection.vendor
    workdir = Path(tempfile.mkdtemp(prefix="plone-bench-"))
    settings.MEDIA_ROOT = workdir / "media"
    export_path = generate(workdir, args.items, args.blobs)
    export_bytes = sum(path.stat().st_size for path in export_path.rglob("*") if path.is_file())

    tracemalloc.start()
    items, read_seconds, _characters = read_only(export_path)
    read_traced_peak_mb = round(tracemalloc.get_traced_memory()[1] / 2**20, 1)
    tracemalloc.stop()
    rss_after_read = peak_rss_mb()

    test_database = connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)
    try:
        from django.core.management import call_command
        from django_tasks_db.models import DBTaskResult
        from wagtail.models import Page

        from plone_import.services import import_export

        make_home()
        pages_before = Page.objects.count()
        started = time.perf_counter()
        report = import_export(export_path)
        import_seconds = time.perf_counter() - started
        rss_after_import = peak_rss_mb()
        pages_created = Page.objects.count() - pages_before
        started = time.perf_counter()
        tasks_queued = DBTaskResult.objects.count()
        call_command("db_worker", "--batch", "--no-startup-delay", verbosity=0)
        background_seconds = time.perf_counter() - started
        started = time.perf_counter()
        second = import_export(export_path)
        second_seconds = time.perf_counter() - started
    finally:
        connection.creation.destroy_test_db(test_database, verbosity=0)

    actions = report.actions
    figures = {
        "database": database,
        "items": items,
        "blobs": args.blobs,
        "export_mb": round(export_bytes / 2**20, 1),
        "created": actions.get("created", 0),
        "failed": actions.get("failed", 0),
        "skipped": actions.get("skipped", 0),
        "pages_created": pages_created,
        "import_seconds": round(import_seconds, 1),
        "import_items_per_s": round(items / import_seconds, 1),
        "baseline_read_seconds": round(read_seconds, 2),
        "baseline_read_items_per_s": round(items / read_seconds, 1),
        "import_to_read_ratio": round(import_seconds / read_seconds, 1),
        "background_tasks": tasks_queued,
        "background_seconds": round(background_seconds, 1),
        "second_run_seconds": round(second_seconds, 1),
        "second_run_unchanged": second.actions.get("unchanged", 0),
        "second_run_created": second.actions.get("created", 0),
        "read_tracemalloc_peak_mb": read_traced_peak_mb,
        "peak_rss_mb_after_read": rss_after_read,
        "peak_rss_mb_after_import": rss_after_import,
        "projected_minutes_for_20000": round(20_000 / (items / import_seconds) / 60, 1),
    }
    print(f"Export: {items} items ({args.blobs} files), {figures['export_mb']} MB, on {database}")
    print(f"Baseline read: {figures['baseline_read_items_per_s']} items/s")
    print(
        f"Import: {figures['import_items_per_s']} items/s ({figures['import_seconds']} s); "
        f"second run {figures['second_run_seconds']} s, {figures['second_run_unchanged']} unchanged"
    )
    print(f"Peak memory: {rss_after_read} MB after reading, {rss_after_import} MB after importing")
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
