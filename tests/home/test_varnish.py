"""Varnish in front of the application, configured by deploy/varnish.vcl: anonymous pages come
from Varnish, and a published change is visible through it within a second (Wagtail's frontend
cache invalidation sends it a PURGE). CI installs Debian's varnish and sets REQUIRE_VARNISH."""

import os
import shutil
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest
from django.conf import settings as project_settings

from integration_site.page_cache import page_cache
from tests.conftest import restore_wagtail_defaults

from .conftest import publish

VCL = Path(project_settings.BASE_DIR) / "deploy" / "varnish.vcl"
VARNISHD = shutil.which("varnishd") or "/usr/sbin/varnishd"
TOPIC_PATH = "/ro/permis/"

pytestmark = pytest.mark.varnish


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_port(port, deadline):
    while time.monotonic() < deadline:
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.05)
    raise TimeoutError(f"varnishd did not listen on port {port}")


@pytest.fixture
def varnish(live_server, tmp_path):
    """varnishd with the repository's configuration, its backend pointed at the live server."""
    if not os.path.exists(VARNISHD):
        message = f"varnishd not found at {VARNISHD} (apt-get install varnish)"
        if os.environ.get("REQUIRE_VARNISH"):
            pytest.fail(message)
        pytest.skip(message)
    backend_port = live_server.url.rsplit(":", 1)[1]
    vcl = tmp_path / "varnish.vcl"
    vcl.write_text(VCL.read_text().replace('.port = "8000";', f'.port = "{backend_port}";'))
    port = free_port()
    process = subprocess.Popen(
        [VARNISHD, "-F", "-j", "none", "-n", str(tmp_path / "work"), "-a", f"127.0.0.1:{port}"]
        + ["-f", str(vcl), "-s", "malloc,32m"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_for_port(port, time.monotonic() + 30)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(timeout=10)


def through(varnish_url, path):
    """GET through Varnish as a visitor of the default site ("localhost")."""
    request = urllib.request.Request(varnish_url + path, headers={"Host": "localhost"})
    with urllib.request.urlopen(request, timeout=5) as response:  # noqa: S310 - a local test server
        return response.headers, response.read().decode()


@pytest.mark.django_db(transaction=True)
def test_a_published_change_shows_through_varnish_within_a_second(request, varnish, settings):
    restore_wagtail_defaults()
    topic_page = request.getfixturevalue("topic_page")
    settings.PAGE_CACHE_ENABLED = True
    settings.WAGTAILFRONTENDCACHE = {
        **project_settings.WAGTAILFRONTENDCACHE,
        "varnish": {"BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend", "LOCATION": varnish},
    }
    page_cache().clear()

    headers, body = through(varnish, TOPIC_PATH)
    assert "Permisul de ședere" in body
    assert "s-maxage" in headers["Cache-Control"]
    headers, _ = through(varnish, TOPIC_PATH)
    # Varnish names two transactions in X-Varnish when it answered from its cache.
    assert len(headers["X-Varnish"].split()) == 2

    topic_page.title = "Permisul de ședere, pe scurt"
    publish(topic_page)
    published = time.monotonic()
    while "pe scurt" not in through(varnish, TOPIC_PATH)[1]:
        assert time.monotonic() - published < 1, "the new version did not show through Varnish within 1 s"
        time.sleep(0.05)
