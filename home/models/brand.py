from dataclasses import dataclass

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import get_language, gettext, gettext_noop
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Orderable

from core.languages import site_languages

#: WCAG 2.x level AA for normal text (success criterion 1.4.3).
MINIMUM_CONTRAST = 4.5
#: What the brand colours are shown against: white text on the primary colour (the header) and
#: on the accent colour (buttons), and the accent colour as link text on the white page.
PAGE_BACKGROUND = "#ffffff"
LOGO_RENDITION = "height-96"
COLOUR_PICKER = forms.TextInput(attrs={"type": "color"})

hex_colour = RegexValidator(
    r"^#[0-9a-fA-F]{6}$", _("Enter a colour as # and six hexadecimal digits, e.g. #0b5cad.")
)


def relative_luminance(colour):
    """WCAG 2.x relative luminance of a #rrggbb colour."""
    channels = (int(colour[index : index + 2], 16) / 255 for index in (1, 3, 5))
    red, green, blue = (c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast_ratio(first, second):
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


@register_setting(icon="image")
class CentreBrand(ClusterableModel, BaseSiteSetting):
    """How one site (one centre) looks: its logo, its colours and its name in each language."""

    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    primary_colour = models.CharField(
        _("primary colour"),
        max_length=7,
        default="#1d4f91",
        validators=[hex_colour],
        help_text=_("The header's background, behind white text."),
    )
    accent_colour = models.CharField(
        _("accent colour"),
        max_length=7,
        default="#0b5cad",
        validators=[hex_colour],
        help_text=_("Links on the white page and buttons with white text."),
    )

    panels = [
        FieldPanel("logo"),
        FieldPanel("primary_colour", widget=COLOUR_PICKER),
        FieldPanel("accent_colour", widget=COLOUR_PICKER),
        InlinePanel("names", label=_("Name and tagline in each language")),
    ]

    class Meta:
        verbose_name = _("centre brand")

    def clean(self):
        errors = {}
        for field in ("primary_colour", "accent_colour"):
            colour = getattr(self, field)
            if hex_colour.regex.match(colour or ""):
                ratio = contrast_ratio(colour, PAGE_BACKGROUND)
                # Refused below the threshold as the ratio is, not as rounded for display.
                if ratio < MINIMUM_CONTRAST:
                    errors[field] = ValidationError(
                        _(
                            "This colour and white contrast %(ratio).2f:1, less than the %(minimum)s:1 "
                            "people with low vision need (WCAG AA). Choose a darker colour."
                        ),
                        code="low_contrast",
                        params={"ratio": int(ratio * 100) / 100, "minimum": MINIMUM_CONTRAST},
                    )
        if errors:
            raise ValidationError(errors)


class CentreBrandName(Orderable):
    brand = ParentalKey(CentreBrand, on_delete=models.CASCADE, related_name="names")
    language_code = models.CharField(_("language"), max_length=12, choices=site_languages)
    name = models.CharField(_("name"), max_length=200)
    tagline = models.CharField(_("tagline"), max_length=250, blank=True)

    panels = [FieldPanel("language_code"), FieldPanel("name"), FieldPanel("tagline")]

    class Meta(Orderable.Meta):
        constraints = [
            models.UniqueConstraint(
                fields=["brand", "language_code"], name="home_one_brand_name_per_language"
            )
        ]


@dataclass(frozen=True)
class Logo:
    url: str
    width: int
    height: int


@dataclass(frozen=True)
class Brand:
    """What a page shows of its site's brand, in the active language."""

    name: str
    tagline: str
    primary_colour: str
    accent_colour: str
    logo: Logo | None


#: The default SITE_NAME, so that the catalogues translate it.
DEFAULT_SITE_NAME = gettext_noop("Integration Centre")


def installation_name():
    """The installation's name in the active language, for a site without a brand of its own:
    SITE_NAME_<LANG> when set (SITE_NAME_AR...), else SITE_NAME as the language's catalogue
    translates it."""
    return settings.SITE_NAMES.get(get_language()) or gettext(settings.WAGTAIL_SITE_NAME)


def brand_for(site):
    """The site's brand in the active language; a language without its own name shows the
    default language's, and a site without any the installation's SITE_NAME."""
    # Read, never created on a page view (BaseSiteSetting.for_site would write on a GET).
    brand = CentreBrand.objects.filter(site=site).select_related("logo").prefetch_related("names").first()
    if brand is None:
        return default_brand()
    names = {entry.language_code: entry for entry in brand.names.all()}
    entry = names.get(get_language()) or names.get(settings.LANGUAGE_CODE)
    logo = None
    if brand.logo is not None:
        rendition = brand.logo.get_rendition(LOGO_RENDITION)
        logo = Logo(rendition.url, rendition.width, rendition.height)
    return Brand(
        name=entry.name if entry else installation_name(),
        tagline=entry.tagline if entry else "",
        primary_colour=brand.primary_colour,
        accent_colour=brand.accent_colour,
        logo=logo,
    )


def default_brand():
    defaults = {
        field: CentreBrand._meta.get_field(field).default for field in ("primary_colour", "accent_colour")
    }
    return Brand(name=installation_name(), tagline="", logo=None, **defaults)
