"""The survey staff's screens: the list of surveys, a survey's settings and questions, opening
and closing it, publishing its results, and translating it into the site's other languages.
Results and their export are the results pages, which show staff every count."""

from django.conf import settings
from django.contrib import messages
from django.db.models import Count
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from .. import queries
from ..errors import ParticipationError
from ..forms import QuestionForm, SurveyForm
from ..models import Question, Survey
from ..services import surveys as services
from .common import permission_required, show_error

MANAGE_SURVEY = "participation.manage_survey"
#: What the status buttons post, and what each sets.
STATUS_ACTIONS = {
    "open": {"is_open": True},
    "close": {"is_open": False},
    "publish_results": {"results_published": True},
    "withdraw_results": {"results_published": False},
}


@permission_required(MANAGE_SURVEY)
def survey_desk(request):
    found = Survey.objects.annotate(response_count=Count("responses")).order_by("title")
    return render(request, "participation/survey_desk.html", {"surveys": found})


@permission_required(MANAGE_SURVEY)
def survey_new(request):
    form = SurveyForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            created = services.create_survey(
                user=request.user, language=get_language(), request=request, **form.cleaned_data
            )
        except ParticipationError as error:
            show_error(request, error)
        else:
            messages.success(request, _("Saved. Add the questions, then open the survey."))
            return redirect("participation:survey_edit", slug=created.slug)
    return render(request, "participation/survey_form.html", {"form": form})


def _survey(slug):
    found = queries.survey_with_questions(slug)
    if found is None:
        raise Http404
    return found


@permission_required(MANAGE_SURVEY)
def survey_edit(request, slug):
    found = _survey(slug)
    initial = {"title": found.title, "introduction": found.introduction, "anonymous": found.anonymous}
    form = SurveyForm(request.POST or None, initial=initial, survey=found)
    if request.method == "POST" and form.is_valid():
        try:
            services.update_survey(found, user=request.user, request=request, **form.cleaned_data)
        except ParticipationError as error:
            show_error(request, error)
        else:
            messages.success(request, _("Saved."))
            return redirect("participation:survey_edit", slug=found.slug)
    languages = [
        (code, name, found.is_translated_into(code))
        for code, name in settings.LANGUAGES
        if code != found.language
    ]
    return render(
        request,
        "participation/survey_edit.html",
        {
            "survey": found,
            "form": form,
            "has_responses": found.responses.exists(),
            "languages": languages,
        },
    )


@require_POST
@permission_required(MANAGE_SURVEY)
def survey_status(request, slug):
    found = _survey(slug)
    change = STATUS_ACTIONS.get(request.POST.get("action", ""))
    if change is None:
        messages.error(request, _("The request is not valid."))
        return redirect("participation:survey_edit", slug=found.slug)
    try:
        services.set_survey_status(found, user=request.user, request=request, **change)
    except ParticipationError as error:
        show_error(request, error)
    else:
        messages.success(request, _("Saved."))
    return redirect("participation:survey_edit", slug=found.slug)


@permission_required(MANAGE_SURVEY)
def question_new(request, slug):
    found = _survey(slug)
    form, saved = _save_question_form(request, found, None)
    if saved:
        return redirect("participation:survey_edit", slug=found.slug)
    return render(request, "participation/survey_question.html", {"survey": found, "form": form})


@permission_required(MANAGE_SURVEY)
def question_edit(request, slug, question_id):
    found = _survey(slug)
    question = get_object_or_404(Question.objects.prefetch_related("choices"), pk=question_id, survey=found)
    form, saved = _save_question_form(request, found, question)
    if saved:
        return redirect("participation:survey_edit", slug=found.slug)
    return render(
        request, "participation/survey_question.html", {"survey": found, "question": question, "form": form}
    )


def _save_question_form(request, found, question):
    """(the form, whether the question was saved)."""
    initial = {}
    if question is not None:
        initial = {
            "kind": question.kind,
            "text": question.text,
            "required": question.required,
            "choices": "\n".join(choice.label for choice in question.choices.all()),
            "scale_min": question.scale_min,
            "scale_max": question.scale_max,
            "shown_if_choice": question.shown_if_choice_id,
        }
    form = QuestionForm(request.POST or None, initial=initial, survey=found, question=question)
    if request.method != "POST" or not form.is_valid():
        return form, False
    try:
        services.save_question(
            found, user=request.user, question=question, request=request, **form.cleaned_data
        )
    except ParticipationError as error:
        show_error(request, error)
        return form, False
    messages.success(request, _("Saved."))
    return form, True


@require_POST
@permission_required(MANAGE_SURVEY)
def question_delete(request, slug, question_id):
    found = _survey(slug)
    question = get_object_or_404(Question, pk=question_id, survey=found)
    try:
        services.delete_question(question, user=request.user, request=request)
    except ParticipationError as error:
        show_error(request, error)
    else:
        messages.success(request, _("Removed."))
    return redirect("participation:survey_edit", slug=found.slug)


@permission_required(MANAGE_SURVEY)
def survey_translate(request, slug, language):
    found = _survey(slug)
    names = dict(settings.LANGUAGES)
    if language not in names or language == found.language:
        raise Http404
    questions = list(found.questions.all())
    if request.method == "POST":
        try:
            services.translate_survey(
                found,
                user=request.user,
                language=language,
                title=request.POST.get("title", ""),
                introduction=request.POST.get("introduction", ""),
                questions={str(item.pk): request.POST.get(f"question-{item.pk}", "") for item in questions},
                choices={
                    str(choice.pk): request.POST.get(f"choice-{choice.pk}", "")
                    for item in questions
                    for choice in item.choices.all()
                },
                request=request,
            )
        except ParticipationError as error:
            show_error(request, error)
        else:
            messages.success(request, _("Saved."))
            return redirect("participation:survey_edit", slug=found.slug)
    current = found.translations.get(language, {})
    return render(
        request,
        "participation/survey_translate.html",
        {
            "survey": found,
            "language": language,
            "language_name": names[language],
            "title": current.get("title", ""),
            "introduction": current.get("introduction", ""),
            "questions": [
                {
                    "question": item,
                    "translation": item.translations.get(language, ""),
                    "choices": [
                        (choice, choice.translations.get(language, "")) for choice in item.choices.all()
                    ],
                }
                for item in questions
            ],
        },
    )
