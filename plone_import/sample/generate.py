"""Writes the bundled sample: a small multilingual Plone site (ro, en, ar, plus one item in German,
a language the platform does not have) in the two export formats the importer reads.

- `collective-export/`: what collective.exportimport writes to the server (`Plone.json` with the
  content, `export_<name>.json` for the other exports, a copy of the blob storage for files
  exported as blob paths). Half the files and images are base-64 strings, half blob paths; the
  Romanian events carry Archetypes field names (a Plone 4 export without `migration`).
- `plone6-export.zip`: plone.exportimport's layout (`content/<uid>/data.json`,
  `content/__metadata__.json` with ordering, default pages and local roles, blobs beside each
  item's data, `translations.json`, `relations.json`, `principals.json`, `redirects.json`).

Run `python plone_import/sample/generate.py` to write them again; the output is deterministic.
`--items N` and `--blobs N` write a larger site of the same shape (the benchmark uses this)."""

import argparse
import base64
import io
import json
import shutil
import struct
import sys
import uuid
import zipfile
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
HOST = "http://localhost:8080"
SITE = "/Plone"
LANGUAGES = ("ro", "en", "ar")
RULE = "RRULE:FREQ=WEEKLY;INTERVAL=2;COUNT=10"
EXCLUDED = ("20270207", "20270311")  # the third date of each repeating event
TOPICS = ("residence", "work", "health", "education", "housing", "social-services", "emergencies", "language")

WORDS = {
    "ro": {
        "root": "Română",
        "about": ("despre", "Despre centru"),
        "news": ("stiri", "Știri"),
        "events": ("evenimente", "Evenimente"),
        "docs": ("documente", "Documente"),
        "internal": ("intern", "Intern"),
        "topic": "Ghid",
        "news_item": "Știre",
        "event": "Eveniment",
        "file": "Document",
        "image": "Imagine",
        "page": "Pagină",
        "text": "Informații utile pentru nou-veniți.",
    },
    "en": {
        "root": "English",
        "about": ("about", "About the centre"),
        "news": ("news", "News"),
        "events": ("events", "Events"),
        "docs": ("documents", "Documents"),
        "internal": ("internal", "Internal"),
        "topic": "Guide",
        "news_item": "News",
        "event": "Event",
        "file": "Document",
        "image": "Image",
        "page": "Page",
        "text": "Useful information for newcomers.",
    },
    "ar": {
        "root": "العربية",
        "about": ("hawl", "عن المركز"),
        "news": ("akhbar", "أخبار"),
        "events": ("fa3aliyat", "فعاليات"),
        "docs": ("wathaiq", "وثائق"),
        "internal": ("dakhili", "داخلي"),
        "topic": "دليل",
        "news_item": "خبر",
        "event": "فعالية",
        "file": "وثيقة",
        "image": "صورة",
        "page": "صفحة",
        "text": "معلومات مفيدة للقادمين الجدد.",
    },
}


def uid_for(key):
    return uuid.uuid5(uuid.NAMESPACE_URL, f"plone-sample:{key}").hex


def tiny_png(seed):
    """A valid 2x2 PNG whose colour depends on `seed`, about 70 bytes."""

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    colour = bytes([(seed * 47) % 256, (seed * 91) % 256, (seed * 13) % 256])
    raw = b"".join(b"\x00" + colour * 2 for _row in range(2))
    header = struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def tiny_pdf(title):
    body = f"%PDF-1.4\n1 0 obj << /Title ({title.encode('ascii', 'ignore').decode()}) >> endobj\n"
    return (body + "trailer << /Root 1 0 R >>\n%%EOF\n").encode()


