"""The fields of each page type, from a normalised Plone item and its converted text."""

import datetime
import uuid

from dateutil.rrule import rrulestr
from django.utils import timezone
from django.utils.translation import gettext as _

from events.models import EventMode
from home.models import NewsPage, OrientationTopicPage, StandardPage

from .normalise import datetime_value

PLACE_LENGTH = 200


def text_body(html, translation_key):
    """The body's one text block. Its id follows the page's translation key, so that the pages of
    a translation group share their field paths and wagtail-localize can pair their segments."""
    if not html.strip():
        return []
    return [{"type": "text", "value": html, "id": str(uuid.uuid5(translation_key, "body-text"))}]


def local_date(value):
    moment = datetime_value(value)
    if moment is None:
        return None
    if timezone.is_naive(moment):
        moment = timezone.make_aware(moment)
    return timezone.localdate(moment)


def aware(value):
    moment = datetime_value(value)
    if moment is not None and timezone.is_naive(moment):
        moment = timezone.make_aware(moment)
    return moment


def description(item):
    return str(item.get("description") or "").strip()


def standard_fields(item, body):
    return {"intro": description(item), "body": body}


def orientation_fields(item, body, topic):
    return {"topic": topic, "intro": description(item), "body": body}


def news_fields(item, body, image):
    date = local_date(item.get("effective")) or local_date(item.get("created")) or timezone.localdate()
    return {"intro": description(item), "body": body, "date": date, "image": image}


def split_recurrence(value):
    """Plone stores RFC 5545 lines: 'RRULE:...' plus 'EXDATE:...' lines. Returns the rule
    (without its 'RRULE:' prefix) and the excluded starts as aware datetimes."""
    rule, excluded = "", []
    for line in (value or "").splitlines():
        name, _colon, content = line.strip().partition(":")
        name = name.split(";", 1)[0].upper()
        if name == "RRULE":
            rule = content.strip()
        elif name == "EXDATE":
            for stamp in content.split(","):
                moment = parse_ical_datetime(stamp.strip())
                if moment is not None:
                    excluded.append(moment)
    return rule, excluded


def parse_ical_datetime(stamp):
    for pattern in ("%Y%m%dT%H%M%SZ", "%Y%m%dT%H%M%S", "%Y%m%d"):
        try:
            moment = datetime.datetime.strptime(stamp, pattern)
        except ValueError:
            continue
        if stamp.endswith("Z"):
            return moment.replace(tzinfo=datetime.UTC)
        return timezone.make_aware(moment)
    return None


def event_fields(item, html, event_kind, language, problems):
    """EventPage fields; `problems` collects what could not be kept."""
    start = aware(item.get("start"))
    if start is None:
        raise ValueError(_("The event has no start date."))
    end = aware(item.get("end")) or start
    if item.get("open_end") or end < start:
        end = start
    rule, excluded = split_recurrence(item.get("recurrence"))
    if rule:
        try:
            rrulestr(rule, dtstart=timezone.localtime(start).replace(tzinfo=None))
        except (ValueError, TypeError):
            problems.append(_("The repeat rule “%(rule)s” is not valid and was dropped.") % {"rule": rule})
            rule, excluded = "", []
    location = str(item.get("location") or "").strip()
    link = str(item.get("event_url") or "").strip()
    mode = EventMode.IN_PERSON
    if link and not location:
        mode = EventMode.ONLINE
    elif link:
        mode = EventMode.HYBRID
    contact = [str(item.get(name) or "").strip() for name in ("contact_email", "contact_phone")]
    fields = {
        "kind": event_kind,
        "summary": description(item)[:300],
        "body": html,
        "start": start,
        "end": end,
        "all_day": bool(item.get("whole_day")),
        "recurrence_rule": rule,
        "mode": mode,
        "place": location[:PLACE_LENGTH],
        "online_link": link[:200],
        "organiser_name": " ".join(
            part for part in [str(item.get("contact_name") or "").strip(), *contact] if part
        )[:200],
        "languages": [language],
        "registration_open": False,
    }
    return fields, excluded


PAGE_MODELS = {
    "standard": StandardPage,
    "orientation": OrientationTopicPage,
    "news": NewsPage,
}
