"""Surveys: read in the reader's language, answer idempotently, results with small groups hidden;
and the survey staff's work: create, edit questions, translate, open and close, publish results."""

from uuid import UUID

from django.db.models import Count
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils.translation import get_language
from ninja import Field, Router, Schema
from ninja.responses import Status
from pydantic import StrictBool

from integration_site.api_auth import optional_sign_in, signed_in
from integration_site.api_types import SiteLanguage

from . import queries
from .access import may, require
from .api_common import ParticipationErrorOut, bad_request
from .errors import ParticipationError
from .models import Choice, Question, Survey
from .services import surveys

router = Router(tags=["participation"])


class ChoiceOut(Schema):
    id: int
    label: str


class QuestionOut(Schema):
    id: int
    position: int
    kind: str
    text: str
    required: bool
    scale_min: int
    scale_max: int
    shown_if_choice_id: int | None
    choices: list[ChoiceOut]


class SurveyOut(Schema):
    slug: str
    language: str = Field(description="The language of the wording below: the reader's, or the survey's own")
    translated: bool = Field(description="false when the survey is not in the reader's language")
    title: str
    introduction: str
    anonymous: bool
    is_open: bool
    questions: list[QuestionOut]


@router.get(
    "/surveys/{slug}",
    response={200: SurveyOut, 404: ParticipationErrorOut},
    auth=None,
    operation_id="participation_survey",
    summary="A survey and its questions",
)
def survey(request, slug: str):
    found = queries.survey_with_questions(slug[:80])
    if found is None:
        raise Http404
    return survey_out(found, get_language())


def survey_out(found, language):
    shown = queries.survey_in_language(found, language)
    return {
        "slug": found.slug,
        "language": shown["language"],
        "translated": shown["translated"],
        "title": shown["title"],
        "introduction": shown["introduction"],
        "anonymous": found.anonymous,
        "is_open": found.is_open,
        "questions": [
            {
                "id": item["question"].pk,
                "position": item["question"].position,
                "kind": item["question"].kind,
                "text": item["text"],
                "required": item["question"].required,
                "scale_min": item["question"].scale_min,
                "scale_max": item["question"].scale_max,
                "shown_if_choice_id": item["question"].shown_if_choice_id,
                "choices": [{"id": choice.pk, "label": label} for choice, label in item["choices"]],
            }
            for item in shown["questions"]
        ],
    }


class ResponseIn(Schema):
    submission_id: UUID
    answers: dict[str, int | list[int] | str] = Field(max_length=200)
    on_behalf: StrictBool = Field(
        False, description="A volunteer enters the answers of a respondent in the field"
    )
    language: SiteLanguage | None = Field(
        None, description="The language the respondent read the survey in; default: the request's"
    )


class ResponseOut(Schema):
    submission_id: UUID
    created: bool


@router.post(
    "/surveys/{slug}/responses",
    response={200: ResponseOut, 201: ResponseOut, 400: ParticipationErrorOut, 404: ParticipationErrorOut},
    auth=optional_sign_in,
    operation_id="participation_survey_respond",
    summary="Answer a survey; resending the same submission_id changes nothing (200)",
)
def respond(request, slug: str, payload: ResponseIn):
    found = queries.survey_with_questions(slug[:80])
    if found is None:
        raise Http404
    collected_by = request.user if payload.on_behalf else None
    respondent = None if payload.on_behalf else request.user
    try:
        response, created = surveys.submit_response(
            found,
            submission_id=payload.submission_id,
            answers=payload.answers,
            language=payload.language or get_language(),
            user=respondent,
            collected_by=collected_by,
            request=request,
        )
    except ParticipationError as error:
        return bad_request(error)
    return Status(201 if created else 200, {"submission_id": response.submission_id, "created": created})


class ResultRowOut(Schema):
    label: str
    count: int | None = Field(description="null when fewer than 5 answers (hidden in published results)")


class ResultOut(Schema):
    question_id: int
    text: str
    answered: int | None
    rows: list[ResultRowOut]


class LanguageCountOut(Schema):
    language: str
    count: int | None


