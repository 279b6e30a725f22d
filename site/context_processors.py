from django.conf import settings
from django.utils.functional import SimpleLazyObject
from django.utils.translation import get_language, get_language_bidi
from wagtail.models import Site

from home.models.brand import brand_for, default_brand
from integration_site.page_cache import remembered


def site_brand(request):
    """The brand of the site (the centre) that serves the request, in the active language."""
    site = Site.find_for_request(request)
    if site is None:
        return default_brand()
    return remembered(f"brand-{site.pk}", lambda: brand_for(site))


def languages(request):
    brand = SimpleLazyObject(lambda: site_brand(request))
    return {
        "current_language": get_language(),
        "current_direction": "rtl" if get_language_bidi() else "ltr",
        "default_language": settings.LANGUAGE_CODE,
        "brand": brand,
        "site_name": SimpleLazyObject(lambda: brand.name),
    }
