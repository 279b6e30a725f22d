"""Benchmark: 1,000 concurrent sign-ups for 100 places through gunicorn and PostgreSQL.

Prepares its own database (BENCH_DATABASE_URL, default .../wt_events_bench: dropped and created
afresh), migrates it, seeds one event with 100 places and 1,000 people with API tokens, starts
gunicorn on a free port with the production settings, measures /healthz under the same load as a
baseline, then fires the sign-ups from 1,000 threads, each on its own HTTP connection. Prints
throughput, p95 latency and the counts proving nothing was overbooked or lost; the last line is
one JSON object. Run: .venv/bin/python bench/registrations.py"""

import http.client
import json
import os
import secrets
import socket
import statistics
import subprocess
import sys
import threading
import time
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SIGNUPS = int(os.environ.get("BENCH_SIGNUPS", "1000"))
CAPACITY = int(os.environ.get("BENCH_CAPACITY", "100"))
WORKERS = os.environ.get("BENCH_GUNICORN_WORKERS", "8")
THREADS = os.environ.get("BENCH_GUNICORN_THREADS", "1")
DATABASE_URL = os.environ.get("BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/wt_events_bench")


def server_environment():
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "integration_site.settings.production",
        "DATABASE_URL": DATABASE_URL,
        "SECRET_KEY": os.environ.get("SECRET_KEY") or secrets.token_urlsafe(40),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "false",
        "EMAIL_BACKEND": "django.core.mail.backends.dummy.EmailBackend",
        "LOG_LEVEL": "WARNING",
        "DB_CONN_MAX_AGE": os.environ.get("DB_CONN_MAX_AGE", "60"),
        "PYTHONWARNINGS": "ignore::UserWarning",
        "PYTHONPATH": str(ROOT),
    }


def recreate_database():
    import psycopg2

    url = urlparse(DATABASE_URL)
    name = url.path.lstrip("/")
    admin = psycopg2.connect(
        host=url.hostname, port=url.port or 5432, user=url.username, password=url.password, dbname="postgres"
    )
    admin.autocommit = True
    with admin.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        cursor.execute(f'CREATE DATABASE "{name}"')
    admin.close()


