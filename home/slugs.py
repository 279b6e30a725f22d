"""Readable URLs in every language: a page's slug is transliterated to ASCII ("permis-de-sedere",
"dozvil-na-prozhivannya") instead of percent-encoded Cyrillic or Arabic letters."""

from anyascii import anyascii
from django.utils.text import slugify
from wagtail.models import Page


def ascii_slug(slug):
    return slugify(anyascii(slug)) or "page"


def transliterate_page_slug(sender, instance, **kwargs):
    if isinstance(instance, Page) and instance.slug and not instance.slug.isascii():
        instance.slug = ascii_slug(instance.slug)
