"""Full-text search over the metadata and extracted text of library documents.

PostgreSQL: each document's vector joins, per language the document is written in, that
language's text search configuration (romanian, english, french, arabic; PostgreSQL has none for
Polish or Ukrainian, so those get only the 'simple' one) and always a 'simple' vector of the
accent-folded text, so exact words, names and Polish or diacritic-less queries ("ordonanta",
"cudzoziemcow") still match. The query is parsed with websearch_to_tsquery in each of the same
configurations and the results ORed, then ranked with ts_rank (titles weigh most). Folding
happens in Python, so no unaccent extension is needed.

SQLite (and any other database): every word of the query, folded, must appear in the folded copy
of the metadata and text (`DocumentText.folded`); no stemming and no rank, so results come
newest first.
"""

import operator
import re
import unicodedata

from django.conf import settings
from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector
from django.db import connection
from django.db.models import F, Q, Value

TEXT_SEARCH_CONFIGS = {"ro": "romanian", "en": "english", "fr": "french", "ar": "arabic"}
SIMPLE = "simple"
MAX_QUERY_LENGTH = 200
QUERY_TOKEN = re.compile(r'-?"[^"]*"?|\S+')
#: Letters NFKD does not decompose.
FOLDED_LETTERS = str.maketrans({"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ß": "ss"})


def uses_postgresql():
    return connection.vendor == "postgresql"


def fold(text):
    """Lower-case text without diacritics: 'Ordonanța' -> 'ordonanta', 'Łódź' -> 'lodz'."""
    decomposed = unicodedata.normalize("NFKD", text.translate(FOLDED_LETTERS))
    return "".join(char for char in decomposed if not unicodedata.combining(char)).lower()


def config_for(language_code):
    return TEXT_SEARCH_CONFIGS.get(language_code, SIMPLE)


def query_configs():
    return sorted({config_for(code) for code, _name in settings.LANGUAGES} | {SIMPLE})


def document_texts(document):
    """(titles, summaries and issuer, body) of a document, every language together."""
    translations = list(document.translations.all())
    titles = " ".join([document.title, *(t.title for t in translations)])
    details = " ".join([document.summary, document.issuer, *(t.summary for t in translations)])
    body = getattr(getattr(document, "text", None), "content", "") or ""
    return titles, details, body


def vector_for(languages, titles, details, body):
    """The weighted search vector expression for one document's texts."""
    configs = sorted({config_for(code) for code in languages} - {SIMPLE})
    parts = []
    for config in configs:
        parts += [
            SearchVector(Value(titles), config=config, weight="A"),
            SearchVector(Value(details), config=config, weight="B"),
            SearchVector(Value(body), config=config, weight="C"),
        ]
    parts += [
        SearchVector(Value(fold(titles)), config=SIMPLE, weight="A"),
        SearchVector(Value(fold(details)), config=SIMPLE, weight="B"),
        SearchVector(Value(fold(body)), config=SIMPLE, weight="C"),
    ]
    vector = parts[0]
    for part in parts[1:]:
        vector = vector + part
    return vector


def index_document(document):
    """Recompute one document's folded text and (on PostgreSQL) its search vector."""
    from .models import DocumentText

    DocumentText.objects.get_or_create(document=document)
    index_documents([document.pk])


def index_documents(document_ids, batch_size=500):
    """Reindex many documents: three queries per batch to read them, one update per document."""
    from .models import DocumentText, LibraryDocument

    document_ids = list(document_ids)
    postgresql = uses_postgresql()
    for start in range(0, len(document_ids), batch_size):
        batch = (
            LibraryDocument.objects.filter(pk__in=document_ids[start : start + batch_size])
            .select_related("text")
            .prefetch_related("translations", "languages")
        )
        for document in batch:
            texts = document_texts(document)
            changes = {"folded": fold(" ".join(texts))}
            if postgresql:
                languages = [row.language for row in document.languages.all()] or [settings.LANGUAGE_CODE]
                changes["search_vector"] = vector_for(languages, *texts)
            DocumentText.objects.filter(pk=document.pk).update(**changes)


def split_exclusions(text):
    """The query without its `-word` exclusions, and the excluded words."""
    kept, excluded = [], []
    for token in QUERY_TOKEN.findall(text):
        if token.startswith("-") and len(token) > 1 and not token.startswith('-"'):
            excluded.append(token[1:])
        else:
            kept.append(token)
    return " ".join(kept), excluded


def config_queries(text, *, invert=False):
    for config in query_configs():
        words = fold(text) if config == SIMPLE else text
        yield SearchQuery(words, config=config, search_type="websearch", invert=invert)


def combine(queries, operator):
    queries = list(queries)
    combined = queries[0]
    for query in queries[1:]:
        combined = operator(combined, query)
    return combined


def search_query(text):
    """The query in every configuration, ORed. Exclusions are taken out first and applied to
    all configurations together: otherwise a word excluded in one configuration would still let
    documents through another one."""
    wanted, excluded = split_exclusions(text)
    query = combine(config_queries(wanted), operator.or_) if wanted else None
    if excluded:
        unwanted = combine(config_queries(" or ".join(excluded), invert=True), operator.and_)
        query = unwanted if query is None else query & unwanted
    return query


def clean_query(text):
    return " ".join((text or "").split())[:MAX_QUERY_LENGTH]


def search_documents(documents, text):
    """Filter a document queryset to those matching `text`, annotated with `rank` on
    PostgreSQL (0 on SQLite)."""
    text = clean_query(text)
    if not text:
        return documents
    if uses_postgresql():
        query = search_query(text)
        return documents.filter(text__search_vector=query).annotate(
            rank=SearchRank(F("text__search_vector"), query)
        )
    wanted, excluded = split_exclusions(fold(text))
    condition = Q()
    for word in wanted.replace('"', " ").split():
        condition &= Q(text__folded__contains=word.strip("'-"))
    for word in excluded:
        condition &= ~Q(text__folded__contains=word.strip('"'))
    return documents.filter(condition).annotate(rank=Value(0.0))
