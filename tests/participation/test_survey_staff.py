"""The survey staff build a survey, translate it, open and close it and read its results; a
resident answers in their language and the results add up every language's answers."""

import uuid

import pytest
from django.urls import reverse
from django.utils import translation
from wagtail.models import ModelLogEntry

from accounts import roles
from participation import queries
from participation.errors import ParticipationError
from participation.models import Choice, Question, Survey
from participation.services import surveys

pytestmark = pytest.mark.django_db


def url(name, *args, language="en"):
    with translation.override(language):
        return reverse(f"participation:{name}", args=args)


def translate_into_arabic(survey, staff):
    work = survey.questions.get(position=1)
    yes, no = work.choices.all()
    return surveys.translate_survey(
        survey,
        user=staff,
        language="ar",
        title="احتياجاتك",
        questions={work.pk: "هل تعمل؟"},
        choices={yes.pk: "نعم", no.pk: "لا"},
    )


def test_staff_create_a_survey_add_questions_and_open_it_from_their_screens(client, staff):
    client.force_login(staff)
    client.post(url("survey_new"), {"title": "Housing needs", "slug": "housing", "anonymous": "on"})
    survey = Survey.objects.get(slug="housing")
    assert survey.is_open is False and survey.anonymous is True
    client.post(
        url("question_new", "housing"),
        {"kind": "single", "text": "Do you rent?", "choices": "Yes\nNo", "scale_min": 1, "scale_max": 5},
    )
    rent = survey.questions.get()
    yes = rent.choices.get(label="Yes")
    client.post(
        url("question_new", "housing"),
        {
            "kind": "scale",
            "text": "How fair is the rent?",
            "scale_min": 1,
            "scale_max": 5,
            "shown_if_choice": yes.pk,
            "required": "on",
        },
    )
    client.post(url("survey_status", "housing"), {"action": "open"})
    survey.refresh_from_db()
    assert survey.is_open and [q.text for q in survey.questions.all()] == [
        "Do you rent?",
        "How fair is the rent?",
    ]
    assert survey.questions.get(position=2).shown_if_choice == yes
    page = client.get(url("survey_edit", "housing")).text
    assert "Do you rent?" in page and "Close the survey" in page
    assert ModelLogEntry.objects.filter(action="participation.survey_question").count() == 2
    assert ModelLogEntry.objects.filter(action="participation.survey_status").exists()


def test_a_bad_question_is_refused_with_a_message_and_nothing_is_added(client, staff, survey):
    client.force_login(staff)
    before = survey.questions.count()
    response = client.post(
        url("question_new", survey.slug),
        {"kind": "single", "text": "Only one choice?", "choices": "Yes", "scale_min": 1, "scale_max": 5},
        follow=True,
    )
    assert response.status_code == 200 and "Check the question" in response.text
    assert survey.questions.count() == before
    with pytest.raises(ParticipationError):
        surveys.save_question(survey, user=staff, kind="scale", text="Scale", scale_min=5, scale_max=5)


def test_once_answered_only_the_wording_of_a_survey_can_change(survey, staff):
    work = survey.questions.get(position=1)
    yes, no = work.choices.all()
    surveys.submit_response(survey, submission_id=uuid.uuid4(), answers={work.pk: yes.pk}, language="ro")
    surveys.save_question(
        survey,
        user=staff,
        question=work,
        kind="single",
        text="Do you work now?",
        required=True,
        choices=["Yes!", "No"],
    )
    work.refresh_from_db()
    assert work.text == "Do you work now?" and [c.label for c in work.choices.all()] == ["Yes!", "No"]
    assert work.choices.first().pk == yes.pk
    for change in (
        {"kind": "multiple", "choices": ["Yes", "No"]},
        {"kind": "single", "choices": ["Yes", "No", "Sometimes"]},
    ):
        with pytest.raises(ParticipationError) as refused:
            surveys.save_question(survey, user=staff, question=work, text="Q", required=True, **change)
        assert refused.value.code == "survey_has_responses"
    with pytest.raises(ParticipationError):
        surveys.delete_question(survey.questions.last(), user=staff)
    with pytest.raises(ParticipationError):
        surveys.save_question(survey, user=staff, kind="text", text="New question")
    assert Choice.objects.filter(question=work).count() == 2


