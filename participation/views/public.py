"""Public pages of participation: consultations and their synthesis, surveys, page feedback and
the good-practice compendium, plus the moderation and review pages that go with them."""

import uuid

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from wagtail.models import Page

from .. import queries, reports
from ..access import may
from ..errors import ParticipationError
from ..forms import (
    CommentForm,
    ConsultationEditForm,
    ConsultationForm,
    FeedbackForm,
    PracticeForm,
    ProposalActionForm,
)
from ..models import Comment, Decision, GoodPractice, PracticeStatus, Section, Topic
from ..services import community, consultations, surveys
from .common import permission_required, show_error

MANAGE = "participation.manage_consultation"
MODERATE = "participation.moderate_comment"


def consultation_list(request):
    return render(
        request,
        "participation/consultation_list.html",
        {
            "consultations": queries.public_consultations(),
            "today": timezone.localdate(),
            "may_manage": may(request.user, MANAGE),
        },
    )


@permission_required(MANAGE)
def consultation_new(request):
    form = ConsultationForm(request.POST or None, initial={"opens_on": timezone.localdate()})
    if request.method == "POST" and form.is_valid():
        try:
            created = consultations.create_consultation(
                user=request.user, language=get_language(), request=request, **form.cleaned_data
            )
        except ParticipationError as error:
            show_error(request, error)
        else:
            messages.success(request, _("Saved."))
            return redirect("participation:consultation", slug=created.slug)
    return render(request, "participation/consultation_form.html", {"form": form})


@permission_required(MANAGE)
def consultation_edit(request, slug):
    consultation = queries.consultation_page(slug)
    if consultation is None:
        raise Http404
    initial = {
        "title": consultation.title,
        "summary": consultation.summary,
        "opens_on": consultation.opens_on,
        "closes_on": consultation.closes_on,
        "adoption_on": consultation.adoption_on,
        "sections": ConsultationEditForm.sections_text(consultation),
    }
    form = ConsultationEditForm(request.POST or None, initial=initial, consultation=consultation)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            consultations.update_consultation(
                consultation,
                user=request.user,
                sections=data.pop("sections"),
                request=request,
                **data,
            )
        except ParticipationError as error:
            show_error(request, error)
        else:
            messages.success(request, _("Saved."))
            return redirect("participation:consultation", slug=consultation.slug)
    return render(
        request,
        "participation/consultation_form.html",
        {"form": form, "consultation": consultation, "today": timezone.localdate()},
    )


def consultation_detail(request, slug):
    consultation = queries.consultation_page(slug)
    if consultation is None:
        raise Http404
    return render(
        request,
        "participation/consultation_detail.html",
        {
            "consultation": consultation,
            "is_open": consultation.is_open_on(timezone.localdate()),
            "form": CommentForm(),
            "may_moderate": may(request.user, MODERATE),
            "may_manage": may(request.user, MANAGE),
        },
    )


@require_POST
def comment(request, slug, section_id):
    section = get_object_or_404(
        Section.objects.select_related("consultation"),
        pk=section_id,
        consultation__slug=slug,
        consultation__published=True,
    )
    form = CommentForm(request.POST)
    if form.is_valid():
        try:
            consultations.comment(
                section, **form.cleaned_data, language=get_language(), user=request.user, request=request
            )
        except ParticipationError as error:
            show_error(request, error)
        else:
            messages.success(request, _("Thank you. Your comment will appear once a moderator has read it."))
    else:
        messages.error(request, _("Please write your name and your comment."))
    return redirect(f"{request.path.rsplit('sections/', 1)[0]}#section-{section.position}")


def synthesis(request, slug):
    consultation = queries.consultation_page(slug)
    if (
        consultation is None
        or not hasattr(consultation, "synthesis")
        or not consultation.synthesis.published_at
    ):
        raise Http404
    return render(
        request,
        "participation/synthesis.html",
        {"consultation": consultation, "rows": queries.synthesis_rows(consultation)},
    )


def synthesis_export(request, slug, file_format):
    consultation = queries.consultation_page(slug)
    published = consultation is not None and getattr(consultation, "synthesis", None) is not None
    if consultation is None or not (published or may(request.user, MANAGE)):
        raise Http404
    rows = queries.synthesis_rows(consultation)
    if file_format == "csv":
        response = HttpResponse(reports.synthesis_csv(rows), content_type="text/csv; charset=utf-8")
    else:
        response = HttpResponse(
            reports.synthesis_xlsx(consultation, rows),
            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )
    response["Content-Disposition"] = f'attachment; filename="synthesis-{consultation.slug}.{file_format}"'
    return response


