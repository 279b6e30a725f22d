"""Where the demo is served decides every link it writes (e-mails, certificates, API `html_url`,
Wagtail's workflow e-mails): `make demo PORT=8201` serves on 127.0.0.1:8201, so the links must
say so too. Settings take BASE_URL from the environment (the Makefile sets it); Wagtail builds
page URLs from the default Site record, which this points at the same address."""

from urllib.parse import urlsplit

from wagtail.models import Site


def serve_default_site_at(url):
    address = urlsplit(url)
    default_port = 443 if address.scheme == "https" else 80
    site = Site.objects.get(is_default_site=True)
    site.hostname = address.hostname
    site.port = address.port or default_port
    site.save(update_fields=["hostname", "port"])
    # The demo's other sites (another centre's, by host name) are served by the same server.
    Site.objects.exclude(pk=site.pk).update(port=site.port)
    return site
