"""Surveys: staff build them (questions, choices, translations), open and close them and
publish their results; respondents answer. A phone makes the submission UUID before sending; a
resend of the same UUID (the connection dropped after the server saved it) returns the saved
response and adds nothing."""

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Max

from core.audit import record

from ..access import require
from ..errors import ParticipationError
from ..models import Answer, Choice, Question, QuestionKind, Response, Survey

MANAGE_SURVEY = "participation.manage_survey"
CHOICE_KINDS = (QuestionKind.SINGLE, QuestionKind.MULTIPLE)
#: The widest scale offered: a respondent on a phone picks among at most 11 values (0 to 10).
SCALE_LIMITS = (0, 10)


def create_survey(*, user, title, slug, language, introduction="", anonymous=True, request=None):
    """A new survey starts closed, so staff can add its questions before anyone answers."""
    require(user, MANAGE_SURVEY)
    title = (title or "").strip()
    if not title or not slug:
        raise ParticipationError("question_invalid")
    with transaction.atomic():
        survey = Survey.objects.create(
            title=title[:200],
            slug=slug,
            language=language[:10],
            introduction=(introduction or "").strip()[:5_000],
            anonymous=anonymous,
            is_open=False,
        )
        record("participation.survey", survey, user=user, request=request)
    return survey


def update_survey(survey, *, user, title, introduction="", anonymous, request=None):
    """Whether answers are anonymous is fixed once someone has answered: they answered under it."""
    require(user, MANAGE_SURVEY, survey)
    title = (title or "").strip()
    if not title:
        raise ParticipationError("question_invalid")
    with transaction.atomic():
        survey = Survey.objects.select_for_update().get(pk=survey.pk)
        if anonymous != survey.anonymous and survey.responses.exists():
            raise ParticipationError("survey_has_responses")
        survey.title = title[:200]
        survey.introduction = (introduction or "").strip()[:5_000]
        survey.anonymous = anonymous
        survey.save(update_fields=["title", "introduction", "anonymous"])
        record("participation.survey_edit", survey, user=user, request=request)
    return survey


def set_survey_status(survey, *, user, is_open=None, results_published=None, request=None):
    require(user, MANAGE_SURVEY, survey)
    with transaction.atomic():
        survey = Survey.objects.select_for_update().get(pk=survey.pk)
        if is_open and not survey.questions.exists():
            raise ParticipationError("question_invalid")
        if is_open is not None:
            survey.is_open = is_open
        if results_published is not None:
            survey.results_published = results_published
        survey.save(update_fields=["is_open", "results_published"])
        record(
            "participation.survey_status",
            survey,
            user=user,
            request=request,
            data={"is_open": survey.is_open, "results_published": survey.results_published},
        )
    return survey


def save_question(
    survey,
    *,
    user,
    kind,
    text,
    question=None,
    required=False,
    choices=(),
    scale_min=1,
    scale_max=5,
    shown_if_choice=None,
    request=None,
):
    """Add a question (question=None) or change one. `choices` are the labels, in order. Once
    the survey has answers only the wording changes (the question's text and its choices'
    labels, one for one): anything else would mix answers to different questions."""
    require(user, MANAGE_SURVEY, survey)
    text = (text or "").strip()
    labels = [label.strip()[:200] for label in choices if label and label.strip()]
    _check_question(survey, question, kind, text, labels, scale_min, scale_max, shown_if_choice)
    with transaction.atomic():
        survey = Survey.objects.select_for_update().get(pk=survey.pk)
        answered = survey.responses.exists()
        if question is None:
            if answered:
                raise ParticipationError("survey_has_responses")
            position = (survey.questions.aggregate(last=Max("position"))["last"] or 0) + 1
            question = Question(survey=survey, position=position)
        else:
            question = Question.objects.get(pk=question.pk, survey=survey)
            existing = list(question.choices.all())
            structure = (kind, required, scale_min, scale_max, shown_if_choice, len(labels))
            was = (question.kind, question.required, question.scale_min, question.scale_max)
            if answered and structure != (*was, question.shown_if_choice, len(existing)):
                raise ParticipationError("survey_has_responses")
        question.kind, question.text, question.required = kind, text[:300], required
        question.scale_min, question.scale_max = scale_min, scale_max
        question.shown_if_choice = shown_if_choice
        question.save()
        _save_choices(question, labels if kind in CHOICE_KINDS else [])
        record(
            "participation.survey_question",
            question,
            user=user,
            request=request,
            data={"survey": survey.pk, "kind": kind},
        )
    return question


def _check_question(survey, question, kind, text, labels, scale_min, scale_max, shown_if_choice):
    if kind not in QuestionKind.values or not text:
        raise ParticipationError("question_invalid")
    if kind in CHOICE_KINDS and len(labels) < 2:
        raise ParticipationError("question_invalid")
    if kind == QuestionKind.SCALE and not SCALE_LIMITS[0] <= scale_min < scale_max <= SCALE_LIMITS[1]:
        raise ParticipationError("question_invalid")
    if shown_if_choice is not None:
        condition = shown_if_choice.question
        before = question is None or condition.position < question.position
        if condition.survey_id != survey.pk or not before:
            raise ParticipationError("question_invalid")


def _save_choices(question, labels):
    """Relabel the choices one for one, add new ones at the end, remove the ones left over."""
    existing = list(question.choices.all())
    for choice, label in zip(existing, labels, strict=False):
        if choice.label != label:
            choice.label = label
            choice.save(update_fields=["label"])
    Choice.objects.filter(pk__in=[choice.pk for choice in existing[len(labels) :]]).delete()
    last = existing[len(labels) - 1].position if existing and labels else 0
    Choice.objects.bulk_create(
        Choice(question=question, position=last + offset, label=label)
        for offset, label in enumerate(labels[len(existing) :], start=1)
    )


