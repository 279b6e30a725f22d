"""Demo brands: the default site is the Cluj-Napoca centre's, and a second site on the same
installation (http://timisoara.localhost:<port>/, same pages) is the Timișoara centre's, each
with its own logo, colours, and name and tagline in every configured language."""

import io

from django.conf import settings
from django.core.files.images import ImageFile
from PIL import Image as PillowImage
from PIL import ImageDraw, ImageFont
from wagtail.images.models import Image
from wagtail.models import Site

from ..models import CentreBrand, CentreBrandName

SECOND_CENTRE_HOSTNAME = "timisoara.localhost"
LOGO_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

CLUJ = {
    "initials": "CJ",
    "primary_colour": "#6b1d3f",
    "accent_colour": "#8a2452",
    "names": {
        "ro": ("Centrul Regional de Integrare Cluj-Napoca", "Informații și sprijin pentru cei nou-veniți"),
        "en": ("Cluj-Napoca Regional Integration Centre", "Information and support for newcomers"),
        "pl": ("Regionalne Centrum Integracji Kluż-Napoka", "Informacje i wsparcie dla nowo przybyłych"),
        "uk": ("Регіональний інтеграційний центр Клуж-Напока", "Інформація та підтримка для новоприбулих"),
        "fr": (
            "Centre régional d'intégration de Cluj-Napoca",
            "Informations et soutien aux nouveaux arrivants",
        ),
        "ar": ("مركز الاندماج الإقليمي في كلوج نابوكا", "معلومات ودعم للقادمين الجدد"),
    },
}
TIMISOARA = {
    "initials": "TM",
    "primary_colour": "#0f5132",
    "accent_colour": "#146c43",
    "names": {
        "ro": ("Centrul Regional de Integrare Timișoara", "Alături de cei care încep o viață nouă în Banat"),
        "en": ("Timișoara Regional Integration Centre", "Beside those starting a new life in the Banat"),
        "pl": (
            "Regionalne Centrum Integracji Timișoara",
            "U boku tych, którzy zaczynają nowe życie w Banacie",
        ),
        "uk": (
            "Регіональний інтеграційний центр Тімішоара",
            "Поруч із тими, хто починає нове життя в Банаті",
        ),
        "fr": (
            "Centre régional d'intégration de Timișoara",
            "Aux côtés de ceux qui commencent une vie nouvelle dans le Banat",
        ),
        "ar": ("مركز الاندماج الإقليمي في تيميشوارا", "إلى جانب من يبدؤون حياة جديدة في بانات"),
    },
}


def logo_font():
    try:
        return ImageFont.truetype(LOGO_FONT, 88)
    except OSError:
        return ImageFont.load_default(size=88)


def draw_logo(initials, colour):
    """A round badge with the centre's initials, as a PNG."""
    picture = PillowImage.new("RGBA", (192, 192), (0, 0, 0, 0))
    canvas = ImageDraw.Draw(picture)
    canvas.ellipse((4, 4, 188, 188), fill="#ffffff", outline=colour, width=12)
    canvas.text((96, 98), initials, fill=colour, font=logo_font(), anchor="mm")
    data = io.BytesIO()
    picture.save(data, format="PNG")
    return ImageFile(data, name=f"logo-{initials.lower()}.png")


def second_centre_site(default_site):
    site, _created = Site.objects.get_or_create(
        hostname=SECOND_CENTRE_HOSTNAME,
        defaults={
            "port": default_site.port,
            "root_page": default_site.root_page,
            "site_name": TIMISOARA["names"]["ro"][0],
        },
    )
    return site


def brand_site(site, centre):
    """Give the site the centre's brand, leaving whatever an editor has set already."""
    brand = CentreBrand.for_site(site)
    if brand.logo is None:
        title = f"Logo {centre['names']['ro'][0]}"
        brand.logo = Image.objects.create(
            title=title, file=draw_logo(centre["initials"], centre["primary_colour"])
        )
        brand.primary_colour = centre["primary_colour"]
        brand.accent_colour = centre["accent_colour"]
        brand.save()
    named = set(brand.names.values_list("language_code", flat=True))
    for code, _language in settings.LANGUAGES:
        if code not in named and code in centre["names"]:
            name, tagline = centre["names"][code]
            CentreBrandName.objects.create(brand=brand, language_code=code, name=name, tagline=tagline)


def load_brands():
    default_site = Site.objects.get(is_default_site=True)
    brand_site(default_site, CLUJ)
    brand_site(second_centre_site(default_site), TIMISOARA)
