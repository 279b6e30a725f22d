"""Where imported pages go: each language's home page (a Plone language root folder becomes it),
the news and event listings under it, and slugs that do not clash with a sibling's."""

from django.conf import settings
from django.utils.translation import gettext as _
from wagtail.models import Locale, Site

from events.models import EventIndexPage
from home.models import HomePage, NewsIndexPage, StandardPage

from .newpages import Siblings
from .reader import ExportError

INDEX_TITLES = {
    "news": {
        "ro": "Știri",
        "en": "News",
        "ar": "أخبار",
        "fr": "Actualités",
        "pl": "Aktualności",
        "uk": "Новини",
    },
    "events": {
        "ro": "Evenimente",
        "en": "Events",
        "ar": "فعاليات",
        "fr": "Événements",
        "pl": "Wydarzenia",
        "uk": "Події",
    },
}


class Places:
    def __init__(self):
        self.locales = {locale.language_code: locale for locale in Locale.objects.all()}
        self.homes = {}
        self.indexes = {}
        self.siblings = Siblings()
        site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
        if site is None or not isinstance(site.root_page.specific, HomePage):
            raise ExportError(
                _(
                    "The default site has no home page to import into: run “manage.py load_demo” or "
                    "create the home page first."
                )
            )
        self.home = site.root_page.specific

    def pages(self):
        """The home pages and listings the import wrote into."""
        return [*self.homes.values(), *self.indexes.values()]

    def platform_languages(self):
        return {code for code, _name in settings.LANGUAGES}

    def home_for(self, language):
        if language not in self.homes:
            home = self.home.get_translation_or_none(self.locales[language])
            if home is None:
                home = self.home.copy_for_translation(self.locales[language], copy_parents=True)
                home.save_revision().publish()
            self.homes[language] = home.specific
        return self.homes[language]

    def index_for(self, kind, language):
        """The news or event listing of a language, created (as a translation of another
        language's listing, if one exists) when missing."""
        key = (kind, language)
        if key in self.indexes:
            return self.indexes[key]
        model = NewsIndexPage if kind == "news" else EventIndexPage
        home = self.home_for(language)
        index = model.objects.child_of(home).first()
        if index is None:
            sibling = model.objects.filter(locale__language_code__in=self.platform_languages()).first()
            title = INDEX_TITLES[kind].get(language, INDEX_TITLES[kind]["en"])
            index = model(
                title=title, slug=self.siblings.free_slug(home, kind), locale=home.locale, show_in_menus=True
            )
            if (
                sibling is not None
                and not model.objects.filter(
                    translation_key=sibling.translation_key, locale=home.locale
                ).exists()
            ):
                index.translation_key = sibling.translation_key
            home.add_child(instance=index)
            self.siblings.forget(home)
            index.save_revision().publish()
        self.indexes[key] = index
        return index


def container(page):
    """The nearest page, from `page` up, that may hold standard pages."""
    current = page.specific
    while not isinstance(current, (HomePage, StandardPage)):
        current = current.get_parent().specific
    return current
