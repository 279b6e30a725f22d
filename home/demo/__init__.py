"""Demo pages: a home page replacing Wagtail's "Welcome" page as the default site's root, eight
orientation guides, news, "About the centre", privacy and the footer's contact details, in
every configured language. One guide is left untranslated in Polish to show the fallback.
Running it again changes nothing: existing pages and translations are left as they are."""

import datetime

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale, Page, Site

from ..blocks import list_items
from ..models import ContactDetails, HomePage, NewsIndexPage, NewsPage, OrientationTopicPage, StandardPage
from . import pages as demo_pages
from .brands import load_brands
from .topics import OPENING_HOURS, TOPICS

HOME_SLUG = "integration-centre"
NEWS_SLUG = "news"


def languages():
    return [code for code, _name in settings.LANGUAGES]


def locales():
    return {code: Locale.objects.get_or_create(language_code=code)[0] for code in languages()}


def publish(page):
    page.save_revision().publish()
    return page


def add_page(parent, page):
    """Add `page` under `parent` unless a page with its slug is there already."""
    existing = parent.get_children().filter(slug=page.slug, locale=parent.locale).first()
    if existing is not None:
        return existing.specific, False
    parent.add_child(instance=page)
    return publish(page), True


def translate(page, locale, **fields):
    """Publish a translation of `page` into `locale` with the given fields, once."""
    if page.get_translation_or_none(locale) is not None:
        return False
    translation = page.copy_for_translation(locale, copy_parents=True)
    for name, value in fields.items():
        setattr(translation, name, value)
    publish(translation)
    return True


def install_home_page(default_locale):
    site = Site.objects.get(is_default_site=True)
    if isinstance(site.root_page.specific, HomePage):
        return site.root_page.specific
    root = Page.get_first_root_node()
    welcome = site.root_page
    if welcome.specific_class is Page and welcome.is_leaf():
        welcome.delete()
    title, intro = demo_pages.HOME[settings.LANGUAGE_CODE]
    home, _created = add_page(
        root, HomePage(title=title, slug=HOME_SLUG, intro=f"<p>{intro}</p>", locale=default_locale)
    )
    site.root_page = home
    site.save()
    return home


def optional_blocks(entry, code):
    """The questions and answers and the call to action some guides have."""
    blocks = []
    if "faq" in entry:
        question, answer = entry["faq"][code]
        items = list_items([{"question": question, "answer": f"<p>{answer}</p>"}])
        blocks.append({"type": "faq", "value": items})
    if "link" in entry:
        url, labels = entry["link"]
        blocks.append({"type": "call_to_action", "value": {"label": labels[code], "page": None, "url": url}})
    return blocks


def topic_fields(entry, code):
    title, intro, steps, documents = entry[code]
    steps_heading, documents_heading = demo_pages.HEADINGS[code]
    organisation, address, phone, email = entry["contact"]
    return {
        "title": title,
        "intro": intro,
        "body": [
            {
                "type": "steps",
                "value": {
                    "heading": steps_heading,
                    "steps": list_items({"title": step, "description": ""} for step in steps),
                },
            },
            {
                "type": "documents_needed",
                "value": {
                    "heading": documents_heading,
                    "documents": list_items(documents),
                },
            },
            {
                "type": "contact",
                "value": {
                    "organisation": organisation,
                    "address": address,
                    "phone": phone,
                    "email": email,
                    "opening_hours": OPENING_HOURS[code] if email else "",
                },
            },
            *optional_blocks(entry, code),
        ],
    }


def text_fields(texts, code):
    title, intro, text = texts[code]
    return {"title": title, "intro": intro, "body": [{"type": "text", "value": f"<p>{text}</p>"}]}


def translate_everywhere(page, all_locales, fields_for):
    """Translate into every language that has texts (fields_for returns None otherwise)."""
    count = 0
    for code, locale in all_locales.items():
        fields = fields_for(code)
        if code != settings.LANGUAGE_CODE and fields is not None:
            count += translate(page, locale, **fields)
    return count


def load_topics(home, all_locales):
    today = timezone.localdate()
    for entry in TOPICS:
        page, _created = add_page(
            home,
            OrientationTopicPage(
                slug=entry["slug"],
                topic=entry["topic"],
                last_reviewed=today - datetime.timedelta(days=entry["reviewed_days_ago"]),
                locale=home.locale,
                **topic_fields(entry, settings.LANGUAGE_CODE),
            ),
        )
        translate_everywhere(
            page, all_locales, lambda code, e=entry: topic_fields(e, code) if code in e else None
        )


def load_news(home, all_locales):
    title, intro = demo_pages.NEWS_INDEX[settings.LANGUAGE_CODE]
    index, _created = add_page(
        home, NewsIndexPage(title=title, slug=NEWS_SLUG, intro=intro, locale=home.locale, show_in_menus=True)
    )
    translate_everywhere(
        index,
        all_locales,
        lambda code: dict(zip(("title", "intro"), demo_pages.NEWS_INDEX[code], strict=True)),
    )
    today = timezone.localdate()
    for item in demo_pages.NEWS:
        news = NewsPage(
            slug=item["slug"],
            date=today - datetime.timedelta(days=item["days_ago"]),
            locale=home.locale,
            **text_fields(item, settings.LANGUAGE_CODE),
        )
        news.tags.add(*item["tags"])
        page, _created = add_page(index, news)
        translate_everywhere(page, all_locales, lambda code, i=item: text_fields(i, code))


def load_standard_pages(home, all_locales):
    for texts, in_menu in ((demo_pages.ABOUT, True), (demo_pages.PRIVACY, False)):
        page, _created = add_page(
            home,
            StandardPage(
                slug=texts["slug"],
                locale=home.locale,
                show_in_menus=in_menu,
                **text_fields(texts, settings.LANGUAGE_CODE),
            ),
        )
        translate_everywhere(page, all_locales, lambda code, t=texts: text_fields(t, code))


def contact_fields(code):
    organisation, opening_hours, numbers = demo_pages.CONTACT[code]
    return {
        "organisation": organisation,
        "opening_hours": opening_hours,
        "emergency_numbers": [
            {"type": "number", "value": {"label": label, "number": number}} for label, number in numbers
        ],
    }


def load_contact_details(all_locales):
    source = ContactDetails.objects.filter(locale=all_locales[settings.LANGUAGE_CODE]).first()
    if source is None:
        source = ContactDetails.objects.create(
            locale=all_locales[settings.LANGUAGE_CODE],
            address=demo_pages.CONTACT["address"],
            phone=demo_pages.CONTACT["phone"],
            email=demo_pages.CONTACT["email"],
            **contact_fields(settings.LANGUAGE_CODE),
        )
    for code, locale in all_locales.items():
        if source.get_translation_or_none(locale) is None:
            translation = source.copy_for_translation(locale)
            for name, value in contact_fields(code).items():
                setattr(translation, name, value)
            translation.save()


@transaction.atomic
def load(stdout):
    all_locales = locales()
    home = install_home_page(all_locales[settings.LANGUAGE_CODE])
    translate_everywhere(
        home,
        all_locales,
        lambda code: {
            "title": demo_pages.HOME[code][0],
            "intro": f"<p>{demo_pages.HOME[code][1]}</p>",
        },
    )
    load_topics(home, all_locales)
    load_news(home, all_locales)
    load_standard_pages(home, all_locales)
    load_contact_details(all_locales)
    load_brands()
    stdout.write(f"Demo pages: {Page.objects.filter(depth__gte=2).count()} in {len(all_locales)} languages")
