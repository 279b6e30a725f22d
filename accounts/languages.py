"""Languages a person may speak, for the profile's "languages spoken". Broader than the site's
own languages: the people a centre serves speak Arabic, Dari, Pashto, Urdu, Tigrinya..."""

from django.db import models
from django.utils.translation import gettext_lazy as _

SPOKEN_LANGUAGES = [
    ("am", _("Amharic")),
    ("ar", _("Arabic")),
    ("hy", _("Armenian")),
    ("az", _("Azerbaijani")),
    ("be", _("Belarusian")),
    ("bn", _("Bengali")),
    ("bg", _("Bulgarian")),
    ("zh", _("Chinese")),
    ("cs", _("Czech")),
    ("prs", _("Dari")),
    ("nl", _("Dutch")),
    ("en", _("English")),
    ("fa", _("Farsi (Persian)")),
    ("fr", _("French")),
    ("ka", _("Georgian")),
    ("de", _("German")),
    ("el", _("Greek")),
    ("hi", _("Hindi")),
    ("hu", _("Hungarian")),
    ("it", _("Italian")),
    ("kk", _("Kazakh")),
    ("ku", _("Kurdish")),
    ("ky", _("Kyrgyz")),
    ("ln", _("Lingala")),
    ("ne", _("Nepali")),
    ("pa", _("Punjabi")),
    ("ps", _("Pashto")),
    ("pl", _("Polish")),
    ("pt", _("Portuguese")),
    ("ro", _("Romanian")),
    ("ru", _("Russian")),
    ("sr", _("Serbian")),
    ("si", _("Sinhala")),
    ("so", _("Somali")),
    ("es", _("Spanish")),
    ("sw", _("Swahili")),
    ("tl", _("Tagalog")),
    ("ta", _("Tamil")),
    ("th", _("Thai")),
    ("ti", _("Tigrinya")),
    ("tr", _("Turkish")),
    ("tk", _("Turkmen")),
    ("uk", _("Ukrainian")),
    ("ur", _("Urdu")),
    ("uz", _("Uzbek")),
    ("vi", _("Vietnamese")),
]


class Level(models.TextChoices):
    NATIVE = "native", _("Native")
    C2 = "C2", _("C2 (proficient)")
    C1 = "C1", _("C1 (advanced)")
    B2 = "B2", _("B2 (upper intermediate)")
    B1 = "B1", _("B1 (intermediate)")
    A2 = "A2", _("A2 (elementary)")
    A1 = "A1", _("A1 (beginner)")
