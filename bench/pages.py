"""Benchmark: pages for every visitor, through gunicorn and through Varnish, against a plain
Django hello-world view and a stock `wagtail start` project's welcome page.

Prepares its own PostgreSQL databases (BENCH_DATABASE_URL, default .../integ_pages_bench, and
the same name with `_stock` for the stock project: dropped and created afresh), loads the demo
content, starts Redis (the shared page cache), gunicorn (2 sync workers, production settings)
and varnishd with deploy/varnish.vcl in front of it. wrk (Debian's `wrk`: 2 threads, 16
connections, BENCH_SECONDS each) measures a hello-world view mounted for the purpose
(bench/pages_urls.py), the home page, an orientation topic page, the events list and the v3
pages API: cold (every request a new address, so none is in the shared cache) and cached,
through gunicorn and through Varnish. Then the stock project (built with `wagtail start` in a
temporary folder, same virtual environment, same gunicorn) as the second baseline, and the time
from publishing a page to its new version showing through gunicorn and through Varnish.

Prints requests per second, and on its last line one JSON object of ratios to hello-world.
Targets (issue 14): cached pages through the app >= 0.75x hello-world, through Varnish >= 5x,
cold pages >= 1.0x the stock welcome page, publish-to-visible under 1 s.
Run: .venv/bin/python bench/pages.py   (needs wrk, varnish and redis-server from Debian)"""

import json
import os
import re
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parent.parent
BENCH = Path(__file__).resolve().parent
sys.path[:0] = [str(ROOT), str(BENCH)]
SECONDS = os.environ.get("BENCH_SECONDS", "10")
WORKERS = os.environ.get("BENCH_GUNICORN_WORKERS", "2")
DATABASE_URL = os.environ.get("BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/integ_pages_bench")
STOCK_DATABASE_URL = DATABASE_URL + "_stock"
HOST = "localhost"  # the demo site's host name: purges name it, so requests must too
VARNISHD = shutil.which("varnishd") or "/usr/sbin/varnishd"
REDIS_SERVER = shutil.which("redis-server") or "/usr/bin/redis-server"
# Every request of a cold run asks for another address, so none is in the shared cache (the
# menu and footer, computed once per language until the next change, are: as on a real site).
COLD_SCRIPT = """
counter = 0
request = function()
  counter = counter + 1
  local separator = string.find(wrk.path, "?", 1, true) and "&" or "?"
  return wrk.format(nil, wrk.path .. separator .. "cold=" .. counter .. "-" .. math.random(1000000000))
end
"""


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(url, process, timeout=120):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{process.args[0]} exited early")
        try:
            with urllib.request.urlopen(request_for(url), timeout=5):  # noqa: S310 - local servers
                return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"{url} did not answer in time")


def request_for(url):
    return urllib.request.Request(url, headers={"Host": HOST})


def fetch(url):
    with urllib.request.urlopen(request_for(url), timeout=10) as response:  # noqa: S310 - local servers
        return response.read().decode()


def recreate_database(database_url):
    import psycopg2

    url = urlparse(database_url)
    admin = psycopg2.connect(host=url.hostname, port=url.port or 5432, user=url.username, dbname="postgres")
    admin.autocommit = True
    with admin.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{url.path.lstrip("/")}" WITH (FORCE)')
        cursor.execute(f'CREATE DATABASE "{url.path.lstrip("/")}"')
    admin.close()


def wrk(url, script=None):
    """Requests per second that wrk reached against `url` (2 threads, 16 connections)."""
    command = ["wrk", "-t2", "-c16", f"-d{SECONDS}s", "-H", f"Host: {HOST}", url]
    with tempfile.NamedTemporaryFile("w", suffix=".lua") as lua:
        if script:
            lua.write(script)
            lua.flush()
            command[1:1] = ["-s", lua.name]
        output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    if errors:
        raise RuntimeError(f"{url}: {errors.group(1)} error responses\n{output}")
    return float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))


def gunicorn(module, port, environment, cwd=ROOT):
    command = [sys.executable, "-m", "gunicorn", module, "-b", f"127.0.0.1:{port}", "-w", WORKERS]
    process = subprocess.Popen(command + ["--log-level", "warning"], cwd=cwd, env=environment)
    return process


def app_environment(redis_port, varnish_port, work):
    return {
        "STATIC_ROOT": str(work / "static"),
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "pages_settings",
        "DATABASE_URL": DATABASE_URL,
        "REDIS_URL": f"redis://127.0.0.1:{redis_port}/0",
        "VARNISH_URL": f"http://127.0.0.1:{varnish_port}",
        "SECRET_KEY": os.environ.get("SECRET_KEY") or secrets.token_urlsafe(40),
        "ALLOWED_HOSTS": f"127.0.0.1,{HOST}",
        "SECURE_SSL_REDIRECT": "false",
        "REQUIRE_STAFF_2FA": "false",
        "EMAIL_BACKEND": "django.core.mail.backends.dummy.EmailBackend",
        "TASKS_BACKEND": "django_tasks.backends.immediate.ImmediateBackend",
        "LOG_LEVEL": "WARNING",
        "DB_CONN_MAX_AGE": "60",
        "PYTHONWARNINGS": "ignore",
        "PYTHONPATH": f"{ROOT}{os.pathsep}{BENCH}",
    }


def demo_urls():
    from wagtail.models import Page

    from events.models import EventIndexPage
    from home.models import OrientationTopicPage

    def url_of(model):
        page = model.objects.live().filter(locale__language_code="ro").first()
        return Page.objects.get(pk=page.pk).get_url()

    return {
        "home": "/ro/",
        "topic": url_of(OrientationTopicPage),
        "events": url_of(EventIndexPage),
        "api": "/api/v3/pages/?locale=ro",
    }


