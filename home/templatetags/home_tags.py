import segno
from django import template
from django.utils.safestring import mark_safe

from home.models import ContactDetails
from integration_site.page_cache import remembered

register = template.Library()


@register.simple_tag
def contact_details():
    """The centre's contact details in the visitor's language (or the default one)."""
    return remembered("contact-details", ContactDetails.for_current_language)


@register.simple_tag(takes_context=True)
def absolute_page_url(context, page):
    """The page's address on the host that served it (the Site's hostname may be a default)."""
    request = context.get("request")
    if request is None:
        return page.full_url
    return request.build_absolute_uri(page.get_url(request))


@register.simple_tag
def qr_code(url, title):
    """An inline SVG QR code leading to `url`, for printed copies."""
    svg = segno.make(url, error="m").svg_inline(scale=3, border=2, title=title, svgclass="qr-code")
    return mark_safe(svg)


@register.inclusion_tag("home/admin/translation_review.html", takes_context=True)
def translation_review(context, translation, page):
    """Under wagtail-localize's translation editor: "Submit for review" and how many texts are
    still as a machine translated them."""
    from home.services import machine_translated_count

    return {
        "csrf_token": context.get("csrf_token"),
        "translation": translation,
        "machine_translated": machine_translated_count(translation),
        "in_review": page.workflow_in_progress,
    }
