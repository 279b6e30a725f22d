"""Site search on PostgreSQL that understands each language.

Each configured language gets a text search configuration `site_<code>`: accents removed
(the unaccent extension) and then the language's stemmer where PostgreSQL has one (Romanian,
English, French, Arabic, Nepali...), else the words as they are. A page is indexed with its own
locale's configuration, and a query is parsed with the configuration of the language it is
searched in, so "medic" finds "medicul" and "sedere" finds "ședere". The configurations are
created after `migrate`, so adding a language needs no migration.
"""

import copy
from itertools import groupby

from django.conf import settings
from django.db import connections
from django.utils import translation
from django.utils.translation import get_language_info
from modelsearch.backends.database.postgres.postgres import (
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)
from wagtail.models import TranslatableMixin

#: The words PostgreSQL's parser finds that can carry accents (the ASCII words cannot).
ACCENTED_TOKEN_TYPES = "hword, hword_part, word"
#: Accents removed, no stemming: for autocomplete (a stemmed prefix would miss words) and for
#: what has no language (documents, images), which editors search whatever their admin language.
NEUTRAL_CONFIG = "site_neutral"


def config_name(language_code):
    return "site_" + language_code.replace("-", "_").lower()


def config_for(language_code):
    known = {code for code, _name in settings.LANGUAGES}
    return config_name(language_code if language_code in known else settings.LANGUAGE_CODE)


def ensure_search_configurations(using="default", **kwargs):
    """Create the text search configuration of every configured language that lacks one."""
    connection = connections[using]
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_available_extensions WHERE name = 'unaccent'")
        unaccent = cursor.fetchone() is not None
        if unaccent:
            cursor.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
        cursor.execute("SELECT cfgname FROM pg_ts_config")
        existing = {row[0] for row in cursor.fetchall()}
        wanted = {NEUTRAL_CONFIG: "simple"}
        for code, _name in settings.LANGUAGES:
            stemmer = get_language_info(code)["name"].lower()
            wanted[config_name(code)] = stemmer if stemmer in existing else "simple"
        for name, source in wanted.items():
            if name in existing:
                continue
            dictionary = "simple" if source == "simple" else f"{source}_stem"
            filters = "unaccent, " if unaccent else ""
            cursor.execute(f"CREATE TEXT SEARCH CONFIGURATION {name} (COPY = {source})")
            cursor.execute(
                f"ALTER TEXT SEARCH CONFIGURATION {name} "
                f"ALTER MAPPING FOR {ACCENTED_TOKEN_TYPES} WITH {filters}{dictionary}"
            )


def language_of(obj):
    """The object's language code, or "" for what has none."""
    return obj.locale.language_code if isinstance(obj, TranslatableMixin) else ""


class MultilingualIndex(PostgresIndex):
    """Indexes each object with the configuration of its own language."""

    def add_items(self, model, objs):
        for language_code, same_language in groupby(sorted(objs, key=language_of), key=language_of):
            PostgresIndex(self.backend.in_language(language_code)).add_items(model, list(same_language))


class MultilingualQueryCompiler(PostgresSearchQueryCompiler):
    def get_config(self, backend):
        if issubclass(self.queryset.model, TranslatableMixin):
            return backend.config
        return NEUTRAL_CONFIG


class MultilingualSearchBackend(PostgresSearchBackend):
    """Queries are parsed in the active language unless `in_language` names another (or "": none,
    as for what has no language)."""

    index_class = MultilingualIndex
    query_compiler_class = MultilingualQueryCompiler

    def __init__(self, params):
        super().__init__(params)
        self.autocomplete_config = NEUTRAL_CONFIG
        self.language_code = None

    @property
    def config(self):
        if self.language_code == "":
            return NEUTRAL_CONFIG
        return config_for(self.language_code or translation.get_language() or settings.LANGUAGE_CODE)

    @config.setter
    def config(self, value):
        """The SEARCH_CONFIG parameter is ignored: the language chooses the configuration."""

    def in_language(self, language_code):
        backend = copy.copy(self)
        backend.language_code = language_code
        return backend


SearchBackend = MultilingualSearchBackend