class Site:
    """The sample site as a list of items in catalog (path) order, plus the side exports."""

    def __init__(self):
        self.items = []
        self.blobs = {}  # uid -> (field, filename, content type, bytes)
        self.translations = {}  # group key -> {language: uid}
        self.default_pages = []
        self.local_roles = []
        self.ordering = {}
        self.relations = []
        self.counter = 0

    def add(self, key, type_, path, title, language, parent, *, group=None, state="published", **fields):
        uid = uid_for(key)
        siblings = [item for item in self.items if item["parent"]["UID"] == parent["UID"]]
        self.ordering[uid] = len(siblings)
        item = {
            "@id": HOST + SITE + path,
            "@type": type_,
            "UID": uid,
            "id": path.rsplit("/", 1)[-1],
            "title": title,
            "description": fields.pop("description", f"{title}."),
            "language": language,
            "review_state": state,
            "created": "2024-03-01T09:00:00+00:00",
            "modified": "2025-01-15T10:30:00+00:00",
            "effective": "2024-03-02T08:00:00+00:00",
            "expires": None,
            "subjects": fields.pop("subjects", []),
            "exclude_from_nav": False,
            "is_folderish": type_ in ("Folder", "LRF"),
            "parent": {
                "@id": parent["@id"],
                "@type": parent["@type"],
                "UID": parent["UID"],
                "title": parent["title"],
            },
            **fields,
        }
        self.items.append(item)
        if group:
            self.translations.setdefault(group, {})[language] = uid
        return item

    def blob(self, item, field, filename, content_type, data):
        self.blobs[item["UID"]] = (field, filename, content_type, data)
        item[field] = {"filename": filename, "content-type": content_type, "size": len(data)}


def rich(html):
    return {"content-type": "text/html", "data": html, "encoding": "utf-8"}


def build_site(extra_items=0, extra_blobs=0):
    site = Site()
    root = {"@id": HOST + SITE, "@type": "Plone Site", "UID": None, "title": "Centrul de integrare"}
    for language in LANGUAGES:
        build_language(site, root, language)
    german = site.add("lrf-de", "LRF", "/de", "Deutsch", "de", root)
    site.add(
        "de-welcome", "Document", "/de/willkommen", "Willkommen", "de", german, text=rich("<p>Hallo.</p>")
    )
    site.default_pages.append(
        {"uuid": "plone_site_root", "default_page": "ro", "default_page_uuid": uid_for("lrf-ro")}
    )
    add_bulk(site, root, extra_items, extra_blobs)
    return site


def build_language(site, root, language):
    words = WORDS[language]
    lrf = site.add(f"lrf-{language}", "LRF", f"/{language}", words["root"], language, root, group="lrf")
    base = f"/{language}"
    image_uids = [uid_for(f"image-{n}-{language}") for n in range(4)]
    file_uids = [uid_for(f"file-{n}-{language}") for n in range(8)]
    for number, topic in enumerate(TOPICS):
        following = uid_for(f"topic-{TOPICS[(number + 1) % len(TOPICS)]}-{language}")
        html = (
            f"<h1>{words['topic']} {topic}</h1><p>{words['text']} "
            f'<a href="resolveuid/{following}">{words["topic"]} {number + 1}</a>, '
            f'<a href="{words["docs"][0]}/file-{number % 6}.pdf">{words["file"]}</a>, '
            f'<a href="{HOST}{SITE}/{language}/resolveuid/{file_uids[number % 6]}/@@download/file">PDF</a> '
            f'<a href="https://www.igi.mai.gov.ro/">IGI</a></p>'
            f'<p><img src="resolveuid/{image_uids[number % 4]}/@@images/image/preview" class="image-left" '
            f'alt="{words["image"]}" /></p>'
        )
        if number == 0:
            html += (
                "<table><tr><td>Luni</td><td>9-17</td></tr></table>"
                '<iframe src="https://maps.example.org/embed"></iframe>'
                f'<p><a href="resolveuid/{uid_for("missing")}">?</a></p>'
            )
        site.add(
            f"topic-{topic}-{language}",
            "Document",
            f"{base}/{topic}",
            f"{words['topic']}: {topic}",
            language,
            lrf,
            group=f"topic-{topic}",
            subjects=[topic],
            text=rich(html),
        )
    build_about(site, lrf, language, words, base)
    build_news(site, lrf, language, words, base, image_uids)
    build_events(site, lrf, language, words, base)
    build_documents(site, lrf, language, words, base)
    build_internal(site, lrf, language, words, base)


