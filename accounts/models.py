from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from core.languages import site_languages

from .languages import SPOKEN_LANGUAGES, Level


class Profile(models.Model):
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="profile")
    display_name = models.CharField(
        _("display name"),
        max_length=80,
        blank=True,
        help_text=_("Optional. How the centre's team and other participants see you."),
    )
    printed_name = models.CharField(
        _("name on certificates"),
        max_length=150,
        blank=True,
        help_text=_("Your name as it should be printed on certificates, in your own script."),
    )
    printed_name_latin = models.CharField(
        _("name on certificates, in Latin letters"),
        max_length=150,
        blank=True,
        help_text=_("The same name in Latin letters, if your own script is another one."),
    )
    preferred_language = models.CharField(
        _("preferred language"),
        max_length=10,
        choices=site_languages,
        default=settings.LANGUAGE_CODE,
        help_text=_("Pages and e-mails are shown to you in this language."),
    )

    class Meta:
        verbose_name = _("profile")
        verbose_name_plural = _("profiles")

    def __str__(self):
        return self.display_name or str(self.user)


class LanguageSkill(models.Model):
    """A language a person speaks, and how well: helps match volunteers, mentors and mediators."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="language_skills"
    )
    language = models.CharField(_("language"), max_length=10, choices=SPOKEN_LANGUAGES)
    level = models.CharField(_("level"), max_length=10, choices=Level.choices)

    class Meta:
        verbose_name = _("language spoken")
        verbose_name_plural = _("languages spoken")
        ordering = ["language"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "language"], name="accounts_languageskill_unique_per_user"
            ),
            models.CheckConstraint(
                condition=models.Q(level__in=Level.values),
                name="accounts_languageskill_known_level",
            ),
        ]

    def __str__(self):
        return f"{self.get_language_display()} ({self.get_level_display()})"


def preferred_language(user):
    """The language to write to this person in: their choice, else the site's default."""
    if user is None or not getattr(user, "pk", None):
        return settings.LANGUAGE_CODE
    profile = Profile.objects.filter(user=user).only("preferred_language").first()
    return profile.preferred_language if profile else settings.LANGUAGE_CODE


def profile_for(user):
    """The person's profile, created with the default language the first time it is needed."""
    return Profile.objects.get_or_create(user=user)[0]