def delete_question(question, *, user, request=None):
    survey = question.survey
    require(user, MANAGE_SURVEY, survey)
    with transaction.atomic():
        survey = Survey.objects.select_for_update().get(pk=survey.pk)
        if survey.responses.exists():
            raise ParticipationError("survey_has_responses")
        record(
            "participation.survey_question_delete",
            question,
            user=user,
            request=request,
            data={"survey": survey.pk},
        )
        question.delete()


def translate_survey(
    survey, *, user, language, title, introduction="", questions=None, choices=None, request=None
):
    """Store the survey's wording in `language`: its title and introduction, each question's text
    ({question id: text}) and each choice's label ({choice id: label}). An empty text removes that
    translation, so the original shows with the usual notice."""
    require(user, MANAGE_SURVEY, survey)
    if language not in dict(settings.LANGUAGES) or language == survey.language:
        raise ParticipationError("language_invalid")
    questions = {str(key): (value or "").strip() for key, value in (questions or {}).items()}
    choices = {str(key): (value or "").strip() for key, value in (choices or {}).items()}
    with transaction.atomic():
        survey = Survey.objects.select_for_update().get(pk=survey.pk)
        own_questions = list(survey.questions.prefetch_related("choices"))
        own_choices = [choice for question in own_questions for choice in question.choices.all()]
        if not set(questions) <= {str(item.pk) for item in own_questions} or not set(choices) <= {
            str(item.pk) for item in own_choices
        }:
            raise ParticipationError("answer_invalid")
        title = (title or "").strip()[:200]
        if title:
            survey.translations[language] = {
                "title": title,
                "introduction": (introduction or "").strip()[:5_000],
            }
        else:
            survey.translations.pop(language, None)
        survey.save(update_fields=["translations"])
        for item, wording in [(item, questions) for item in own_questions] + [
            (item, choices) for item in own_choices
        ]:
            if str(item.pk) not in wording:
                continue
            text = wording[str(item.pk)][:300]
            if (item.translations.get(language) or "") == text:
                continue
            if text:
                item.translations[language] = text
            else:
                item.translations.pop(language, None)
            item.save(update_fields=["translations"])
        record(
            "participation.survey_translation",
            survey,
            user=user,
            request=request,
            data={"language": language},
        )
    return survey


def submit_response(survey, *, submission_id, answers, language, user=None, collected_by=None, request=None):
    """`answers` maps question id to: a choice id (single), a list of choice ids (multiple), an
    integer (scale) or a string (text). Returns (response, created)."""
    existing = Response.objects.filter(submission_id=submission_id).first()
    if existing is not None:
        return _same_survey(existing, survey), False
    if not survey.is_open:
        raise ParticipationError("survey_closed")
    questions = list(survey.questions.prefetch_related("choices"))
    cleaned = _clean_answers(questions, answers)
    signed_in = user if user is not None and user.is_authenticated else None
    try:
        with transaction.atomic():
            response = Response.objects.create(
                survey=survey,
                submission_id=submission_id,
                # The language the respondent read the questions in.
                language=language[:10] if survey.is_translated_into(language) else survey.language,
                respondent=None if survey.anonymous else signed_in,
                collected_by=collected_by
                if collected_by is not None and collected_by.is_authenticated
                else None,
            )
            for question, value in cleaned:
                answer = Answer.objects.create(
                    response=response,
                    question=question,
                    scale_value=value if question.kind == QuestionKind.SCALE else None,
                    text=value if question.kind == QuestionKind.TEXT else "",
                )
                if question.kind in (QuestionKind.SINGLE, QuestionKind.MULTIPLE):
                    answer.choices.set(value)
            record("participation.survey_response", response, user=signed_in, request=request)
    except IntegrityError:
        # The same submission arrived twice at once; the other request saved it.
        return _same_survey(Response.objects.get(submission_id=submission_id), survey), False
    return response, True


def _same_survey(response, survey):
    if response.survey_id != survey.pk:
        raise ParticipationError("submission_other_survey")
    return response


def _clean_answers(questions, answers):
    """[(question, value)] for the questions shown to this respondent; conditional questions
    whose condition was not chosen are dropped."""
    by_id = {str(question.pk): question for question in questions}
    if any(str(key) not in by_id for key in answers):
        raise ParticipationError("answer_invalid")
    raw = {str(key): value for key, value in answers.items()}
    chosen = set()
    cleaned = []
    for question in questions:
        if question.shown_if_choice_id and question.shown_if_choice_id not in chosen:
            continue
        value = raw.get(str(question.pk))
        if value in (None, "", []):
            if question.required:
                raise ParticipationError("answer_missing")
            continue
        value = _clean_value(question, value)
        if question.kind in (QuestionKind.SINGLE, QuestionKind.MULTIPLE):
            chosen.update(value)
        cleaned.append((question, value))
    return cleaned


def _clean_value(question, value):
    try:
        if question.kind == QuestionKind.TEXT:
            if not isinstance(value, str):
                raise ValueError
            return value.strip()[:5000]
        if question.kind == QuestionKind.SCALE:
            number = int(value)
            if not question.scale_min <= number <= question.scale_max:
                raise ValueError
            return number
        ids = [int(value)] if question.kind == QuestionKind.SINGLE else [int(item) for item in value]
    except (TypeError, ValueError, OverflowError):
        raise ParticipationError("answer_invalid") from None
    valid = {choice.pk for choice in question.choices.all()}
    if not ids or not set(ids) <= valid or (question.kind == QuestionKind.SINGLE and len(ids) != 1):
        raise ParticipationError("answer_invalid")
    return sorted(set(ids))