def build_about(site, lrf, language, words, base):
    slug, title = words["about"]
    folder = site.add(f"about-{language}", "Folder", f"{base}/{slug}", title, language, lrf, group="about")
    default = site.add(
        f"about-index-{language}",
        "Document",
        f"{base}/{slug}/index-page",
        title,
        language,
        folder,
        group="about-index",
        text=rich(f"<p>{words['text']}</p><h2>{title}</h2><p><strong>2024</strong></p>"),
    )
    site.default_pages.append(
        {"uuid": folder["UID"], "default_page": "index-page", "default_page_uuid": default["UID"]}
    )
    for number in range(3):
        site.add(
            f"about-page-{number}-{language}",
            "Document",
            f"{base}/{slug}/page-{number}",
            f"{words['page']} {number + 1}",
            language,
            folder,
            group=f"about-page-{number}",
            state="pending" if number == 2 else "published",
            text=rich(f'<p>{words["text"]} <a href="resolveuid/{default["UID"]}">{title}</a></p>'),
        )
    site.add(
        f"about-link-{language}",
        "Link",
        f"{base}/{slug}/igi",
        "IGI",
        language,
        folder,
        group="about-link",
        remoteUrl="https://www.igi.mai.gov.ro/",
    )
    site.add(
        f"about-collection-{language}",
        "Collection",
        f"{base}/{slug}/latest",
        "Latest",
        language,
        folder,
        group="about-collection",
        query=[
            {"i": "portal_type", "o": "plone.app.querystring.operation.selection.any", "v": ["News Item"]}
        ],
        sort_on="effective",
    )


def build_news(site, lrf, language, words, base, image_uids):
    slug, title = words["news"]
    folder = site.add(f"news-{language}", "Folder", f"{base}/{slug}", title, language, lrf, group="news")
    for number in range(10):
        news = site.add(
            f"news-{number}-{language}",
            "News Item",
            f"{base}/{slug}/news-{number}",
            f"{words['news_item']} {number + 1}",
            language,
            folder,
            group=f"news-{number}",
            state="pending" if number >= 8 else "published",
            subjects=["centre"],
            effective=f"2025-0{1 + number % 9}-1{number % 10}T08:00:00+00:00",
            text=rich(
                f"<p>{words['text']}</p>"
                f'<p><img src="{HOST}{SITE}/{language}/{words["docs"][0]}/image-{number % 4}.png'
                f'/@@images/image/large" />'
                f'<a href="resolveuid/{uid_for(f"topic-residence-{language}")}">→</a></p>'
            ),
            image_caption=f"{words['image']} {number}",
        )
        site.blob(news, "image", f"news-{number}.png", "image/png", tiny_png(number + 100 * len(site.items)))
        site.relations.append(
            {
                "from_uuid": news["UID"],
                "to_uuid": uid_for(f"topic-residence-{language}"),
                "relationship": "relatedItems",
            }
        )


def build_events(site, lrf, language, words, base):
    slug, title = words["events"]
    folder = site.add(f"events-{language}", "Folder", f"{base}/{slug}", title, language, lrf, group="events")
    for number in range(6):
        fields = {
            "start": f"2027-0{number + 1}-1{number}T15:00:00+00:00",
            "end": f"2027-0{number + 1}-1{number}T17:00:00+00:00",
            "whole_day": number == 5,
            "open_end": False,
            "location": "Centrul de integrare, str. Unirii 1" if number != 4 else None,
            "event_url": "https://meet.example.org/club" if number == 4 else None,
            "contact_name": "Ana Pop",
            "contact_email": "ana@example.org",
            "contact_phone": "+40 700 000 000",
            "recurrence": f"{RULE}\nEXDATE:{EXCLUDED[number]}T150000Z" if number < 2 else None,
            "text": rich(f"<p>{words['text']}</p>"),
            "subjects": ["club"],
        }
        if language == "ro":  # an old Archetypes site exported without the migration option
            fields = {
                "startDate": fields.pop("start"),
                "endDate": fields.pop("end"),
                "wholeDay": fields.pop("whole_day"),
                "openEnd": fields.pop("open_end"),
                "eventUrl": fields.pop("event_url"),
                "contactName": fields.pop("contact_name"),
                "contactEmail": fields.pop("contact_email"),
                "contactPhone": fields.pop("contact_phone"),
                "subject": fields.pop("subjects"),
                **fields,
                "text": f"<p>{words['text']}</p>",
            }
        event = site.add(
            f"event-{number}-{language}",
            "Event",
            f"{base}/{slug}/event-{number}",
            f"{words['event']} {number + 1}",
            language,
            folder,
            group=f"event-{number}",
            **fields,
        )
        if language == "ro":
            event["excludeFromNav"] = event.pop("exclude_from_nav")
            event["effectiveDate"] = event.pop("effective")
            event.pop("subjects")


