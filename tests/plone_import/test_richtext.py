"""Plone's rich text to Wagtail's: links by UID or by path, image scales, what cannot be kept."""

from plone_import.richtext import Links, Target, convert

PAGE_UID = "a" * 32
IMAGE_UID = "b" * 32


def links(**overrides):
    targets = {PAGE_UID: Target("page", 5), IMAGE_UID: Target("image", 7)}
    paths = {
        "/ro/documente/file-1.pdf": Target("document", 9),
        "/ro/documente/image-1.png": Target("image", 8),
    }
    values = {
        "item_url": "http://localhost:8080/Plone/ro/residence",
        "item_is_folderish": False,
        "site_root_path": "/Plone",
        "by_uid": targets.get,
        "by_path": paths.get,
    }
    values.update(overrides)
    return Links(**values)


def test_resolveuid_links_become_page_links():
    result = convert(f'<p>See <a href="resolveuid/{PAGE_UID}">this</a></p>', links())
    assert result.html == '<p>See <a linktype="page" id="5">this</a></p>'


def test_relative_and_absolute_links_to_files_become_document_links():
    html = (
        '<p><a href="documente/file-1.pdf/@@download/file">a</a>'
        '<a href="http://localhost:8080/Plone/ro/documente/file-1.pdf/view">b</a></p>'
    )
    result = convert(html, links())
    assert result.html.count('linktype="document" id="9"') == 2


def test_image_scales_become_embedded_images():
    html = (
        f'<p><img src="resolveuid/{IMAGE_UID}/@@images/image/preview" class="image-right" alt="Map"/>'
        '<img src="../documente/image-1.png/image_thumb"/></p>'
    )
    result = convert(html, links(item_is_folderish=True))
    assert '<embed alt="Map" embedtype="image" format="right" id="7"/>' in result.html
    assert 'embedtype="image" format="fullwidth" id="8"' in result.html


def test_links_to_items_outside_the_export_are_kept_as_text_and_listed():
    result = convert('<p><a href="resolveuid/cccccccccccccccccccccccccccccccc">old</a></p>', links())
    assert result.html == "<p>old</p>"
    assert result.unresolved == ["resolveuid/cccccccccccccccccccccccccccccccc"]


def test_external_links_and_mail_links_are_kept():
    result = convert('<p><a href="https://example.org/x">x</a> <a href="mailto:a@b.ro">m</a></p>', links())
    assert '<a href="https://example.org/x">x</a>' in result.html
    assert '<a href="mailto:a@b.ro">m</a>' in result.html
    assert not result.unresolved


def test_what_wagtail_cannot_hold_stays_readable_and_is_listed():
    html = (
        "<h1>Title</h1><table><tr><th>Day</th><th>Hours</th></tr><tr><td>Mon</td><td>9-17</td></tr></table>"
        '<iframe src="https://maps.example.org"></iframe><script>alert(1)</script>loose'
    )
    result = convert(html, links())
    assert result.html == (
        "<h2>Title</h2><p>Day | Hours</p><p>Mon | 9-17</p>"
        '<p><a href="https://maps.example.org">https://maps.example.org</a></p><p>loose</p>'
    )
    assert result.unconverted == ["<table>", "<iframe src=https://maps.example.org>", "<script>"]


def test_links_to_pages_not_yet_imported_are_marked_for_a_second_pass():
    result = convert(
        f'<p><a href="resolveuid/{PAGE_UID}">x</a></p>', links(by_uid=lambda uid: Target("pending"))
    )
    assert result.pending
