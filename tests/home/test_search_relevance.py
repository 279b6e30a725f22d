"""Relevance of the site search in six languages over the demo's orientation guides: each query a
visitor might type (inflected, without diacritics, a single word or a phrase) with the guide it
should find among the first three results. Runs on PostgreSQL, where each language has its own
stemming; prints the hit rate."""

import io

import pytest
from django.conf import settings
from wagtail.models import Locale, Page

from home import demo
from tests.conftest import postgresql_only

pytestmark = [pytest.mark.postgres, postgresql_only]

TOP = 3
MINIMUM_HIT_RATE = 0.9

QUERIES = {
    "ro": [
        ("permis", "residence-permit"),
        ("permis de ședere", "residence-permit"),
        ("permis de sedere", "residence-permit"),
        ("pasaport", "residence-permit"),
        ("medic", "family-doctor"),
        ("medicul de familie", "family-doctor"),
        ("scoala", "school-enrolment"),
        ("înscrierea copiilor", "school-enrolment"),
        ("diplome", "diploma-recognition"),
        ("cursuri de limba romana", "romanian-courses"),
        ("locuinta", "finding-housing"),
        ("servicii sociale", "social-services"),
        ("urgente", "emergencies-112"),
    ],
    "en": [
        ("residence permit", "residence-permit"),
        ("permits", "residence-permit"),
        ("doctor", "family-doctor"),
        ("family doctors", "family-doctor"),
        ("school", "school-enrolment"),
        ("enrol children", "school-enrolment"),
        ("diplomas", "diploma-recognition"),
        ("romanian course", "romanian-courses"),
        ("housing", "finding-housing"),
        ("rent", "finding-housing"),
        ("social benefits", "social-services"),
        ("emergency", "emergencies-112"),
    ],
    "fr": [
        ("titre de sejour", "residence-permit"),
        ("séjour", "residence-permit"),
        ("medecin", "family-doctor"),
        ("médecins de famille", "family-doctor"),
        ("ecole", "school-enrolment"),
        ("diplômes", "diploma-recognition"),
        ("diplome reconnu", "diploma-recognition"),
        ("cours de roumain", "romanian-courses"),
        ("logement", "finding-housing"),
        ("loyer", "finding-housing"),
        ("allocations familiales", "social-services"),
        ("urgences", "emergencies-112"),
    ],
    "pl": [
        ("zezwolenie na pobyt", "residence-permit"),
        ("pobyt", "residence-permit"),
        ("lekarz", "family-doctor"),
        ("lekarza rodzinnego", "family-doctor"),
        ("szkoly", "school-enrolment"),
        ("kursy", "romanian-courses"),
        ("języka rumuńskiego", "romanian-courses"),
        ("mieszkania", "finding-housing"),
        ("usługi socjalne", "social-services"),
        ("zasilek", "social-services"),
        ("112", "emergencies-112"),
        ("recunoasterea diplomelor", "diploma-recognition"),
    ],
    "uk": [
        ("дозвіл на проживання", "residence-permit"),
        ("проживання", "residence-permit"),
        ("лікар", "family-doctor"),
        ("сімейного лікаря", "family-doctor"),
        ("школи", "school-enrolment"),
        ("диплом", "diploma-recognition"),
        ("курси румунської", "romanian-courses"),
        ("житла", "finding-housing"),
        ("соціальні послуги", "social-services"),
        ("112", "emergencies-112"),
        ("надзвичайні ситуації", "emergencies-112"),
    ],
    "ar": [
        ("تصريح الإقامة", "residence-permit"),
        ("الإقامة", "residence-permit"),
        ("طبيب", "family-doctor"),
        ("طبيب الأسرة", "family-doctor"),
        ("المدرسة", "school-enrolment"),
        ("الشهادات", "diploma-recognition"),
        ("دورات اللغة الرومانية", "romanian-courses"),
        ("سكن", "finding-housing"),
        ("الخدمات الاجتماعية", "social-services"),
        ("الطوارئ", "emergencies-112"),
        ("112", "emergencies-112"),
    ],
}


@pytest.fixture
def guides(db):
    demo.load(io.StringIO())
    default = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    return dict(Page.objects.filter(locale=default).values_list("slug", "translation_key"))


def top_results(client, language, query):
    response = client.get(f"/{language}/search/", {"q": query})
    assert response.status_code == 200
    return [page.translation_key for page in response.context["results"][:TOP]]


def test_the_relevance_set_covers_six_languages_with_sixty_queries():
    assert set(QUERIES) == {"ro", "en", "fr", "pl", "uk", "ar"}
    assert sum(len(queries) for queries in QUERIES.values()) >= 60


def test_most_queries_find_their_guide_among_the_first_results(client, guides):
    misses = [
        (language, query, slug)
        for language, queries in QUERIES.items()
        for query, slug in queries
        if guides[slug] not in top_results(client, language, query)
    ]
    total = sum(len(queries) for queries in QUERIES.values())
    hit_rate = 1 - len(misses) / total
    print(f"\nSearch relevance: {total - len(misses)}/{total} queries hit, {hit_rate:.0%}; misses: {misses}")
    assert hit_rate >= MINIMUM_HIT_RATE, misses
