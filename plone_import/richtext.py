"""Plone's rich text (TinyMCE HTML) to Wagtail's stored rich-text format.

`resolveuid/<uid>` links and links by path become `<a linktype="page" id="…">` or
`<a linktype="document" id="…">`; image scales (`@@images/image/preview`, Archetypes
`image_thumb`, scale hashes) become `<embed embedtype="image" …/>`. What Wagtail's rich text
cannot hold is kept readable (a table becomes one paragraph per row, an iframe a link to its
address) and listed in the report, as is every link whose target is not in the export."""

import re
from dataclasses import dataclass, field
from html import escape
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

RESOLVEUID = re.compile(r"resolve[uU]id/([0-9a-fA-F-]{32,36})(/.*)?$")
#: What follows an item's path in links to its views, downloads and image scales.
VIEW_SUFFIX = re.compile(r"/(?:@@[\w.-]+|view|image_\w+|download|at_download|[\w-]+_view)(?:/.*)?$|/image$")
HEADINGS = {"h1": "h2", "h2": "h2", "h3": "h3", "h4": "h3", "h5": "h3", "h6": "h3"}
INLINE = {"b": "b", "strong": "b", "i": "i", "em": "i"}
BLOCKS = {"p", "ul", "ol", "li", "blockquote"}
DROPPED = {"script", "style", "object", "form", "video", "audio", "noscript", "button", "select"}
TRANSPARENT = {
    "span",
    "div",
    "section",
    "article",
    "font",
    "u",
    "small",
    "sup",
    "sub",
    "center",
    "label",
    "thead",
    "tbody",
    "tfoot",
    "caption",
    "figure",
    "figcaption",
    "dl",
    "dt",
    "dd",
    "pre",
    "code",
}
IMAGE_FORMATS = {"image-left": "left", "image-right": "right"}


@dataclass
class Target:
    kind: str  # "page", "document", "image", "url" or "pending" (in the export, not yet imported)
    id: int | None = None
    url: str = ""


@dataclass
class Conversion:
    html: str
    unresolved: list = field(default_factory=list)
    unconverted: list = field(default_factory=list)
    pending: bool = False


class Links:
    """Turns an href or src of one item into a Target. `by_uid(uid)` and `by_path(path)` come
    from the importer: they return a Target or None when the export has no such item."""

    def __init__(self, *, item_url, item_is_folderish, site_root_path, by_uid, by_path):
        parts = urlsplit(item_url)
        self.host = parts.netloc
        self.base = item_url.rstrip("/") + ("/" if item_is_folderish else "")
        self.site_root_path = site_root_path
        self.by_uid = by_uid
        self.by_path = by_path

    def internal_path(self, href):
        """The site-relative path an href points to, or None for an external or special link."""
        href = href.replace("${portal_url}", self.site_root_path or "")
        parts = urlsplit(href)
        if parts.scheme in ("mailto", "tel", "javascript", "data"):
            return None
        if parts.netloc and parts.netloc != self.host:
            return None
        if not parts.netloc and not parts.path:
            return None  # an anchor on the same page
        path = urlsplit(urljoin(self.base, href)).path
        if self.site_root_path and path.startswith(self.site_root_path + "/"):
            path = path[len(self.site_root_path) :]
        return path

    def resolve(self, href):
        """(Target or None, is_internal)."""
        match = RESOLVEUID.search(href.split("?", 1)[0].split("#", 1)[0])
        if match:
            return self.by_uid(match.group(1).replace("-", "").lower()), True
        path = self.internal_path(href)
        if path is None:
            return self.old_site_link(href), False
        return self.lookup(path), True

    def lookup(self, path):
        path = path.rstrip("/")
        target = self.by_path(path)
        if target is None:
            stripped = VIEW_SUFFIX.sub("", path)
            target = self.by_path(stripped) if stripped != path else None
        return target

    def old_site_link(self, href):
        """An absolute link to the old site under a host name the export does not give (plone.exportimport
        writes paths only): internal if its path, with or without the site's id, is an exported item."""
        parts = urlsplit(href)
        if parts.scheme in ("http", "https") and parts.netloc:
            segments = parts.path.split("/", 2)
            for candidate in (parts.path, "/" + segments[2] if len(segments) > 2 else ""):
                target = self.lookup(candidate) if candidate else None
                if target is not None:
                    return target
        return Target("url", url=href)