def test_a_resident_answers_in_arabic_and_results_add_up_across_languages(client, survey, staff):
    survey = translate_into_arabic(survey, staff)
    page = client.get(url("survey", survey.slug, language="ar")).text
    assert "هل تعمل؟" in page and "نعم" in page and 'dir="rtl"' in page
    assert "not yet available" not in page
    work = survey.questions.get(position=1)
    yes = work.choices.get(position=1)
    for language in ("ar", "ar", "ro", "fr", "ro"):
        response = client.post(
            f"/api/participation/surveys/{survey.slug}/responses",
            {"submission_id": str(uuid.uuid4()), "answers": {str(work.pk): yes.pk}},
            content_type="application/json",
            HTTP_ACCEPT_LANGUAGE=language,
        )
        assert response.status_code == 201, response.content
    results = queries.survey_results(survey, published=True, language="ar")
    assert results["responses"] == 5
    assert results["questions"][0]["rows"][0] == ("نعم", 5)
    # French has no translation: that respondent read the survey in its own language.
    assert dict(queries.survey_results(survey, published=False)["languages"]) == {"ar": 2, "ro": 3}


def test_a_survey_not_translated_says_so_and_shows_its_own_language(client, survey):
    page = client.get(url("survey", survey.slug, language="uk")).text
    assert "Do you work?" in page
    api = client.get(f"/api/participation/surveys/{survey.slug}", HTTP_ACCEPT_LANGUAGE="uk").json()
    assert api["translated"] is False and api["language"] == survey.language


def test_translations_through_the_api_and_an_unknown_language_is_refused(client, survey, staff):
    client.force_login(staff)
    work = survey.questions.get(position=1)
    response = client.put(
        f"/api/participation/surveys/{survey.slug}/translations/uk",
        {"title": "Ваші потреби", "questions": {str(work.pk): "Ви працюєте?"}},
        content_type="application/json",
    )
    assert response.status_code == 200 and response.json()["questions"][0]["text"] == "Ви працюєте?"
    refused = client.put(
        f"/api/participation/surveys/{survey.slug}/translations/xx",
        {"title": "X"},
        content_type="application/json",
    )
    assert refused.status_code == 400 and refused.json()["detail"]
    survey.refresh_from_db()
    assert set(survey.translations) == {"uk"}


def test_staff_see_every_count_and_export_it_while_the_public_sees_small_groups_hidden(
    client, survey, make_user
):
    work = survey.questions.get(position=1)
    surveys.submit_response(
        survey, submission_id=uuid.uuid4(), answers={work.pk: work.choices.first().pk}, language="ro"
    )
    public = client.get(f"/api/participation/surveys/{survey.slug}/results").json()
    assert public["responses"] is None
    client.force_login(make_user(roles.CIVIC_STAFF))
    assert client.get(f"/api/participation/surveys/{survey.slug}/results").json()["responses"] == 1
    exported = client.get(url("survey_results_export", survey.slug, "csv")).content.decode()
    assert "Do you work?" in exported and "Responses in each language" in exported


def test_a_closed_survey_takes_no_answers_and_the_list_shows_its_state(client, survey, staff):
    survey = surveys.set_survey_status(survey, user=staff, is_open=False)
    work = survey.questions.get(position=1)
    with pytest.raises(ParticipationError):
        surveys.submit_response(
            survey, submission_id=uuid.uuid4(), answers={work.pk: work.choices.first().pk}, language="ro"
        )
    client.force_login(staff)
    listed = client.get("/api/participation/desk/surveys").json()
    assert listed == [
        {
            "slug": "needs",
            "title": "Your needs",
            "language": survey.language,
            "is_open": False,
            "results_published": True,
            "responses": 0,
            "translations": [],
        }
    ]


def test_the_survey_list_page_does_not_grow_queries_with_surveys(
    client, staff, django_assert_max_num_queries
):
    client.force_login(staff)
    for number in range(12):
        Survey.objects.create(title=f"S{number}", slug=f"s{number}")
    with django_assert_max_num_queries(12):
        assert client.get(url("survey_desk")).status_code == 200


def test_a_volunteer_cannot_edit_a_survey(client, survey, make_user):
    client.force_login(make_user(roles.VOLUNTEERS))
    response = client.post(url("survey_status", survey.slug), {"action": "close"})
    assert response.status_code == 403
    survey.refresh_from_db()
    assert survey.is_open
    assert Question.objects.filter(survey=survey).count() == 4


def test_the_phone_says_which_language_the_questions_were_read_in(client, survey, staff):
    survey = translate_into_arabic(survey, staff)
    page = client.get(url("survey", survey.slug, language="ar")).text
    assert 'data-language="ar"' in page
    work = survey.questions.get(position=1)
    response = client.post(
        f"/api/participation/surveys/{survey.slug}/responses",
        {
            "submission_id": str(uuid.uuid4()),
            "answers": {str(work.pk): work.choices.first().pk},
            "language": "ar",
        },
        content_type="application/json",
        HTTP_ACCEPT_LANGUAGE="ro",
    )
    assert response.status_code == 201
    assert survey.responses.get().language == "ar"
