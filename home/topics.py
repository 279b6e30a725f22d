"""The orientation taxonomy, shared by orientation pages, the document library and services."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Topic(models.TextChoices):
    RESIDENCE = "residence", _("Residence")
    WORK = "work", _("Work")
    HEALTH = "health", _("Health")
    EDUCATION = "education", _("Education")
    HOUSING = "housing", _("Housing")
    SOCIAL_SERVICES = "social-services", _("Social services")
    EMERGENCIES = "emergencies", _("Emergencies")
    LANGUAGE = "language", _("Learning the language")