class ResultsOut(Schema):
    responses: int | None
    languages: list[LanguageCountOut] = Field(description="Responses per language the survey was read in")
    questions: list[ResultOut]


@router.get(
    "/surveys/{slug}/results",
    response={200: ResultsOut, 404: ParticipationErrorOut},
    auth=optional_sign_in,
    operation_id="participation_survey_results",
    summary="Results; published ones hide groups under 5 answers",
)
def results(request, slug: str):
    found = queries.survey_with_questions(slug[:80])
    staff = may(request.user, "participation.manage_survey")
    if found is None or not (found.results_published or staff):
        raise Http404
    data = queries.survey_results(found, published=not staff, language=get_language())
    return {
        "responses": data["responses"],
        "languages": [{"language": code, "count": count} for code, count in data["languages"]],
        "questions": [
            {
                "question_id": item["question"].pk,
                "text": item["text"],
                "answered": item["answered"],
                "rows": [{"label": label, "count": count} for label, count in item["rows"]],
            }
            for item in data["questions"]
        ],
    }


# The survey staff's work (participation.manage_survey).


class SurveySummaryOut(Schema):
    slug: str
    title: str
    language: str
    is_open: bool
    results_published: bool
    responses: int
    translations: list[str]


@router.get(
    "/desk/surveys",
    response=list[SurveySummaryOut],
    auth=signed_in,
    operation_id="participation_survey_list",
    summary="Every survey, open or not, with its number of responses (survey staff)",
)
def survey_list(request):
    require(request.user, surveys.MANAGE_SURVEY)
    return [
        {
            "slug": found.slug,
            "title": found.title,
            "language": found.language,
            "is_open": found.is_open,
            "results_published": found.results_published,
            "responses": found.response_count,
            "translations": queries.survey_languages(found)[1:],
        }
        for found in Survey.objects.annotate(response_count=Count("responses")).order_by("title")
    ]


class SurveyIn(Schema):
    title: str = Field(min_length=1, max_length=200)
    introduction: str = Field("", max_length=5_000)
    anonymous: StrictBool = True


class SurveyCreateIn(SurveyIn):
    slug: str = Field(min_length=1, max_length=80, pattern=r"^[-a-zA-Z0-9_]+$")


def _staff_survey(request, slug):
    require(request.user, surveys.MANAGE_SURVEY)
    found = queries.survey_with_questions(slug[:80])
    if found is None:
        raise Http404
    return found


@router.post(
    "/surveys",
    response={201: SurveyOut, 400: ParticipationErrorOut},
    auth=signed_in,
    operation_id="participation_survey_create",
    summary="Create a survey, closed until it is opened (survey staff)",
)
def survey_create(request, payload: SurveyCreateIn):
    require(request.user, surveys.MANAGE_SURVEY)
    if payload.slug == "new" or Survey.objects.filter(slug=payload.slug).exists():
        return bad_request(ParticipationError("slug_taken"))
    try:
        created = surveys.create_survey(
            user=request.user, language=get_language(), request=request, **payload.dict()
        )
    except ParticipationError as error:
        return bad_request(error)
    return Status(201, survey_out(queries.survey_with_questions(created.slug), created.language))


@router.put(
    "/surveys/{slug}",
    response={200: SurveyOut, 400: ParticipationErrorOut, 404: ParticipationErrorOut},
    auth=signed_in,
    operation_id="participation_survey_update",
    summary="Change a survey's title, introduction and anonymity (survey staff)",
)
def survey_update(request, slug: str, payload: SurveyIn):
    found = _staff_survey(request, slug)
    try:
        surveys.update_survey(found, user=request.user, request=request, **payload.dict())
    except ParticipationError as error:
        return bad_request(error)
    return survey_out(queries.survey_with_questions(found.slug), found.language)


class SurveyStatusIn(Schema):
    is_open: StrictBool | None = None
    results_published: StrictBool | None = None


