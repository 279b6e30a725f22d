"""The bin in the Wagtail admin: what was deleted, by whom, until when it is kept; restore."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from . import bin
from .models import BinEntry
from .permissions import may

RESTORE_PERMISSION = "core.restore_binentry"
REFUSALS = {
    "already": gettext_lazy("This item has been restored already."),
    "taken": gettext_lazy("It cannot be restored: a record with the same identity exists again."),
    "missing": gettext_lazy("It cannot be restored: something it belongs to has been deleted since."),
}


def bin_index(request):
    if not may(request.user, RESTORE_PERMISSION):
        raise PermissionDenied
    entries = BinEntry.objects.filter(restored_at__isnull=True).select_related("deleted_by", "content_type")
    return TemplateResponse(request, "core/admin/bin.html", {"entries": entries[:500]})


@require_POST
def bin_restore(request, pk):
    if not may(request.user, RESTORE_PERMISSION):
        raise PermissionDenied
    entry = get_object_or_404(BinEntry, pk=pk)
    try:
        bin.restore(entry, user=request.user)
    except bin.RestoreError as refusal:
        messages.error(request, REFUSALS.get(str(refusal), REFUSALS["missing"]))
    else:
        messages.success(request, _("“%(label)s” has been restored.") % {"label": entry.label})
    return redirect("core_bin")
