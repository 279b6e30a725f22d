"""Fixed vocabularies of the mentoring app. The matching engine turns each into bit sets as
many 64-bit words wide as needed, so a choice list can grow without limit."""

from django.db import models
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _


class ProgrammeKind(models.TextChoices):
    SOCIAL = "social", _("Social mentoring")
    WOMEN = "women", _("Women's mentoring network")
    LANGUAGE_BUDDIES = "buddies", _("Language buddies")
    OTHER = "other", _("Other")


class GenderRule(models.TextChoices):
    ANY = "any", _("Any gender (each side's own preferences still apply)")
    WOMEN_ONLY = "women", _("Women only, on both sides")


class Gender(models.TextChoices):
    WOMAN = "woman", _("Woman")
    MAN = "man", _("Man")
    NON_BINARY = "non_binary", _("Non-binary")
    UNDISCLOSED = "undisclosed", _("I prefer not to say")


class LanguageLevel(models.TextChoices):
    """CEFR levels; NATIVE above them. Ordered: the position is the level's rank."""

    A1 = "a1", _("Beginner (A1)")
    A2 = "a2", _("Elementary (A2)")
    B1 = "b1", _("Intermediate (B1)")
    B2 = "b2", _("Upper intermediate (B2)")
    C1 = "c1", _("Advanced (C1)")
    C2 = "c2", _("Proficient (C2)")
    NATIVE = "native", _("Native speaker")


LEVEL_RANK = {level: rank for rank, level in enumerate(LanguageLevel.values, start=1)}
#: The level from which two people can hold a conversation in a language.
CONVERSATION_LEVEL = LEVEL_RANK[LanguageLevel.B1]
#: The level from which a buddy speaks the local language "well"; below it, a person is learning.
FLUENT_LEVEL = LEVEL_RANK[LanguageLevel.B2]


class Language(models.TextChoices):
    """Languages people bring to the programmes (seed 001 names most of these)."""

    ROMANIAN = "ro", _("Romanian")
    ENGLISH = "en", _("English")
    FRENCH = "fr", _("French")
    ARABIC = "ar", _("Arabic")
    UKRAINIAN = "uk", _("Ukrainian")
    RUSSIAN = "ru", _("Russian")
    POLISH = "pl", _("Polish")
    URDU = "ur", _("Urdu")
    PASHTO = "ps", _("Pashto")
    NEPALI = "ne", _("Nepali")
    BENGALI = "bn", _("Bengali")
    HINDI = "hi", _("Hindi")
    TURKISH = "tr", _("Turkish")
    PERSIAN = "fa", _("Persian")
    SPANISH = "es", _("Spanish")
    GERMAN = "de", _("German")
    HUNGARIAN = "hu", _("Hungarian")
    ITALIAN = "it", _("Italian")
    PORTUGUESE = "pt", _("Portuguese")
    CHINESE = "zh", _("Chinese")
    VIETNAMESE = "vi", _("Vietnamese")
    TAGALOG = "tl", _("Tagalog")
    SWAHILI = "sw", _("Swahili")
    TIGRINYA = "ti", _("Tigrinya")


class Goal(models.TextChoices):
    JOB_SEARCH = "job_search", _("Job search")
    PAPERWORK = "paperwork", _("Paperwork and public offices")
    HOUSING = "housing", _("Housing")
    SCHOOL = "school", _("School and studies")
    LANGUAGE_PRACTICE = "language_practice", _("Language practice")
    SOCIAL_CONTACT = "social_contact", _("Social contact")


class Skill(models.TextChoices):
    CV_WRITING = "cv", _("CVs and job interviews")
    IT = "it", _("Computers and IT")
    HEALTHCARE = "health", _("Healthcare")
    LAW = "law", _("Law and rights")
    TEACHING = "teaching", _("Teaching and tutoring")
    BUSINESS = "business", _("Business and accounting")
    TRADES = "trades", _("Construction and trades")
    HOSPITALITY = "hospitality", _("Hospitality and cooking")
    CHILDCARE = "childcare", _("Children and families")
    ARTS = "arts", _("Arts and media")
    ENGINEERING = "engineering", _("Engineering")
    SOCIAL_WORK = "social_work", _("Social work")


class Interest(models.TextChoices):
    SPORTS = "sports", _("Sports")
    MUSIC = "music", _("Music")
    COOKING = "cooking", _("Cooking")
    ARTS = "arts", _("Arts and crafts")
    READING = "reading", _("Reading")
    OUTDOORS = "outdoors", _("Hiking and the outdoors")
    TECHNOLOGY = "technology", _("Technology")
    GAMES = "games", _("Board games")
    FILM = "film", _("Films")
    VOLUNTEERING = "volunteering", _("Volunteering")
    FAMILY = "family", _("Family activities")
    HISTORY = "history", _("History and culture")


class AgeBand(models.TextChoices):
    """Ordered bands; adjacent bands score half in the age component."""

    UNDER_26 = "18-25", _("18 to 25")
    FROM_26 = "26-35", _("26 to 35")
    FROM_36 = "36-50", _("36 to 50")
    FROM_51 = "51-65", _("51 to 65")
    OVER_65 = "66+", _("66 or older")


AGE_BAND_RANK = {band: rank for rank, band in enumerate(AgeBand.values, start=1)}


class Weekday(models.IntegerChoices):
    MONDAY = 0, _("Monday")
    TUESDAY = 1, _("Tuesday")
    WEDNESDAY = 2, _("Wednesday")
    THURSDAY = 3, _("Thursday")
    FRIDAY = 4, _("Friday")
    SATURDAY = 5, _("Saturday")
    SUNDAY = 6, _("Sunday")


class PartOfDay(models.IntegerChoices):
    MORNING = 0, _("Morning (9:00-13:00)")
    AFTERNOON = 1, _("Afternoon (13:00-17:00)")
    EVENING = 2, _("Evening (17:00-21:00)")


#: Each availability slot (a weekday's part of day) stands for this many hours.
HOURS_PER_SLOT = 4
SLOT_COUNT = len(Weekday) * len(PartOfDay)


def slot_number(weekday, part_of_day):
    """Availability is stored as slot numbers 0..20: weekday * 3 + part of day."""
    return int(weekday) * len(PartOfDay) + int(part_of_day)


def slot_label(slot):
    weekday, part = divmod(int(slot), len(PartOfDay))
    return format_lazy("{}, {}", Weekday(weekday).label, PartOfDay(part).label)


SLOT_CHOICES = [
    (slot_number(day, part), format_lazy("{}, {}", day.label, part.label))
    for day in Weekday
    for part in PartOfDay
]


class VettingStatus(models.TextChoices):
    PENDING = "pending", _("Waiting to be vetted")
    APPROVED = "approved", _("Approved")
    REJECTED = "rejected", _("Rejected")
    MORE_INFORMATION = "more_info", _("More information requested")


class Audience(models.TextChoices):
    VOLUNTEERS = "volunteers", _("Volunteers")
    MENTEES = "mentees", _("Mentees and learners")
