"""Pages keep the order their items had in their Plone folder, whatever the export's order."""

from django.core.management import call_command

from home.models import StandardPage
from plone_import.sample import generate


def test_pages_keep_their_plone_order_within_a_folder(home, tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path / "media"
    site = generate.Site()
    root = {"@id": generate.HOST + generate.SITE, "@type": "Plone Site", "UID": None, "title": "Site"}
    lrf = site.add("order-lrf", "LRF", "/en", "English", "en", root)
    folder = site.add("order-folder", "Folder", "/en/guides", "Guides", "en", lrf)
    for name in ("alpha", "beta", "gamma"):
        site.add(f"order-{name}", "Document", f"/en/guides/{name}", name.title(), "en", folder)
    # Plone lists them gamma, alpha, beta; the export has them in path order.
    for position, name in enumerate(("gamma", "alpha", "beta")):
        site.ordering[generate.uid_for(f"order-{name}")] = position
    export = tmp_path / "export.zip"
    generate.write_exportimport(site, export)
    call_command("import_plone", str(export), "--no-progress")
    guides = StandardPage.objects.get(title="Guides")
    assert [page.title for page in guides.get_children()] == ["Gamma", "Alpha", "Beta"]