def build_documents(site, lrf, language, words, base):
    slug, title = words["docs"]
    folder = site.add(f"docs-{language}", "Folder", f"{base}/{slug}", title, language, lrf, group="docs")
    for number in range(8):
        if number < 6:
            name, content_type, data = (
                f"file-{number}.pdf",
                "application/pdf",
                tiny_pdf(f"{language} {number}"),
            )
        elif number == 6:
            name, content_type, data = "file-6.txt", "text/plain", f"{words['text']}\n".encode()
        else:
            name, content_type, data = "tool.exe", "application/octet-stream", b"MZ\x90\x00not-allowed"
        item = site.add(
            f"file-{number}-{language}",
            "File",
            f"{base}/{slug}/{name}",
            f"{words['file']} {number + 1}",
            language,
            folder,
            group=f"file-{number}",
            subjects=["law"] if number == 0 else [],
        )
        site.blob(item, "file", name, content_type, data)
        if number == 0:
            site.relations.append(
                {
                    "from_uuid": uid_for(f"topic-residence-{language}"),
                    "to_uuid": item["UID"],
                    "relationship": "relatedItems",
                }
            )
    for number in range(4):
        item = site.add(
            f"image-{number}-{language}",
            "Image",
            f"{base}/{slug}/image-{number}.png",
            f"{words['image']} {number + 1}",
            language,
            folder,
            group=f"image-{number}",
        )
        site.blob(
            item,
            "image",
            f"image-{number}.png",
            "image/png",
            tiny_png(number + 7 * LANGUAGES.index(language)),
        )


def build_internal(site, lrf, language, words, base):
    slug, title = words["internal"]
    folder = site.add(
        f"internal-{language}",
        "Folder",
        f"{base}/{slug}",
        title,
        language,
        lrf,
        group="internal",
        state="private",
    )
    site.local_roles.append(
        {"uuid": folder["UID"], "localroles": {"integration-team": ["Reader"]}, "block": 1}
    )
    for number in range(2):
        site.add(
            f"internal-page-{number}-{language}",
            "Document",
            f"{base}/{slug}/minutes-{number}",
            f"{words['page']} {number + 1}",
            language,
            folder,
            group=f"internal-page-{number}",
            state="published" if number == 0 else "private",
            text=rich(f"<p>{words['text']}</p>"),
        )
    item = site.add(
        f"internal-file-{language}",
        "File",
        f"{base}/{slug}/minutes.pdf",
        f"{words['file']}",
        language,
        folder,
        group="internal-file",
    )
    site.blob(item, "file", "minutes.pdf", "application/pdf", tiny_pdf(f"minutes {language}"))


