"""The demo's texts in the languages added after the first six (Nepali, Urdu, Pashto, Bengali), one
module per language, each holding for its language what topics.py and pages.py hold per entry.
Drafts without a native speaker's review: the README lists which languages are reviewed."""

import importlib

CODES = ("ne", "ur", "ps", "bn")


def modules():
    return {code: importlib.import_module(f"{__name__}.{code}") for code in CODES}


def add_to_topics(topics, opening_hours):
    for code, texts in modules().items():
        opening_hours[code] = texts.OPENING_HOURS
        for entry in topics:
            entry[code] = texts.TOPICS[entry["slug"]]
            if "link" in entry:
                entry["link"][1][code] = texts.LINK_LABELS[entry["slug"]]
            if "faq" in entry:
                entry["faq"][code] = texts.FAQ[entry["slug"]]


def add_to_pages(tables):
    """`tables` are pages.py's HEADINGS, HOME, NEWS_INDEX, NEWS, ABOUT, PRIVACY and CONTACT."""
    for code, texts in modules().items():
        for name in ("HEADINGS", "HOME", "NEWS_INDEX", "ABOUT", "PRIVACY", "CONTACT"):
            tables[name][code] = getattr(texts, name)
        for item in tables["NEWS"]:
            item[code] = texts.NEWS[item["slug"]]
