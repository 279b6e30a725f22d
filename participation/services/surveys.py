"""Survey responses. A phone makes the submission UUID before sending; a resend of the same UUID
(the connection dropped after the server saved it) returns the saved response and adds nothing."""

from django.db import IntegrityError, transaction

from core.audit import record

from ..errors import ParticipationError
from ..models import Answer, QuestionKind, Response


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
                language=language[:10],
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