def add_bulk(site, root, items, blobs):
    """A larger site of the same shape for the benchmark: folders of 50 pages, news, events and
    files per language, translated across the three languages."""
    made = 0
    lrfs = {item["language"]: item for item in site.items if item["@type"] == "LRF"}
    while made < items:
        batch = made // (50 * len(LANGUAGES))
        for language in LANGUAGES:
            folder = site.add(
                f"bulk-{batch}-{language}",
                "Folder",
                f"/{language}/bulk-{batch}",
                f"Bulk {batch}",
                language,
                lrfs[language],
                group=f"bulk-{batch}",
            )
            made += 1
            for number in range(49):
                key = f"bulk-{batch}-{number}"
                path = f"/{language}/bulk-{batch}/item-{number}"
                if blobs and number % 4 == 0:
                    item = site.add(
                        f"{key}-{language}",
                        "File",
                        path + ".pdf",
                        f"File {number}",
                        language,
                        folder,
                        group=key,
                    )
                    site.blob(
                        item, "file", f"item-{number}.pdf", "application/pdf", tiny_pdf(f"{key} {language}")
                    )
                    blobs -= 1
                elif number % 7 == 1:
                    site.add(
                        f"{key}-{language}",
                        "News Item",
                        path,
                        f"News {number}",
                        language,
                        folder,
                        group=key,
                        text=rich("<p>News.</p>"),
                    )
                else:
                    site.add(
                        f"{key}-{language}",
                        "Document",
                        path,
                        f"Page {number}",
                        language,
                        folder,
                        group=key,
                        text=rich(f'<p>Text <a href="resolveuid/{folder["UID"]}">up</a></p>'),
                    )
                made += 1


REDIRECTS = {
    f"{SITE}/ro/stiri-vechi/prima-stire": f"{SITE}/ro/stiri/news-0",
    f"{SITE}/en/old-guides/residence-permit": f"{SITE}/en/residence",
    f"{SITE}/ar/old-news": f"{SITE}/ar/akhbar/news-1",
}
MEMBERS = {
    "groups": [
        {
            "groupid": "integration-team",
            "title": "Integration team",
            "description": "",
            "email": "",
            "roles": ["Member"],
            "groups": [],
            "principals": ["maria", "ion"],
        },
        {
            "groupid": "Administrators",
            "title": "Administrators",
            "description": "",
            "email": "",
            "roles": ["Manager"],
            "groups": [],
            "principals": [],
        },
    ],
    "members": [
        {
            "username": "maria",
            "email": "maria@example.org",
            "fullname": "Maria Ionescu",
            "password": "{SSHA}x",
            "roles": ["Member"],
            "groups": ["integration-team"],
            "description": "",
            "home_page": "",
            "location": "",
        },
        {
            "username": "ion",
            "email": "ion@example.org",
            "fullname": "Ion Popa",
            "password": "{SSHA}y",
            "roles": ["Member", "Editor"],
            "groups": ["integration-team"],
            "description": "",
            "home_page": "",
            "location": "",
        },
        {
            "username": "admin",
            "email": "",
            "fullname": "",
            "password": "{SSHA}z",
            "roles": ["Manager"],
            "groups": [],
            "description": "",
            "home_page": "",
            "location": "",
        },
    ],
}


def blob_path_for(number):
    """A blob path in ZODB's bushy layout, as collective.exportimport writes it."""
    oid = "/".join(f"0x{byte:02x}" for byte in number.to_bytes(8, "big"))
    return f"{oid}/0x{number:016x}.blob"


def write_collective(site, target):
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    with open(target / "Plone.json", "w", encoding="utf-8") as handle:
        handle.write("[")
        for number, item in enumerate(site.items):
            item = json.loads(json.dumps(item))
            if item["parent"]["UID"] is None:
                item["parent"]["UID"] = None
            blob = site.blobs.get(item["UID"])
            if blob:
                field, _name, _type, data = blob
                if number % 2:
                    item[field]["data"] = base64.b64encode(data).decode()
                    item[field]["encoding"] = "base64"
                else:
                    path = blob_path_for(number + 1)
                    item[field]["blob_path"] = path
                    (target / "blobstorage" / path).parent.mkdir(parents=True, exist_ok=True)
                    (target / "blobstorage" / path).write_bytes(data)
            handle.write("," if number else "")
            json.dump(item, handle, sort_keys=True, indent=1, ensure_ascii=False)
        handle.write("]")
    dumps = {
        "export_translations.json": [group for group in site.translations.values() if len(group) > 1],
        "export_defaultpages.json": site.default_pages,
        "export_localroles.json": site.local_roles,
        "export_ordering.json": [{"uuid": uid, "order": order} for uid, order in site.ordering.items()],
        "export_relations.json": site.relations,
        "export_redirects.json": REDIRECTS,
        "export_members.json": MEMBERS,
    }
    for name, data in dumps.items():
        (target / name).write_text(json.dumps(data, indent=1, ensure_ascii=False), encoding="utf-8")


