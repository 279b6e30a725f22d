"""Wagtail's OpenSearch backend (modelsearch's `opensearch3`), for SEARCH_BACKEND=opensearch.

opensearch-py imports the PyPI package `events` (`from events import Events`), a name this
project's events app takes first on the import path. The client is therefore imported with that
package under its name for the moment of the import, and the app's module put back after."""

import importlib.metadata
import importlib.util
import sys


def _import_with_the_events_package(module_name):
    events_init = importlib.metadata.distribution("Events").locate_file("events/__init__.py")
    spec = importlib.util.spec_from_file_location("events", events_init)
    package = importlib.util.module_from_spec(spec)
    app = sys.modules.get("events")
    sys.modules["events"] = package
    try:
        spec.loader.exec_module(package)
        return importlib.import_module(module_name)
    finally:
        if app is not None:
            sys.modules["events"] = app
        else:
            del sys.modules["events"]


SearchBackend = _import_with_the_events_package("modelsearch.backends.opensearch3").SearchBackend
