"""One shape for every Plone item, whichever Plone wrote it: Archetypes field names become the
Dexterity ones (as collective.exportimport's own `migration` option renames them), languages
become plain codes, and every item gets its path relative to the site root."""

from urllib.parse import urlsplit

from django.utils.dateparse import parse_datetime

#: Archetypes (Plone 4) names and their Dexterity equivalents.
AT_FIELD_NAMES = {
    "excludeFromNav": "exclude_from_nav",
    "allowDiscussion": "allow_discussion",
    "subject": "subjects",
    "expirationDate": "expires",
    "effectiveDate": "effective",
    "creation_date": "created",
    "modification_date": "modified",
    "startDate": "start",
    "endDate": "end",
    "openEnd": "open_end",
    "eventUrl": "event_url",
    "wholeDay": "whole_day",
    "contactEmail": "contact_email",
    "contactName": "contact_name",
    "contactPhone": "contact_phone",
}
AT_TYPE_NAMES = {"Topic": "Collection", "FormFolder": "Folder"}
SITE_ROOT_TYPES = {"Plone Site", "PloneSite"}
NO_LANGUAGE = {"", "##DEFAULT##", None}


def url_path(value):
    """The path part of an '@id' (an absolute URL in collective exports, a path in plone.exportimport)."""
    if not value:
        return ""
    path = urlsplit(value).path if "://" in value else value
    return "/" + path.strip("/") if path.strip("/") else ""


def language_code(value):
    """plone.restapi writes a language as a code or as a vocabulary term {'token': 'en', ...}."""
    if isinstance(value, dict):
        value = value.get("token")
    return None if value in NO_LANGUAGE else str(value).lower().replace("_", "-")


def rich_text(value):
    """The HTML of a rich-text field: {'data': ..., 'content-type': ...} or a plain string."""
    if isinstance(value, dict):
        data = value.get("data") or ""
        if value.get("content-type") in ("text/plain", "text/x-web-intelligent"):
            return "".join(f"<p>{line}</p>" for line in data.splitlines() if line.strip())
        return data
    return value or ""


def datetime_value(value):
    if not value or not isinstance(value, str):
        return None
    try:
        return parse_datetime(value.replace(" ", "T", 1) if "T" not in value else value)
    except ValueError:
        return None


def normalise_item(raw, export_format):
    if not isinstance(raw, dict):
        return {"__invalid__": True}
    item = dict(raw)
    for old, new in AT_FIELD_NAMES.items():
        if old in item and new not in item:
            item[new] = item.pop(old)
    item["@type"] = AT_TYPE_NAMES.get(item.get("@type"), item.get("@type"))
    item["language"] = language_code(item.get("language"))
    item["raw_path"] = url_path(item.get("@id"))
    parent = item.get("parent") if isinstance(item.get("parent"), dict) else {}
    item["parent_uid"] = parent.get("UID") if parent.get("@type") not in SITE_ROOT_TYPES else None
    item["parent_is_root"] = parent.get("@type") in SITE_ROOT_TYPES or parent.get("UID") == "plone_site_root"
    if item["parent_is_root"]:
        item["parent_uid"] = None
    item["parent_raw_path"] = url_path(parent.get("@id"))
    item["html"] = rich_text(item.get("text"))
    item["subjects"] = [str(subject) for subject in item.get("subjects") or []]
    return item