def publish_to_visible(urls, bases):
    """Seconds from publishing a changed title to the new title showing at each base URL."""
    from home.models import OrientationTopicPage

    topic = OrientationTopicPage.objects.live().filter(locale__language_code="ro").first()
    for base in bases.values():
        fetch(base + urls["topic"])
    topic.title = f"{topic.title} ({secrets.token_hex(3)})"
    topic.save_revision().publish()
    published = time.monotonic()
    seconds = {}
    while len(seconds) < len(bases):
        for name, base in bases.items():
            if name not in seconds and topic.title in fetch(base + urls["topic"]):
                seconds[name] = round(time.monotonic() - published, 3)
        if time.monotonic() - published > 30:
            raise RuntimeError(f"the new title did not show within 30 s: {seconds}")
    return seconds


def stock_wagtail(folder, port):
    """A `wagtail start` project on PostgreSQL behind the same gunicorn, started."""
    folder.mkdir()
    subprocess.run([str(Path(sys.executable).parent / "wagtail"), "start", "stock", str(folder)], check=True)
    settings = folder / "stock" / "settings" / "production.py"
    settings.write_text(
        settings.read_text()
        + "\nimport dj_database_url\n"
        + f"DATABASES = {{'default': dj_database_url.parse({STOCK_DATABASE_URL!r}, conn_max_age=60)}}\n"
        + f"SECRET_KEY = {secrets.token_urlsafe(40)!r}\nALLOWED_HOSTS = ['*']\n"
    )
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "stock.settings.production",
        "PYTHONWARNINGS": "ignore",
    }
    recreate_database(STOCK_DATABASE_URL)
    for command in (["migrate", "--noinput", "-v", "0"], ["collectstatic", "--noinput", "-v", "0"]):
        subprocess.run([sys.executable, "manage.py", *command], cwd=folder, env=environment, check=True)
    return gunicorn("stock.wsgi", port, environment, cwd=folder)


def main():
    app_port, varnish_port, redis_port, stock_port = free_port(), free_port(), free_port(), free_port()
    work = Path(tempfile.mkdtemp(prefix="bench-pages-"))
    environment = app_environment(redis_port, varnish_port, work)
    os.environ.update(environment)
    processes = []
    try:
        processes.append(
            subprocess.Popen(
                [REDIS_SERVER, "--port", str(redis_port), "--save", "", "--appendonly", "no"],
                stdout=subprocess.DEVNULL,
            )
        )
        recreate_database(DATABASE_URL)
        for command in (
            ["migrate", "--noinput", "-v", "0"],
            ["collectstatic", "--noinput", "-v", "0"],
            ["load_demo", "--url", f"http://{HOST}"],
        ):
            subprocess.run(
                [sys.executable, "manage.py", *command],
                cwd=ROOT,
                env={**environment, "VARNISH_URL": ""},  # not started yet: nothing to purge
                check=True,
                stdout=subprocess.DEVNULL,
            )
        import django

        django.setup()
        urls = demo_urls()
        processes.append(gunicorn("integration_site.wsgi", app_port, environment))
        vcl = work / "varnish.vcl"
        vcl.write_text((ROOT / "deploy" / "varnish.vcl").read_text().replace('"8000"', f'"{app_port}"'))
        processes.append(
            subprocess.Popen(
                [VARNISHD, "-F", "-j", "none", "-n", str(work / "varnish"), "-a", f"127.0.0.1:{varnish_port}"]
                + ["-f", str(vcl), "-s", "malloc,256m"],
                stdout=subprocess.DEVNULL,
            )
        )
        app, varnish = f"http://127.0.0.1:{app_port}", f"http://127.0.0.1:{varnish_port}"
        wait_for(app + "/healthz", processes[1])
        wait_for(varnish + "/healthz", processes[2])
        rates = {"hello": wrk(app + "/hello/")}
        for name, path in urls.items():
            fetch(app + path)
            rates[f"{name}_cold_gunicorn"] = wrk(app + path, COLD_SCRIPT)
            rates[f"{name}_cached_gunicorn"] = wrk(app + path)
            rates[f"{name}_cold_varnish"] = wrk(varnish + path, COLD_SCRIPT)
            fetch(varnish + path)
            rates[f"{name}_cached_varnish"] = wrk(varnish + path)
        visible = publish_to_visible(urls, {"gunicorn": app, "varnish": varnish})

        processes.append(stock_wagtail(work / "stock", stock_port))
        wait_for(f"http://127.0.0.1:{stock_port}/", processes[-1])
        rates["stock_welcome"] = wrk(f"http://127.0.0.1:{stock_port}/")
    finally:
        for process in reversed(processes):
            process.terminate()
            process.wait(timeout=30)

    for name, rate in rates.items():
        print(f"{name:28} {rate:9.1f} req/s")
    print(f"publish to visible: {visible}")
    hello = rates["hello"]
    result = {f"{name}_x_hello": round(rate / hello, 3) for name, rate in rates.items() if name != "hello"}
    result.update(
        {
            "hello_rps": hello,
            "topic_cold_x_stock": round(rates["topic_cold_gunicorn"] / rates["stock_welcome"], 3),
            "publish_to_visible_s": visible,
            "seconds_per_run": int(SECONDS),
            "gunicorn_workers": int(WORKERS),
        }
    )
    print(json.dumps(result))


if __name__ == "__main__":
    main()
