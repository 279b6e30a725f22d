import segno
from django import template
from django.utils.safestring import mark_safe

from home.models import ContactDetails

register = template.Library()


@register.simple_tag
def contact_details():
    """The centre's contact details in the visitor's language (or the default one)."""
    return ContactDetails.for_current_language()


@register.simple_tag(takes_context=True)
def page_qr_code(context, page, title):
    """An inline SVG QR code leading to the page, for printed copies."""
    url = page.get_full_url(context.get("request"))
    svg = segno.make(url, error="m").svg_inline(scale=3, border=2, title=title, svgclass="qr-code")
    return mark_safe(svg)