@router.post(
    "/surveys/{slug}/status",
    response={200: SurveySummaryOut, 400: ParticipationErrorOut, 404: ParticipationErrorOut},
    auth=signed_in,
    operation_id="participation_survey_status",
    summary="Open or close a survey, publish or withdraw its results (survey staff)",
)
def survey_status(request, slug: str, payload: SurveyStatusIn):
    found = _staff_survey(request, slug)
    try:
        found = surveys.set_survey_status(found, user=request.user, request=request, **payload.dict())
    except ParticipationError as error:
        return bad_request(error)
    return {
        "slug": found.slug,
        "title": found.title,
        "language": found.language,
        "is_open": found.is_open,
        "results_published": found.results_published,
        "responses": found.responses.count(),
        "translations": queries.survey_languages(found)[1:],
    }


class QuestionIn(Schema):
    kind: str = Field(description="single, multiple, scale or text")
    text: str = Field(min_length=1, max_length=300)
    required: StrictBool = False
    choices: list[str] = Field([], max_length=50, description="The choices' labels, in order")
    scale_min: int = Field(1, ge=0, le=10)
    scale_max: int = Field(5, ge=0, le=10)
    shown_if_choice_id: int | None = Field(None, description="Shown only to those who chose this choice")


def _save_question(request, found, payload, question=None):
    data = payload.dict()
    condition_id = data.pop("shown_if_choice_id")
    condition = None
    if condition_id is not None:
        condition = (
            Choice.objects.filter(pk=condition_id, question__survey=found).select_related("question").first()
        )
        if condition is None:
            return bad_request(ParticipationError("question_invalid"))
    try:
        surveys.save_question(
            found, user=request.user, question=question, shown_if_choice=condition, request=request, **data
        )
    except ParticipationError as error:
        return bad_request(error)
    return survey_out(queries.survey_with_questions(found.slug), found.language)


@router.post(
    "/surveys/{slug}/questions",
    response={201: SurveyOut, 400: ParticipationErrorOut, 404: ParticipationErrorOut},
    auth=signed_in,
    operation_id="participation_survey_question_add",
    summary="Add a question at the end (survey staff; refused once the survey has answers)",
)
def question_add(request, slug: str, payload: QuestionIn):
    found = _staff_survey(request, slug)
    result = _save_question(request, found, payload)
    return result if isinstance(result, Status) else Status(201, result)


@router.put(
    "/surveys/{slug}/questions/{question_id}",
    response={200: SurveyOut, 400: ParticipationErrorOut, 404: ParticipationErrorOut},
    auth=signed_in,
    operation_id="participation_survey_question_update",
    summary="Change a question (survey staff; once answered, only its wording)",
)
def question_update(request, slug: str, question_id: int, payload: QuestionIn):
    found = _staff_survey(request, slug)
    question = get_object_or_404(Question, pk=question_id, survey=found)
    return _save_question(request, found, payload, question)


@router.delete(
    "/surveys/{slug}/questions/{question_id}",
    response={204: None, 400: ParticipationErrorOut, 404: ParticipationErrorOut},
    auth=signed_in,
    operation_id="participation_survey_question_delete",
    summary="Remove a question (survey staff; refused once the survey has answers)",
)
def question_delete(request, slug: str, question_id: int):
    found = _staff_survey(request, slug)
    question = get_object_or_404(Question, pk=question_id, survey=found)
    try:
        surveys.delete_question(question, user=request.user, request=request)
    except ParticipationError as error:
        return bad_request(error)
    return Status(204, None)


class TranslationIn(Schema):
    title: str = Field(max_length=200, description="Empty withdraws the translation")
    introduction: str = Field("", max_length=5_000)
    questions: dict[str, str] = Field({}, max_length=500, description="{question id: text}")
    choices: dict[str, str] = Field({}, max_length=5_000, description="{choice id: label}")


@router.put(
    "/surveys/{slug}/translations/{language}",
    response={200: SurveyOut, 400: ParticipationErrorOut, 404: ParticipationErrorOut},
    auth=signed_in,
    operation_id="participation_survey_translate",
    summary="Store a survey's wording in another language (survey staff)",
)
def survey_translate(request, slug: str, language: str, payload: TranslationIn):
    found = _staff_survey(request, slug)
    try:
        surveys.translate_survey(
            found, user=request.user, language=language[:10], request=request, **payload.dict()
        )
    except ParticipationError as error:
        return bad_request(error)
    return survey_out(queries.survey_with_questions(found.slug), language[:10])