@permission_required(MODERATE)
def moderation(request, slug):
    consultation = queries.consultation_page(slug)
    if consultation is None:
        raise Http404
    return render(
        request,
        "participation/moderation.html",
        {
            "consultation": consultation,
            "pending": queries.pending_comments(consultation),
            "published": queries.synthesis_rows(consultation),
            "decisions": Decision.choices,
            "may_decide": may(request.user, MANAGE),
            "may_plan": may(request.user, MANAGE) and may(request.user, "coordination.add_action"),
            "action_form": ProposalActionForm(),
        },
    )


@require_POST
@permission_required(MODERATE)
def moderate_comment(request, slug, comment_id):
    found = get_object_or_404(Comment, pk=comment_id, section__consultation__slug=slug)
    consultations.moderate(
        found, user=request.user, publish=request.POST.get("publish") == "yes", request=request
    )
    messages.success(request, _("Saved."))
    return redirect("participation:moderation", slug=slug)


@require_POST
@permission_required(MANAGE)
def decide_comment(request, slug, comment_id):
    found = get_object_or_404(Comment, pk=comment_id, section__consultation__slug=slug)
    try:
        consultations.decide(
            found,
            user=request.user,
            decision=request.POST.get("decision", ""),
            reason=request.POST.get("reason", ""),
            request=request,
        )
    except ParticipationError as error:
        show_error(request, error)
    else:
        messages.success(request, _("Saved."))
    return redirect("participation:moderation", slug=slug)


@require_POST
@permission_required(MANAGE)
def proposal_action(request, slug, comment_id):
    found = get_object_or_404(Comment, pk=comment_id, section__consultation__slug=slug)
    form = ProposalActionForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Please correct the form: %(errors)s") % {"errors": form.errors.as_text()})
        return redirect("participation:moderation", slug=slug)
    try:
        consultations.add_proposal_to_action_plan(
            found, user=request.user, request=request, **form.cleaned_data
        )
    except ParticipationError as error:
        show_error(request, error)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Saved."))
    return redirect("participation:moderation", slug=slug)


@require_POST
@permission_required(MANAGE)
def publish_synthesis(request, slug):
    consultation = queries.consultation_page(slug)
    if consultation is None:
        raise Http404
    try:
        consultations.publish_synthesis(
            consultation,
            user=request.user,
            introduction=request.POST.get("introduction", ""),
            request=request,
        )
    except ParticipationError as error:
        show_error(request, error)
        return redirect("participation:moderation", slug=slug)
    return redirect("participation:synthesis", slug=slug)


def survey(request, slug):
    found = queries.survey_with_questions(slug)
    if found is None:
        raise Http404
    if request.method == "POST":
        return _submit_survey_form(request, found)
    return render(request, "participation/survey.html", _survey_context(found, uuid.uuid4()))


def _survey_context(found, submission_id):
    shown = queries.survey_in_language(found, get_language())
    return {"survey": found, "shown": shown, "submission_id": submission_id}


def _submit_survey_form(request, found):
    """The page posts as a plain form when JavaScript is off; the script posts JSON to the API."""
    try:
        submission_id = uuid.UUID(request.POST.get("submission_id", ""))
    except ValueError:
        submission_id = uuid.uuid4()
    answers = {}
    for question in found.questions.all():
        key = f"q{question.pk}"
        value = request.POST.getlist(key) if question.kind == "multiple" else request.POST.get(key, "")
        if value not in ("", []):
            answers[str(question.pk)] = value
    try:
        surveys.submit_response(
            found,
            submission_id=submission_id,
            answers=answers,
            language=get_language(),
            user=request.user,
            request=request,
        )
    except ParticipationError as error:
        show_error(request, error)
        return render(request, "participation/survey.html", _survey_context(found, submission_id), status=400)
    return render(request, "participation/survey_thanks.html", {"survey": found})


def survey_results(request, slug):
    found = queries.survey_with_questions(slug)
    staff = may(request.user, "participation.manage_survey")
    if found is None or not (found.results_published or staff):
        raise Http404
    results = queries.survey_results(found, published=not staff, language=get_language())
    return render(
        request, "participation/survey_results.html", {"survey": found, "results": results, "staff": staff}
    )


