"""Case files: only the assigned caseworkers, the centre's lead and the network coordinator open
one, and every opening is recorded."""

from pathlib import PurePosixPath

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from core.files import serve_private

from .. import services
from ..access import may, require
from ..forms import CaseActionForm, CloseCaseForm, DecisionForm, OpenCaseForm, ProposeForm
from ..models import Case, CaseDocument, Visitor
from ..queries import visible_cases
from .common import add_errors, counter_required, get_allowed


@counter_required
def case_list(request):
    return render(request, "casework/case_list.html", {"cases": visible_cases(request.user)[:200]})


@counter_required
def open_case(request, visitor_pk):
    visitor = get_allowed(
        Visitor.objects.select_related("centre"), "casework.view_visitor", request.user, pk=visitor_pk
    )
    centre = visitor.centre
    require(request.user, "casework.add_case", centre)
    staff = get_user_model().objects.filter(centre_memberships__centre=centre).order_by("username")
    form = OpenCaseForm(request.POST or None, staff=staff, initial={"caseworker": request.user.pk})
    if request.method == "POST" and form.is_valid():
        try:
            case = services.open_case(
                request.user, visitor=visitor, centre=centre, request=request, **form.cleaned_data
            )
        except ValidationError as error:
            add_errors(form, error)
        else:
            return redirect("casework:case_detail", pk=case.pk)
    return render(request, "casework/case_form.html", {"form": form, "visitor": visitor})


@counter_required
def edit_case(request, pk):
    case = get_allowed(
        Case.objects.select_related("centre", "visitor"), "casework.change_case", request.user, pk=pk
    )
    staff = get_user_model().objects.filter(centre_memberships__centre=case.centre).order_by("username")
    initial = {
        "needs_assessment": case.needs_assessment,
        "vulnerabilities": case.vulnerabilities,
        "goals": case.goals,
        "caseworker": case.caseworker_id,
        "deputy": case.deputy_id,
    }
    form = OpenCaseForm(request.POST or None, staff=staff, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.update_case(request.user, case, request=request, **form.cleaned_data)
        except ValidationError as error:
            add_errors(form, error)
        else:
            messages.success(request, _("Saved."))
            return redirect("casework:case_detail", pk=case.pk)
    return render(request, "casework/case_edit.html", {"form": form, "case": case})


@counter_required
def case_detail(request, pk):
    case = get_object_or_404(Case.objects.select_related("centre", "visitor", "caseworker", "deputy"), pk=pk)
    services.read_case(request.user, case, request=request)
    return render(
        request,
        "casework/case_detail.html",
        {
            "case": case,
            "actions": case.actions.all(),
            "documents": case.documents.all(),
            "referrals": case.contacts.filter(referral_institution__isnull=False).select_related(
                "referral_institution"
            ),
            "may_change": may(request.user, "casework.change_case", case),
            "may_decide": may(request.user, "casework.approve_assistance", case),
            "propose_form": ProposeForm(),
            "decision_form": DecisionForm(),
            "close_form": CloseCaseForm(),
            "action_form": CaseActionForm(),
        },
    )


STEPS = {
    "propose": (
        ProposeForm,
        lambda user, case, data, request: services.propose_assistance(
            user, case, kind=data["kind"], details=data["details"], request=request
        ),
    ),
    "approve": (
        DecisionForm,
        lambda user, case, data, request: services.approve_assistance(
            user, case, note=data["note"], request=request
        ),
    ),
    "refuse": (
        DecisionForm,
        lambda user, case, data, request: services.refuse_assistance(
            user, case, note=data["note"], request=request
        ),
    ),
    "close": (
        CloseCaseForm,
        lambda user, case, data, request: services.close_case(
            user, case, outcome=data["outcome"], request=request
        ),
    ),
    "action": (
        CaseActionForm,
        lambda user, case, data, request: services.add_action(
            user, case, description=data["description"], due_on=data["due_on"], request=request
        ),
    ),
}


@counter_required
@require_POST
def case_step(request, pk, step):
    case = get_object_or_404(Case, pk=pk)
    form_class, run = STEPS[step]
    form = form_class(request.POST)
    if not form.is_valid():
        messages.error(request, _("The request is not valid."))
        return redirect("casework:case_detail", pk=case.pk)
    try:
        run(request.user, case, form.cleaned_data, request)
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
    else:
        messages.success(request, _("Saved."))
    return redirect("casework:case_detail", pk=case.pk)


@counter_required
def case_document(request, pk, document_pk):
    document = get_object_or_404(CaseDocument.objects.select_related("case"), pk=document_pk, case_id=pk)
    services.read_case(request.user, document.case, request=request)
    suffix = PurePosixPath(document.file.name).suffix
    return serve_private(request, document.file, filename=f"case-{pk}-{document.pk}{suffix}")


@counter_required
@require_POST
def upload_case_document(request, pk):
    case = get_object_or_404(Case, pk=pk)
    try:
        services.add_document(
            request.user,
            case,
            title=request.POST.get("title", ""),
            uploaded_file=request.FILES.get("file"),
            request=request,
        )
    except ValidationError:
        messages.error(request, _("Upload a PDF, JPEG or PNG file."))
    return redirect("casework:case_detail", pk=case.pk)
