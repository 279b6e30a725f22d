"""The admin's "Submit for review" of a translation made with wagtail-localize."""

from django.contrib import messages
from django.core.exceptions import ObjectDoesNotExist
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail_localize.models import Translation

from . import services


@require_POST
def submit_translation(request, translation_id):
    translation = get_object_or_404(
        Translation.objects.select_related("source", "target_locale"), pk=translation_id
    )
    try:
        target = translation.get_target_instance()
    except ObjectDoesNotExist as missing:
        raise Http404 from missing
    try:
        page = services.submit_translation_for_review(request.user, translation, request=request)
    except services.TranslationReviewError as error:
        messages.error(request, str(error))
        return redirect("wagtailadmin_pages:edit", target.pk)
    messages.success(
        request, _("“%(title)s” was submitted for review by a cultural mediator.") % {"title": page.title}
    )
    return redirect("wagtailadmin_pages:edit", page.pk)