class Converter(HTMLParser):
    def __init__(self, links):
        super().__init__(convert_charrefs=True)
        self.links = links
        self.out = []
        self.stack = []  # open output tags (or None for a tag we dropped or unwrapped)
        self.skip_depth = 0
        self.in_paragraph = False
        self.table_cells = None
        self.result = Conversion("")

    # Output helpers ----------------------------------------------------------------------
    def block_open(self):
        return any(tag in ("p", "li", "h2", "h3", "blockquote") for tag in self.stack if tag)

    def ensure_paragraph(self):
        if not self.block_open() and not self.in_paragraph and self.table_cells is None:
            self.out.append("<p>")
            self.in_paragraph = True

    def close_paragraph(self):
        if self.in_paragraph:
            self.out.append("</p>")
            self.in_paragraph = False

    def emit_text(self, text):
        if self.table_cells is not None:
            self.table_cells[-1].append(text)
            return
        if not text.strip() and not self.block_open() and not self.in_paragraph:
            return
        self.ensure_paragraph()
        self.out.append(escape(text, quote=False))

    # Parser callbacks ----------------------------------------------------------------------
    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if self.skip_depth:
            self.skip_depth += tag not in ("br", "img", "hr", "input")
            return
        if tag in DROPPED:
            self.result.unconverted.append(f"<{tag}>")
            self.skip_depth = 1
            return
        if tag == "table":
            self.close_paragraph()
            self.table_cells = [[]]
            self.result.unconverted.append("<table>")
            return
        if self.table_cells is not None:
            if tag == "tr":
                self.table_cells.append([])
            elif tag in ("td", "th") and self.table_cells[-1]:
                self.table_cells[-1].append(" | ")
            return
        if tag == "iframe":
            source = attrs.get("src") or ""
            self.result.unconverted.append(f"<iframe src={source}>")
            if source:
                self.close_paragraph()
                self.out.append(f'<p><a href="{escape(source)}">{escape(source)}</a></p>')
            self.skip_depth = 1
            return
        if tag == "img":
            self.image(attrs)
            return
        if tag == "br":
            if self.block_open() or self.in_paragraph:
                self.out.append("<br/>")
            return
        if tag in HEADINGS or tag in ("ul", "ol", "blockquote", "p"):
            self.close_paragraph()
            name = HEADINGS.get(tag, tag)
            if tag == "p" and self.block_open():
                name = None  # a paragraph inside a list item: keep its text in the item
            if name:
                self.out.append(f"<{name}>")
            self.stack.append(name)
            return
        if tag == "li":
            self.stack.append("li")
            self.out.append("<li>")
            return
        if tag in INLINE:
            self.ensure_paragraph()
            self.out.append(f"<{INLINE[tag]}>")
            self.stack.append(INLINE[tag])
            return
        if tag == "a":
            self.stack.append(self.link(attrs))
            return
        if tag not in TRANSPARENT and tag != "hr":
            self.result.unconverted.append(f"<{tag}>")
        self.stack.append(None)

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in ("br", "img", "hr", "iframe", "input") and not self.skip_depth:
            self.handle_endtag(tag)

    def handle_endtag(self, tag):
        if self.skip_depth:
            if tag not in ("br", "img", "hr", "input"):
                self.skip_depth -= 1
            return
        if self.table_cells is not None:
            if tag == "table":
                rows = ["".join(cells).strip() for cells in self.table_cells]
                self.out.extend(f"<p>{escape(row, quote=False)}</p>" for row in rows if row)
                self.table_cells = None
            return
        if tag in ("br", "img", "hr") or not self.stack:
            return
        name = self.stack.pop()
        if name in ("p", "ul", "ol", "blockquote", "h2", "h3"):
            self.close_paragraph()
        if name == "a-unwrapped" or name is None:
            return
        self.out.append(f"</{name[:1] if name.startswith('a') else name}>")

    def handle_data(self, data):
        if not self.skip_depth:
            self.emit_text(data)

    # Links and images ----------------------------------------------------------------------
    def link(self, attrs):
        href = (attrs.get("href") or "").strip()
        if not href or href.startswith("#"):
            return "a-unwrapped"
        target, internal = self.links.resolve(href)
        self.ensure_paragraph()
        if target is None:
            self.result.unresolved.append(href)
            return "a-unwrapped"
        if target.kind == "pending":
            self.result.pending = True
            return "a-unwrapped"
        if target.kind in ("page", "document"):
            self.out.append(f'<a linktype="{target.kind}" id="{target.id}">')
        else:
            self.out.append(f'<a href="{escape(target.url)}">')
        return "a"

    def image(self, attrs):
        source = (attrs.get("src") or "").strip()
        target, internal = self.links.resolve(source) if source else (None, False)
        alt = escape(attrs.get("alt") or "")
        if target is not None and target.kind == "image":
            classes = (attrs.get("class") or "").split()
            image_format = next(
                (IMAGE_FORMATS[name] for name in classes if name in IMAGE_FORMATS), "fullwidth"
            )
            self.close_paragraph()
            self.out.append(
                f'<embed alt="{alt}" embedtype="image" format="{image_format}" id="{target.id}"/>'
            )
            return
        if target is not None and target.kind == "pending":
            self.result.pending = True
            return
        self.result.unresolved.append(source)
        if alt:
            self.emit_text(f"[{attrs.get('alt')}]")


def convert(html, links):
    """Convert one field's HTML; returns a Conversion with the new HTML and what was lost."""
    converter = Converter(links)
    converter.feed(html or "")
    converter.close()
    converter.close_paragraph()
    while converter.stack:
        name = converter.stack.pop()
        if name and name != "a-unwrapped":
            converter.out.append(f"</{name[:1] if name.startswith('a') else name}>")
    converter.result.html = "".join(converter.out)
    return converter.result
