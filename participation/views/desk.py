"""Pages of the civic desk: filing online, confirming, tracking by private link, and the staff
desk with deadlines."""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.db.models import Q
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from core.audit import record_read
from core.files import serve_private

from .. import queries, reports
from ..access import may
from ..errors import ParticipationError
from ..forms import (
    AnswerForm,
    AssignForm,
    ComplaintAnswerForm,
    ComplaintForm,
    DeskRegistrationForm,
    DraftForm,
    FilingForm,
    FrequentAnswerForm,
    ReasonForm,
    RedirectForm,
    RefuseForm,
)
from ..links import tracking_path
from ..models import CaseStatus, FrequentAnswer
from ..services import desk as services
from .common import permission_required, show_error

HANDLE = "participation.handle_case"


def file_case(request, kind):
    form = FilingForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = {**form.cleaned_data, "language": get_language()}
        if kind == "petition":
            data["anonymous"] = not form.cleaned_data["name"]
        try:
            case = services.file_online(kind, data=data, user=request.user, request=request)
        except ParticipationError as error:
            show_error(request, error)
        else:
            if case.status == CaseStatus.UNVERIFIED:
                return render(request, "participation/check_email.html", {"email": case.email})
            return redirect(tracking_path(case, get_language()))
    return render(request, "participation/file_case.html", {"form": form, "kind": kind})


def confirm(request, token):
    try:
        case = services.confirm_filing(token, request=request)
    except ParticipationError as error:
        return render(request, "participation/link_invalid.html", {"message": error.message}, status=400)
    messages.success(request, _("Your e-mail address is confirmed and your case is registered."))
    return redirect(tracking_path(case, get_language()))


def track(request, token):
    case = queries.case_by_token(token)
    if case is None:
        raise Http404
    form = ComplaintForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.file_complaint(case, body=form.cleaned_data["body"], request=request)
        except ParticipationError as error:
            show_error(request, error)
        else:
            messages.success(request, _("Your complaint is registered."))
            return redirect(request.path)
    return render(request, "participation/track.html", {"case": case, "complaint_form": form})


def attachment(request, token, attachment_id):
    case = queries.case_by_token(token)
    found = case and next((item for item in case.attachments.all() if item.pk == attachment_id), None)
    if not found:
        raise Http404
    return _serve(request, found)


def _serve(request, found):
    return serve_private(request, found.file, filename=found.filename)


@permission_required(HANDLE)
def desk_attachment(request, kind, pk, attachment_id):
    case = queries.case_for(request.user, kind, pk)
    found = case and next((item for item in case.attachments.all() if item.pk == attachment_id), None)
    if not found:
        raise Http404
    return _serve(request, found)


@permission_required(HANDLE)
def desk(request):
    today = timezone.localdate()
    return render(
        request,
        "participation/desk.html",
        {
            "sections": [
                (_("Requests for public information"), "information", queries.desk_cases("information")),
                (_("Petitions"), "petition", queries.desk_cases("petition")),
            ],
            "today": today,
        },
    )


def desk_staff():
    """The people a case can be assigned to: those whose roles hold the desk permission."""
    app_label, codename = HANDLE.split(".")
    granted = Q(
        groups__permissions__codename=codename, groups__permissions__content_type__app_label=app_label
    )
    return get_user_model().objects.filter(Q(is_superuser=True) | granted, is_active=True).distinct()


@permission_required(HANDLE)
def desk_case(request, kind, pk):
    case = queries.case_for(request.user, kind, pk)
    if case is None:
        raise Http404
    record_read(case, user=request.user, request=request)
    return render(
        request,
        "participation/desk_case.html",
        {
            "case": case,
            "kind": kind,
            "assign_form": AssignForm(assignees=desk_staff(), initial={"assignee": case.assignee_id}),
            "extend_form": ReasonForm(),
            "answer_form": AnswerForm(initial={"text": case.draft}),
            "refuse_form": RefuseForm(),
            "redirect_form": RedirectForm(),
            "frequent_answer_form": FrequentAnswerForm(
                initial={"question": case.subject, "answer": case.answer}
            ),
            "complaint_forms": [
                (complaint, ComplaintAnswerForm(case=case, initial={"complaint": complaint.pk}))
                for complaint in case.complaints.all()
            ],
        },
    )