def exportimport_item(item):
    """An item as plone.exportimport writes it: '@id' relative to the site, the root as
    'plone_site_root', blobs as paths inside the item's folder."""
    item = json.loads(json.dumps(item))
    item["@id"] = item["@id"][len(HOST + SITE) :]
    parent = item["parent"]
    parent["@id"] = parent["@id"][len(HOST + SITE) :] or "/"
    parent["UID"] = parent["UID"] or "plone_site_root"
    return item


def write_exportimport(site, target):
    buffer = io.BytesIO()
    files = {}
    metadata = {
        "__version__": "1.0.0",
        "_blob_files_": [],
        "_data_files_": [],
        "default_page": {
            entry["uuid"]: {
                "default_page": entry["default_page"],
                "default_page_uuid": entry["default_page_uuid"],
            }
            for entry in site.default_pages
        },
        "local_permissions": {},
        "local_roles": {
            entry["uuid"]: {"local_roles": entry["localroles"], "block": entry["block"]}
            for entry in site.local_roles
        },
        "ordering": site.ordering,
    }
    for item in site.items:
        item = exportimport_item(item)
        blob = site.blobs.get(item["UID"])
        if blob:
            field, name, _type, data = blob
            path = f"{item['UID']}/{field}/{name}"
            item[field]["blob_path"] = path
            files[f"content/{path}"] = data
            metadata["_blob_files_"].append(path)
        files[f"content/{item['UID']}/data.json"] = json.dumps(item, indent=2, ensure_ascii=False).encode()
        metadata["_data_files_"].append(f"{item['UID']}/data.json")
    files["content/__metadata__.json"] = json.dumps(metadata, indent=2).encode()
    groups = [group for group in site.translations.values() if len(group) > 1]
    files["translations.json"] = json.dumps(
        [
            {
                "canonical": group.get("ro") or next(iter(group.values())),
                "translations": {code: uid for code, uid in group.items() if code != "ro"},
            }
            for group in groups
        ],
        indent=2,
    ).encode()
    # plone.exportimport names the relation's field `from_attribute`.
    files["relations.json"] = json.dumps(
        [
            {
                "from_attribute": relation["relationship"],
                "from_uuid": relation["from_uuid"],
                "to_uuid": relation["to_uuid"],
            }
            for relation in site.relations
        ],
        indent=2,
    ).encode()
    files["principals.json"] = json.dumps(MEMBERS, indent=2).encode()
    files["redirects.json"] = json.dumps(
        {old[len(SITE) :]: new[len(SITE) :] for old, new in REDIRECTS.items()}
    ).encode()
    files["discussions.json"] = b"{}"
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            info = zipfile.ZipInfo(name, date_time=(2025, 1, 15, 10, 30, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)
    target.write_bytes(buffer.getvalue())


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--output", type=Path, default=HERE)
    parser.add_argument("--items", type=int, default=0, help="extra items in bulk folders")
    parser.add_argument("--blobs", type=int, default=0, help="how many of the extra items are files")
    parser.add_argument("--format", choices=("both", "collective", "zip"), default="both")
    args = parser.parse_args(argv)
    site = build_site(args.items, args.blobs)
    if args.format in ("both", "collective"):
        write_collective(site, args.output / "collective-export")
    if args.format in ("both", "zip"):
        write_exportimport(site, args.output / "plone6-export.zip")
    print(f"{len(site.items)} items, {len(site.blobs)} blobs written to {args.output}", file=sys.stderr)
    return site


if __name__ == "__main__":
    main()
