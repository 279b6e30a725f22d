import io

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.management import call_command
from django.db import connection

from library.catalogue import LibraryFilters, browse
from library.models import DocumentText
from library.search import fold
from tests.conftest import postgresql_only


def titles(query, **filters):
    page, _facets = browse(AnonymousUser(), LibraryFilters.from_params({"q": query, **filters}))
    return [document.title for document in page.object_list]


@pytest.fixture
def trilingual_library(add_document):
    add_document(
        "Ordonanța 44/2004",
        extension="pdf",
        languages=["ro"],
        paragraphs=["Programele de integrare socială a străinilor cuprind cursuri de limba română."],
    )
    add_document(
        "Ustawa o cudzoziemcach",
        extension="docx",
        languages=["pl"],
        paragraphs=["Zezwolenie na pobyt czasowy udzielane cudzoziemcom przez wojewodę."],
    )
    add_document(
        "Integration barometer",
        extension="odt",
        languages=["en"],
        paragraphs=["Employers reported difficulties recognising diplomas of migrant workers."],
        translations={"ro": {"title": "Barometrul integrării", "summary": "Cercetare despre angajatori"}},
    )


def test_folding_removes_diacritics_of_romanian_and_polish():
    assert fold("Ordonanța Străinilor ŁÓDŹ żółć") == "ordonanta strainilor lodz zolc"


@pytest.mark.django_db
def test_search_finds_words_of_the_extracted_text_in_three_languages(trilingual_library):
    assert titles("cursuri") == ["Ordonanța 44/2004"]
    assert titles("wojewodę") == ["Ustawa o cudzoziemcach"]
    assert titles("diplomas") == ["Integration barometer"]


@pytest.mark.django_db
def test_search_ignores_case_and_diacritics(trilingual_library):
    assert titles("ORDONANTA") == ["Ordonanța 44/2004"]
    assert titles("wojewode") == ["Ustawa o cudzoziemcach"]


@pytest.mark.django_db
def test_search_covers_translated_titles_and_summaries(trilingual_library):
    assert titles("angajatori") == ["Integration barometer"]


@pytest.mark.django_db
def test_every_word_must_match(trilingual_library):
    assert titles("cursuri wojewodę") == []


@pytest.mark.django_db
def test_excluded_words_leave_documents_out(trilingual_library):
    assert titles("pobyt -wojewodę") == []
    assert titles("pobyt -diplomas") == ["Ustawa o cudzoziemcach"]


@pytest.mark.django_db
def test_search_combines_with_filters(trilingual_library):
    assert titles("integrare", language="pl") == []


@postgresql_only
@pytest.mark.django_db
def test_romanian_words_match_other_forms_of_the_same_word(trilingual_library):
    assert titles("străinului") == ["Ordonanța 44/2004"]
    assert titles("sociale") == ["Ordonanța 44/2004"]
    assert "Ordonanța 44/2004" in titles("integrarea")


@postgresql_only
@pytest.mark.django_db
def test_english_words_match_their_stems(trilingual_library):
    assert titles("employer diploma") == ["Integration barometer"]


@postgresql_only
@pytest.mark.django_db
def test_websearch_syntax_supports_phrases_and_exclusion(trilingual_library):
    assert titles('"pobyt czasowy"') == ["Ustawa o cudzoziemcach"]
    assert titles("pobyt -wojewodę") == []
    assert titles("pobyt -diplomas") == ["Ustawa o cudzoziemcach"]


@postgresql_only
@pytest.mark.django_db
def test_a_title_match_ranks_above_a_body_match(add_document):
    add_document("Raport anual", paragraphs=["Despre mentorat, voluntari și mentori."], languages=["ro"])
    add_document("Mentorat pentru nou-veniți", paragraphs=["Program de sprijin."], languages=["ro"])
    assert titles("mentorat") == ["Mentorat pentru nou-veniți", "Raport anual"]


@postgresql_only
@pytest.mark.django_db
def test_each_document_has_a_search_vector_with_its_language_configuration(trilingual_library):
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM library_documenttext WHERE search_vector @@ to_tsquery('romanian', 'integr')"
        )
        assert cursor.fetchone()[0] >= 1
    assert DocumentText.objects.filter(search_vector__isnull=True).count() == 0


@pytest.mark.django_db
def test_punctuation_only_queries_do_not_fail(trilingual_library):
    assert len(titles("\" - '")) in (0, 3)
    assert titles("& | ! ( ) :*") is not None


@pytest.mark.django_db
def test_reindex_command_rebuilds_the_search_data(trilingual_library):
    DocumentText.objects.update(folded="", search_vector=None)
    assert titles("wojewodę") == []
    call_command("reindex_library", stdout=io.StringIO())
    assert titles("wojewodę") == ["Ustawa o cudzoziemcach"]


@pytest.mark.django_db
def test_a_renamed_document_is_found_by_its_new_title(add_document, django_capture_on_commit_callbacks):
    document = add_document("Ghid vechi", paragraphs=["Text."])
    document.title = "Îndrumar pentru voluntari"
    with django_capture_on_commit_callbacks(execute=True):
        document.save()
    assert titles("indrumar") == ["Îndrumar pentru voluntari"]
