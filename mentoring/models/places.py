"""Districts the centre keeps: people pick one, so matching compares districts as data, never as
free text. Meeting online is a separate yes/no of each person, never a district."""

from django.db import models
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _


def normalise(name):
    """How names and aliases are compared: case and runs of spaces do not matter."""
    return " ".join(str(name).split()).casefold()


class DistrictQuerySet(models.QuerySet):
    def named(self, name):
        """The district called `name` or known by it as an alias, or None."""
        wanted = normalise(name)
        if not wanted:
            return None
        return next((district for district in self if wanted in district.names()), None)


class District(models.Model):
    name = models.CharField(_("name"), max_length=80)
    aliases = models.TextField(
        _("other names"),
        blank=True,
        help_text=_("One per line: other spellings people use for this district."),
    )

    objects = DistrictQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("district")
        verbose_name_plural = _("districts")
        constraints = [models.UniqueConstraint(Lower("name"), name="mentoring_district_name_unique")]

    def __str__(self):
        return self.name

    def alias_list(self):
        return [alias.strip() for alias in self.aliases.splitlines() if alias.strip()]

    def names(self):
        return {normalise(self.name), *(normalise(alias) for alias in self.alias_list())}