def seed():
    """One event with CAPACITY places and SIGNUPS people with API tokens; returns (event id, tokens)."""
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.utils import timezone
    from wagtail.models import APIToken, Site

    from events.models import EventIndexPage, EventKind, EventPage

    root = Site.objects.get(is_default_site=True).root_page
    index = root.add_child(instance=EventIndexPage(title="Evenimente", slug="evenimente-bench"))
    start = timezone.now().replace(microsecond=0) + timedelta(days=7)
    event = index.add_child(
        instance=EventPage(
            title="Curs de limba română A1",
            slug="curs-bench",
            kind=EventKind.LANGUAGE_COURSE,
            start=start,
            end=start + timedelta(hours=2),
            place="Centrul Cultural Mănăștur",
            capacity=CAPACITY,
        )
    )
    event.save_revision().publish()
    User = get_user_model()
    users = User.objects.bulk_create(
        [User(username=f"bench{n}", email=f"bench{n}@example.org", password="!") for n in range(SIGNUPS)]
    )
    tokens = [APIToken.generate_token() for _ in users]
    APIToken.objects.bulk_create(
        [
            APIToken(user=user, name="bench", key_hash=APIToken.hash_token(token), prefix=token[:8])
            for user, token in zip(users, tokens, strict=True)
        ]
    )
    return event.pk, tokens


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until_up(port, process, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError("gunicorn exited early")
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            connection.request("GET", "/healthz")
            if connection.getresponse().status == 200:
                return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError("gunicorn did not answer in time")


def fire(port, requests):
    """Send every (method, path, body, headers) at once, one thread and one connection each.
    Returns (statuses, latencies in ms, elapsed seconds)."""
    barrier = threading.Barrier(len(requests) + 1)
    statuses = [None] * len(requests)
    latencies = [None] * len(requests)

    def send(number, method, path, body, headers):
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        barrier.wait()
        began = time.perf_counter()
        try:
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            response.read()
            statuses[number] = response.status
        except OSError as error:
            statuses[number] = type(error).__name__
        latencies[number] = (time.perf_counter() - began) * 1000
        connection.close()

    threads = [threading.Thread(target=send, args=(n, *request)) for n, request in enumerate(requests)]
    for thread in threads:
        thread.start()
    barrier.wait()
    began = time.perf_counter()
    for thread in threads:
        thread.join()
    return statuses, latencies, time.perf_counter() - began


def p95(latencies):
    return statistics.quantiles(latencies, n=20)[-1]


def counts(event_id):
    from django.db import connection

    from events.models import Registration

    connection.close()
    registrations = Registration.objects.filter(event_id=event_id)
    return {
        "confirmed": registrations.filter(status="confirmed").count(),
        "waiting": registrations.filter(status="waiting").count(),
        "rows": registrations.count(),
        "distinct_people": registrations.values("user").distinct().count(),
    }


def main():
    threading.stack_size(256 * 1024)
    environment = server_environment()
    os.environ.update(environment)
    recreate_database()
    subprocess.run(
        [sys.executable, "manage.py", "migrate", "--noinput", "-v", "0"],
        cwd=ROOT,
        env=environment,
        check=True,
    )
    event_id, tokens = seed()
    port = free_port()
    gunicorn = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "integration_site.wsgi",
            "-b",
            f"127.0.0.1:{port}",
            "-w",
            WORKERS,
            "-k",
            "gthread",
            "--threads",
            THREADS,
            "--backlog",
            "2048",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=environment,
    )
    try:
        wait_until_up(port, gunicorn)
        health = [("GET", "/healthz", None, {}) for _ in tokens]
        health_statuses, health_latencies, health_elapsed = fire(port, health)
        signups = [
            (
                "POST",
                f"/api/events/{event_id}/registrations",
                "{}",
                {"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
            )
            for token in tokens
        ]
        statuses, latencies, elapsed = fire(port, signups)
    finally:
        gunicorn.terminate()
        gunicorn.wait(timeout=30)
    found = counts(event_id)
    errors = sum(1 for status in statuses if status != 201)
    result = {
        "signups": len(signups),
        "capacity": CAPACITY,
        "confirmed": found["confirmed"],
        "waiting": found["waiting"],
        "errors": errors,
        "lost": len(signups) - errors - found["rows"],
        "duplicates": found["rows"] - found["distinct_people"],
        "overbooked": max(found["confirmed"] - CAPACITY, 0),
        "per_second": round(len(signups) / elapsed, 1),
        "p50_ms": round(statistics.median(latencies), 1),
        "p95_ms": round(p95(latencies), 1),
        "baseline_healthz_per_second": round(len(health) / health_elapsed, 1),
        "baseline_healthz_p95_ms": round(p95(health_latencies), 1),
        "baseline_healthz_errors": sum(1 for status in health_statuses if status != 200),
        "gunicorn": f"{WORKERS} workers x {THREADS} threads",
    }
    print(
        f"Sign-ups: {result['signups']} for {CAPACITY} places in {elapsed:.2f} s "
        f"({result['per_second']}/s, p50 {result['p50_ms']} ms, p95 {result['p95_ms']} ms)"
    )
    print(
        f"Baseline /healthz under the same load: {result['baseline_healthz_per_second']}/s, "
        f"p95 {result['baseline_healthz_p95_ms']} ms"
    )
    print(
        f"Confirmed {result['confirmed']}, waiting {result['waiting']}, errors {errors}, "
        f"lost {result['lost']}, duplicates {result['duplicates']}, overbooked {result['overbooked']}"
    )
    print(json.dumps(result))


if __name__ == "__main__":
    main()