@permission_required("participation.manage_survey")
def survey_results_export(request, slug, file_format):
    found = queries.survey_with_questions(slug)
    if found is None:
        raise Http404
    results = queries.survey_results(found, published=False, language=get_language())
    content = reports.survey_results_file(found, results, file_format)
    content_type = (
        "text/csv; charset=utf-8"
        if file_format == "csv"
        else "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="survey-{found.slug}.{file_format}"'
    return response


# The feedback form is on every page, and pages are shared from a cache between anonymous
# visitors, so it carries no CSRF token. Feedback is anonymous and grants nothing: a forged
# submission can do no more than anyone can do by sending the form themselves.
@csrf_exempt
@require_POST
def feedback(request):
    form = FeedbackForm(request.POST)
    wants_json = request.headers.get("Accept", "").startswith("application/json")
    page = form.is_valid() and Page.objects.filter(pk=form.cleaned_data["page"], live=True).first()
    if not page:
        if wants_json:
            return JsonResponse({"detail": _("The request is not valid.")}, status=400)
        messages.error(request, _("Please choose yes or no."))
    else:
        community.record_feedback(
            page,
            locale=get_language(),
            helpful=form.cleaned_data["helpful"],
            comment=form.cleaned_data["comment"],
            request=request,
        )
        if wants_json:
            return JsonResponse({"detail": _("Thank you for your feedback.")}, status=201)
        messages.success(request, _("Thank you for your feedback."))
    back = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(back, {request.get_host()}, require_https=request.is_secure()):
        back = "/"
    return HttpResponseRedirect(back)


@permission_required("participation.view_feedback_report")
def feedback_report(request):
    return render(request, "participation/feedback_report.html", {"pages": queries.feedback_report()})


def _practice_filters(request):
    search = request.GET.get("q", "").strip()[:100]
    topic = request.GET.get("topic", "")
    locality = request.GET.get("locality", "").strip()[:120]
    return search, topic if topic in Topic.values else "", locality


def practice_list(request):
    search, topic, locality = _practice_filters(request)
    return render(
        request,
        "participation/practice_list.html",
        {
            "practices": queries.published_practices(search=search, topic=topic, locality=locality),
            "topics": Topic.choices,
            "localities": queries.practice_localities(),
            "search": search,
            "topic": topic,
            "locality": locality,
            "may_submit": may(request.user, "participation.submit_practice"),
        },
    )


def practice_compendium(request):
    """The published practices, filtered like the list, as a PDF in the reader's language."""
    search, topic, locality = _practice_filters(request)
    practices = list(queries.published_practices(search=search, topic=topic, locality=locality))
    response = HttpResponse(
        reports.compendium_pdf(practices, language=get_language()), content_type="application/pdf"
    )
    response["Content-Disposition"] = 'attachment; filename="good-practices.pdf"'
    return response


def practice_detail(request, pk):
    practice = get_object_or_404(
        GoodPractice.objects.prefetch_related("adoptions", "files__document", "files__image"), pk=pk
    )
    reviewer = may(request.user, "participation.review_practice")
    if practice.status != PracticeStatus.PUBLISHED and not (
        reviewer or practice.submitted_by_id == request.user.pk
    ):
        raise Http404
    return render(
        request,
        "participation/practice_detail.html",
        {
            "practice": practice,
            "may_review": reviewer and practice.status == PracticeStatus.SUBMITTED,
            "may_adopt": may(request.user, "participation.submit_practice")
            and practice.status == PracticeStatus.PUBLISHED,
        },
    )


@permission_required("participation.submit_practice")
def practice_submit(request):
    form = PracticeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        practice = community.submit_practice(
            user=request.user, data={**form.cleaned_data, "language": get_language()}, request=request
        )
        messages.success(request, _("Thank you. A moderator will review the practice."))
        return redirect("participation:practice_detail", pk=practice.pk)
    return render(request, "participation/practice_form.html", {"form": form})


@permission_required("participation.review_practice")
def practice_review_list(request):
    pending = GoodPractice.objects.filter(status=PracticeStatus.SUBMITTED).order_by("submitted_at")
    return render(request, "participation/practice_review.html", {"practices": pending})


@require_POST
@permission_required("participation.review_practice")
def practice_review(request, pk):
    practice = get_object_or_404(GoodPractice, pk=pk)
    try:
        community.review_practice(
            practice,
            user=request.user,
            publish=request.POST.get("publish") == "yes",
            note=request.POST.get("note", ""),
            request=request,
        )
    except ParticipationError as error:
        show_error(request, error)
    else:
        messages.success(request, _("Saved."))
    return redirect("participation:practice_detail", pk=pk)


@require_POST
@permission_required("participation.submit_practice")
def practice_adopt(request, pk):
    practice = get_object_or_404(GoodPractice, pk=pk)
    try:
        community.adopt_practice(
            practice,
            user=request.user,
            municipality=request.POST.get("municipality", ""),
            note=request.POST.get("note", ""),
            request=request,
        )
    except ParticipationError as error:
        show_error(request, error)
    else:
        messages.success(request, _("The practice is in your plan, with its origin."))
    return redirect("participation:practice_detail", pk=pk)
