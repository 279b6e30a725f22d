"""The admin's Plone import pages: the list of runs with an upload form, and one run's report.
Administrators (superusers) only: an import writes the whole site."""

from functools import wraps

from django.contrib import messages as site_messages
from django.contrib.auth.forms import SetPasswordForm
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.http import require_POST
from wagtail.admin import messages

from core.permissions import may

from . import invitations, services
from .forms import UploadForm
from .models import ImportRun

RUNS_SHOWN = 50
ACTION_LABELS = {
    "created": gettext_lazy("created"),
    "updated": gettext_lazy("updated"),
    "unchanged": gettext_lazy("unchanged"),
    "skipped": gettext_lazy("skipped"),
    "failed": gettext_lazy("failed"),
    "noted": gettext_lazy("noted in the report"),
}


def count_rows(counts_by_name):
    """[(type or language, "created: 3, skipped: 1")] with the actions in the reader's language."""
    return [
        (
            name,
            ", ".join(
                f"{ACTION_LABELS.get(action, action)}: {count}" for action, count in sorted(counts.items())
            ),
        )
        for name, counts in counts_by_name.items()
    ]


def administrators_only(view):
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not may(request.user, services.RUN_IMPORT):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapped


@administrators_only
def index(request):
    form = UploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        run = services.start_uploaded_import(
            request.user,
            form.cleaned_data["export"],
            dry_run=form.cleaned_data["dry_run"],
            import_accounts=form.cleaned_data["import_accounts"],
        )
        messages.success(request, _("The import has started; its report appears here when it is done."))
        return redirect("plone_import:detail", pk=run.pk)
    runs = ImportRun.objects.select_related("requested_by")[:RUNS_SHOWN]
    return TemplateResponse(
        request,
        "plone_import/index.html",
        {"form": form, "runs": runs, "waiting": len(invitations.waiting_accounts())},
    )


@administrators_only
@require_POST
def invite(request):
    count = services.invite_imported_accounts(request.user)
    if count:
        messages.success(
            request,
            ngettext(
                "%(count)d imported person was invited to set a password.",
                "%(count)d imported people were invited to set a password.",
                count,
            )
            % {"count": count},
        )
    else:
        messages.warning(
            request, _("Every imported person with an e-mail address has already set a password.")
        )
    return redirect("plone_import:index")


def accept_invitation(request, token):
    """The link in the invitation: GET shows the form (mail scanners follow links), POST sets the
    password. A forged, expired or used link gets the same refusal, whoever asks."""
    user = invitations.invited_user(token)
    if user is None:
        return render(request, "plone_import/accept_invitation.html", {"invalid": True}, status=400)
    form = SetPasswordForm(user, request.POST or None)
    if request.method == "POST" and form.is_valid():
        services.accept_invitation(user, form)
        site_messages.success(
            request, _("Your password is set. Sign in with your e-mail address and your new password.")
        )
        return redirect("account_login")
    return render(request, "plone_import/accept_invitation.html", {"form": form, "account_email": user.email})


@administrators_only
def detail(request, pk):
    run = get_object_or_404(ImportRun.objects.select_related("requested_by"), pk=pk)
    report = run.report or {}
    rows = count_rows(report.get("by_type", {})) + count_rows(report.get("by_language", {}))
    return TemplateResponse(request, "plone_import/detail.html", {"run": run, "report": report, "rows": rows})