@require_POST
@permission_required(HANDLE)
def desk_action(request, kind, pk, action):
    case = queries.case_for(request.user, kind, pk)
    if case is None:
        raise Http404
    forms = {
        "assign": AssignForm,
        "extend": ReasonForm,
        "answer": AnswerForm,
        "draft": DraftForm,
        "refuse": RefuseForm,
        "redirect": RedirectForm,
        "complaint": ComplaintAnswerForm,
        "publish": FrequentAnswerForm,
    }
    form = None
    if action in forms:
        extra = {"assign": {"assignees": desk_staff()}, "complaint": {"case": case}}.get(action, {})
        form = forms[action](request.POST, request.FILES, **extra)
        if not form.is_valid():
            messages.error(
                request, _("Please correct the form: %(errors)s") % {"errors": form.errors.as_text()}
            )
            return redirect("participation:desk_case", kind=kind, pk=pk)
    try:
        _run(action, case, request, form.cleaned_data if form else {})
    except ParticipationError as error:
        show_error(request, error)
    else:
        messages.success(request, _("Saved."))
    return redirect("participation:desk_case", kind=kind, pk=pk)


def _run(action, case, request, data):
    user = request.user
    if action == "assign":
        services.assign(case, assignee=data["assignee"], user=user, request=request)
    elif action == "extend":
        services.extend(case, user=user, reason=data["reason"], days=data.get("days") or 15, request=request)
    elif action == "answer":
        files = [data["attachments"]] if data.get("attachments") else []
        services.answer(case, user=user, text=data["text"], attachments=files, request=request)
    elif action == "draft":
        services.save_draft(case, user=user, text=data["text"], request=request)
    elif action == "refuse":
        services.refuse(case, user=user, outcome=data["outcome"], reason=data["reason"], request=request)
    elif action == "redirect":
        services.redirect(case, user=user, institution=data["institution"], request=request)
    elif action == "close":
        services.close(case, user=user, request=request)
    elif action == "publish":
        services.publish_frequent_answer(
            case, user=user, question=data["question"], answer=data["answer"], request=request
        )
    elif action == "complaint":
        services.answer_complaint(
            data["complaint"], user=user, text=data["text"], justified=data["justified"], request=request
        )
    else:
        raise Http404


@permission_required(HANDLE)
def desk_register(request):
    form = DeskRegistrationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = {**form.cleaned_data, "language": get_language()}
        case = services.register_at_desk(
            data.pop("kind"), data=data, channel=data.pop("channel"), user=request.user, request=request
        )
        messages.success(request, _("Registered as %(reference)s.") % {"reference": case.reference})
        return redirect("participation:desk_case", kind=case.register_kind, pk=case.pk)
    return render(request, "participation/desk_register.html", {"form": form})


@permission_required(HANDLE)
def desk_statistics(request, year, file_format):
    stats = queries.annual_statistics(year)
    if file_format == "pdf":
        response = HttpResponse(
            reports.statistics_pdf(stats, language=get_language()), content_type="application/pdf"
        )
    else:
        response = HttpResponse(
            reports.statistics_xlsx(stats),
            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )
    response["Content-Disposition"] = f'attachment; filename="information-requests-{year}.{file_format}"'
    return response


def frequently_requested(request):
    """Public: the information people ask for most often, by topic, in every language it was
    published in (the reader's own first)."""
    return render(
        request,
        "participation/frequently_requested.html",
        {"groups": queries.frequent_answers(get_language()), "may_withdraw": may(request.user, HANDLE)},
    )


@require_POST
@permission_required(HANDLE)
def withdraw_frequent_answer(request, pk):
    published = get_object_or_404(FrequentAnswer, pk=pk)
    services.withdraw_frequent_answer(published, user=request.user, request=request)
    messages.success(request, _("Saved."))
    return redirect("participation:frequently_requested")
