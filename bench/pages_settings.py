"""Settings for bench/pages.py: production's, with a URL conf that adds a plain hello-world view."""

from integration_site.settings.production import *  # noqa: F401,F403

ROOT_URLCONF = "pages_urls"
