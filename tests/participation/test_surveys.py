"""Surveys: conditional questions, idempotent resends, small groups hidden in published results."""

import uuid

import pytest
from django.urls import reverse

from accounts import roles
from participation.errors import ParticipationError
from participation.models import Answer, Response
from participation.services.surveys import submit_response

pytestmark = pytest.mark.django_db


def ids(survey):
    questions = list(survey.questions.all())
    work, where, scale, help_ = questions
    yes, no = work.choices.all()
    return work, where, scale, help_, yes, no


def test_resending_the_same_submission_counts_once(client, survey):
    work, where, scale, help_, yes, no = ids(survey)
    payload = {"submission_id": str(uuid.uuid4()), "answers": {str(work.pk): yes.pk, str(where.pk): "Cluj"}}
    url = f"/api/participation/surveys/{survey.slug}/responses"
    first = client.post(url, payload, content_type="application/json")
    again = client.post(url, payload, content_type="application/json")
    assert (first.status_code, again.status_code) == (201, 200)
    assert Response.objects.count() == 1 and Answer.objects.count() == 2


def test_a_conditional_question_is_ignored_when_its_condition_was_not_chosen(survey):
    work, where, scale, help_, yes, no = ids(survey)
    response, _created = submit_response(
        survey,
        submission_id=uuid.uuid4(),
        language="ro",
        answers={work.pk: no.pk, where.pk: "Should be dropped"},
    )
    assert list(response.answers.values_list("question_id", flat=True)) == [work.pk]


@pytest.mark.parametrize(
    "case,expected",
    [
        ("scale_out_of_range", "answer_invalid"),
        ("choice_of_another_question", "answer_invalid"),
        ("multiple_given_text", "answer_invalid"),
        ("unknown_question", "answer_invalid"),
        ("required_missing", "answer_missing"),
        ("two_single_choices", "answer_invalid"),
    ],
)
def test_invalid_answers_are_refused_and_nothing_is_saved(survey, case, expected):
    work, where, scale, help_, yes, no = ids(survey)
    answers = {work.pk: yes.pk}
    if case == "scale_out_of_range":
        answers[scale.pk] = 9
    elif case == "choice_of_another_question":
        answers[help_.pk] = [yes.pk]
    elif case == "multiple_given_text":
        answers[help_.pk] = "x"
    elif case == "unknown_question":
        answers[10**9] = 1
    elif case == "required_missing":
        del answers[work.pk]
    else:
        answers[work.pk] = [yes.pk, no.pk]
    with pytest.raises(ParticipationError) as error:
        submit_response(survey, submission_id=uuid.uuid4(), language="ro", answers=answers)
    assert error.value.code == expected
    assert not Response.objects.exists()


def test_a_submission_id_from_another_survey_is_refused(survey, client):
    work, *_rest, yes, _no = ids(survey)
    submission = uuid.uuid4()
    submit_response(survey, submission_id=submission, language="ro", answers={work.pk: yes.pk})
    from participation.models import Survey

    other = Survey.objects.create(title="Other", slug="other")
    response = client.post(
        f"/api/participation/surveys/{other.slug}/responses",
        {"submission_id": str(submission), "answers": {}},
        content_type="application/json",
    )
    assert response.status_code == 400 and response.json()["detail"]


def test_published_results_hide_groups_under_five(client, survey, make_user):
    work, where, scale, help_, yes, no = ids(survey)
    for _ in range(6):
        submit_response(survey, submission_id=uuid.uuid4(), language="ro", answers={work.pk: yes.pk})
    for _ in range(2):
        submit_response(survey, submission_id=uuid.uuid4(), language="ro", answers={work.pk: no.pk})
    public = client.get(f"/api/participation/surveys/{survey.slug}/results").json()
    rows = {row["label"]: row["count"] for row in public["questions"][0]["rows"]}
    assert rows == {"Yes": 6, "No": None}
    client.force_login(make_user(roles.CIVIC_STAFF))
    staff = client.get(f"/api/participation/surveys/{survey.slug}/results").json()
    assert {row["label"]: row["count"] for row in staff["questions"][0]["rows"]} == {"Yes": 6, "No": 2}


def test_the_survey_page_works_without_javascript(client, survey):
    work, where, scale, help_, yes, no = ids(survey)
    url = reverse("participation:survey", args=[survey.slug])
    page = client.get(url)
    assert page.status_code == 200
    submission = str(uuid.uuid4())
    form = {
        "submission_id": submission,
        f"q{work.pk}": str(yes.pk),
        f"q{help_.pk}": [str(c.pk) for c in help_.choices.all()[:2]],
    }
    assert client.post(url, form).status_code == 200
    assert client.post(url, form).status_code == 200
    assert Response.objects.filter(submission_id=submission).count() == 1
    assert Response.objects.get().answers.get(question=help_).choices.count() == 2


def test_a_volunteer_enters_answers_for_a_respondent_and_an_identified_survey_links_the_account(
    client, survey, make_user
):
    work, where, scale, help_, yes, no = ids(survey)
    volunteer, resident = make_user(roles.VOLUNTEERS), make_user(roles.PARTICIPANTS)
    client.force_login(volunteer)
    payload = {"submission_id": str(uuid.uuid4()), "answers": {str(work.pk): no.pk}, "on_behalf": True}
    url = f"/api/participation/surveys/{survey.slug}/responses"
    assert client.post(url, payload, content_type="application/json").status_code == 201
    collected = Response.objects.get()
    assert collected.collected_by == volunteer and collected.respondent is None
    survey.anonymous = False
    survey.save()
    client.force_login(resident)
    payload = {"submission_id": str(uuid.uuid4()), "answers": {str(work.pk): yes.pk}}
    assert client.post(url, payload, content_type="application/json").status_code == 201
    assert Response.objects.get(respondent=resident).collected_by is None
