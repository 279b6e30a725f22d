from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Profile(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="profile"
    )
    preferred_language = models.CharField(
        _("preferred language"),
        max_length=10,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
        help_text=_("Pages and e-mails are shown to you in this language."),
    )

    class Meta:
        verbose_name = _("profile")
        verbose_name_plural = _("profiles")

    def __str__(self):
        return str(self.user)


def preferred_language(user):
    """The language to write to this person in: their choice, else the site's default."""
    if user is None or not getattr(user, "pk", None):
        return settings.LANGUAGE_CODE
    profile = Profile.objects.filter(user=user).only("preferred_language").first()
    return profile.preferred_language if profile else settings.LANGUAGE_CODE
