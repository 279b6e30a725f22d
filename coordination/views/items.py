"""Action items across meetings, a member's own invitations and items, and answering invitations."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from .. import services
from ..access import team_member_required
from ..forms import ActionItemStatusForm, AnswerForm
from ..models import ActionItem, ActionItemStatus, Body, Institution, Invitation, TeamMember
from ..notifications import invitation_from_token
from ..queries import action_items_queryset, filter_action_items


@team_member_required
def action_items(request):
    items = filter_action_items(action_items_queryset(), request.GET)
    page = Paginator(items, 50).get_page(request.GET.get("page"))
    owners = [
        (f"member-{m.pk}", m.name) for m in TeamMember.objects.filter(action_items__isnull=False).distinct()
    ]
    owners += [
        (f"institution-{i.pk}", i.name)
        for i in Institution.objects.filter(action_items__isnull=False).distinct()
    ]
    return render(
        request,
        "coordination/action_items.html",
        {
            "page": page,
            "owners": owners,
            "bodies": Body.objects.all(),
            "statuses": ActionItemStatus.choices,
            "filters": request.GET,
            "today": timezone.localdate(),
        },
    )


@login_required
def my_items(request):
    items = ActionItem.objects.owned_by(request.user).select_related(
        "meeting__body", "owner_member", "owner_institution"
    )
    invitations = Invitation.objects.filter(
        member__user=request.user, meeting__starts_at__gte=timezone.now()
    ).select_related("meeting__body")
    for invitation in invitations:
        invitation.form = AnswerForm(
            initial={"answer": invitation.answer, "deputy_name": invitation.deputy_name},
            prefix=f"i{invitation.pk}",
        )
    return render(
        request,
        "coordination/my_items.html",
        {
            "items": items,
            "invitations": invitations,
            "status_choices": ActionItemStatus.choices,
            "today": timezone.localdate(),
        },
    )


@require_POST
@login_required
def action_item_status(request, pk):
    item = get_object_or_404(ActionItem, pk=pk)
    form = ActionItemStatusForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose a valid status."))
    else:
        try:
            services.update_action_item_status(item, status=form.cleaned_data["status"], user=request.user)
        except PermissionDenied:
            raise
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, _("The status was updated."))
    next_url = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return redirect(next_url)
    return redirect("coordination:my_items")


def _answer(request, invitation, form):
    services.answer_invitation(
        invitation, answer=form.cleaned_data["answer"], deputy_name=form.cleaned_data["deputy_name"]
    )
    messages.success(request, _("Thank you, your answer was recorded."))


def answer_invitation(request, token):
    """The signed link from the invitation e-mail: no sign-in needed, the link is the key."""
    invitation = invitation_from_token(token)
    if invitation is None:
        return render(request, "coordination/invitation_invalid.html", status=404)
    form = AnswerForm(
        request.POST or None, initial={"answer": invitation.answer, "deputy_name": invitation.deputy_name}
    )
    if request.method == "POST" and form.is_valid():
        _answer(request, invitation, form)
        return redirect(request.path)
    return render(request, "coordination/invitation_answer.html", {"invitation": invitation, "form": form})


@require_POST
@login_required
def answer_my_invitation(request, pk):
    invitation = get_object_or_404(Invitation, pk=pk, member__user=request.user)
    form = AnswerForm(request.POST, prefix=f"i{invitation.pk}")
    if form.is_valid():
        _answer(request, invitation, form)
    else:
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, error)
    return redirect("coordination:my_items")
