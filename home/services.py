"""Publishing operations on pages. A translation made with wagtail-localize goes through the same
review workflow as its source ("Review by a cultural mediator") before it is published:
wagtail-localize 1.14 itself only offers to publish a translation directly."""

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.models import Page
from wagtail_localize.models import StringTranslation

from core import audit


class TranslationReviewError(Exception):
    pass


def machine_translated_count(translation):
    """How many texts of the translation a machine wrote and no person has edited since."""
    return (
        StringTranslation.objects.filter(
            translation_of__segments__source=translation.source,
            locale=translation.target_locale,
            translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE,
        )
        .distinct()
        .count()
    )


@transaction.atomic
def submit_translation_for_review(user, translation, request=None):
    """Save the translation as a draft of the translated page and start the page's review
    workflow with it; the page goes live when a moderator approves."""
    page = translation.get_target_instance()
    if not isinstance(page, Page) or not page.permissions_for_user(user).can_edit():
        raise PermissionDenied
    workflow = page.get_workflow()
    if workflow is None:
        raise TranslationReviewError(_("No review workflow applies to this page."))
    if page.workflow_in_progress:
        raise TranslationReviewError(_("This translation is already waiting for review."))
    translation.save_target(user=user, publish=False)
    page = Page.objects.get(pk=page.pk).specific
    workflow.start(page, user)
    audit.record(
        "home.submit_translation",
        page,
        user=user,
        request=request,
        data={"locale": translation.target_locale.language_code},
    )
    return page
