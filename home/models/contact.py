from django.conf import settings
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import TranslatableMixin

from ..blocks import EmergencyNumberBlock


class ContactDetails(TranslatableMixin, models.Model):
    """The centre's contact details and emergency numbers, shown in every page's footer. One
    per language; a language without its own shows the default language's."""

    organisation = models.CharField(_("organisation"), max_length=200)
    address = models.TextField(_("address"), blank=True)
    phone = models.CharField(_("phone"), max_length=50, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    opening_hours = models.TextField(_("opening hours"), blank=True)
    emergency_numbers = StreamField(
        [("number", EmergencyNumberBlock())], verbose_name=_("emergency numbers"), blank=True
    )

    panels = [
        FieldPanel("organisation"),
        FieldPanel("address"),
        FieldPanel("phone"),
        FieldPanel("email"),
        FieldPanel("opening_hours"),
        FieldPanel("emergency_numbers"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("contact details")
        verbose_name_plural = _("contact details")
        constraints = [models.UniqueConstraint(fields=["locale"], name="home_one_contact_details_per_locale")]

    def __str__(self):
        return self.organisation

    @classmethod
    def for_current_language(cls):
        """The active language's details, else the default language's, else None."""
        language = get_language()
        found = {
            details.locale.language_code: details
            for details in cls.objects.filter(
                locale__language_code__in=[language, settings.LANGUAGE_CODE]
            ).select_related("locale")
        }
        return found.get(language) or found.get(settings.LANGUAGE_CODE)
