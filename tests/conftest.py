import functools
import itertools
import os
import re

import pytest
from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth.models import Group
from django.core.cache import caches
from django.utils import translation
from pytest_django.plugin import blocking_manager_key

from accounts import roles

PASSWORD = "correct-horse-battery-staple"

#: Tests of what only PostgreSQL does (row and advisory locks, full-text search). They skip on
#: the embedded SQLite default and run in CI, which uses PostgreSQL.
postgresql_only = pytest.mark.skipif(
    not settings.IS_POSTGRESQL, reason="needs PostgreSQL (locks or full-text search)"
)
ALL_ROLES = list(roles.ROLES)
# Fixtures for an S3-compatible bucket (moto's server): files_on_s3, s3_environment.
pytest_plugins = ["tests.s3"]
_user_numbers = itertools.count(1)


#: With FROZEN_CLOCK set, every test starts with the clock frozen (ticking) at that instant, e.g.
#: FROZEN_CLOCK=2026-12-02T22:30:00Z, where the local date and the UTC date differ. CI runs the
#: tests marked `date_sensitive` again so (.ci/run); the whole suite passes so too.
FROZEN_CLOCK = os.environ.get("FROZEN_CLOCK", "")


#: What a test module, or the fixtures and factories beside it, reads or computes dates with.
#: Its tests compare dates, so they are marked `date_sensitive` (a new test module is marked
#: without anyone having to remember).
READS_THE_CLOCK = re.compile(
    r"\b(localdate|localtime|timezone\.now|date\.today|datetime\.now|timedelta|freeze_time)\b"
)
HELPERS_BESIDE_TESTS = ("conftest.py", "factories.py")


@functools.cache
def reads_the_clock(path):
    if not os.path.exists(path):
        return False
    with open(path, encoding="utf-8") as source:
        return bool(READS_THE_CLOCK.search(source.read()))


def pytest_collection_modifyitems(items):
    for item in items:
        module = getattr(item, "module", None)
        if module is None:
            continue
        folder = os.path.dirname(module.__file__)
        sources = [module.__file__, *(os.path.join(folder, name) for name in HELPERS_BESIDE_TESTS)]
        if any(reads_the_clock(path) for path in sources):
            item.add_marker(pytest.mark.date_sensitive)


@pytest.fixture(autouse=True)
def clock_at_the_hour_ci_asks_for():
    if FROZEN_CLOCK:
        from freezegun import freeze_time

        with freeze_time(FROZEN_CLOCK, tick=True):
            yield
    else:
        yield


@pytest.fixture(autouse=True, scope="session")
def url_conf_loaded_before_any_clock_is_frozen():
    """The URL conf (and with it every API schema) is imported by the first request. Inside
    freezegun, `datetime.date` is a fake class Pydantic cannot build schemas for, so a test whose
    first request runs under a frozen clock would fail for that reason alone: load it first."""
    from django.urls import get_resolver

    _ = get_resolver().url_patterns


@pytest.fixture(autouse=True)
def default_language_between_tests():
    """A request activates its language in this thread and Django leaves it active; without a
    reset, `reverse()` in the next test would build URLs in the previous test's language."""
    yield
    translation.deactivate()


@pytest.fixture
def make_user(db, django_user_model):
    """Create a user with a verified e-mail address, in the given role's group (or none)."""

    def make(role=None, *, email=None, password=PASSWORD, superuser=False, **fields):
        number = next(_user_numbers)
        email = email or f"user{number}@example.org"
        user = django_user_model.objects.create_user(
            username=fields.pop("username", f"user{number}"),
            email=email,
            password=password,
            is_superuser=superuser,
            is_staff=superuser,
            **fields,
        )
        EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
        if role:
            user.groups.add(Group.objects.get_or_create(name=role)[0])
        return user

    return make


@pytest.fixture(autouse=True)
def empty_caches():
    """Each test starts with empty caches: Wagtail keeps the sites' root paths there, and a test's
    sites are rolled back without the signals that would clear them."""
    for cache in caches.all(initialized_only=True):
        cache.clear()


@pytest.fixture
def shared_page_cache(settings):
    """The shared page cache (off in the test settings), empty before and after the test."""
    from integration_site.page_cache import page_cache

    settings.PAGE_CACHE_ENABLED = True
    page_cache().clear()
    yield
    page_cache().clear()


@pytest.fixture
def anonymous_client(client):
    return client


def flushes_the_database(item):
    marker = item.get_closest_marker("django_db")
    transaction = marker is not None and (
        marker.kwargs.get("transaction") or marker.kwargs.get("reset_sequences")
    )
    return bool(transaction) or {"transactional_db", "live_server"} & set(item.fixturenames)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_teardown(item, nextitem):
    """A transactional test ends by emptying every table, and with it what Wagtail's migrations
    created. The tests that run after it in the same process (with parallel workers, any test of
    another file) expect those, so they are put back once the test's own teardown is done."""
    yield
    # After the last test the test database itself is gone, so there is nothing to restore.
    if nextitem is not None and flushes_the_database(item):
        with item.config.stash[blocking_manager_key].unblock():
            restore_wagtail_defaults()


def restore_wagtail_defaults():
    """Rebuild what Wagtail's migrations create (locales, root collection, root page, a default
    site) after a transactional test has flushed the database."""
    from wagtail.models import Collection, Locale, Page, Site

    from home.apps import ensure_locales

    ensure_locales()
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    root = Page.get_first_root_node() or Page.add_root(
        instance=Page(title="Root", slug="root", locale=Locale.get_default())
    )
    if not Site.objects.filter(is_default_site=True).exists():
        welcome = root.get_children().first() or root.add_child(
            instance=Page(title="Welcome", slug="home", locale=Locale.get_default())
        )
        Site.objects.create(hostname="localhost", port=80, root_page=welcome, is_default_site=True)
