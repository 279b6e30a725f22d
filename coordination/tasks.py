"""Background work: reminding owners of their overdue action items (at most once a day each)."""

from collections import defaultdict

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django_tasks import task

from core.notify import notify

from .models import ActionItem
from .notifications import absolute_url, member_email, member_language


def _recipient(item):
    """(address, language, display name) of the item's owner."""
    if item.owner_member_id:
        member = item.owner_member
        return member_email(member), member_language(member), member.name
    institution = item.owner_institution
    return institution.email, None, institution.name


@task()
def send_overdue_action_items():
    today = timezone.localdate()
    with transaction.atomic():
        items = list(
            ActionItem.objects.overdue(today)
            .exclude(last_reminded_on=today)
            .select_related("meeting", "owner_member__user", "owner_institution")
            .select_for_update(of=("self",))
        )
        by_owner = defaultdict(list)
        for item in items:
            address, language, name = _recipient(item)
            if address:
                by_owner[(address, language or settings.LANGUAGE_CODE, name)].append(item)
        ActionItem.objects.filter(pk__in=[item.pk for group in by_owner.values() for item in group]).update(
            last_reminded_on=today
        )
    for (address, language, name), owner_items in by_owner.items():
        notify(
            to=address,
            template_prefix="coordination/email/overdue",
            context={
                "owner": name,
                "items": owner_items,
                "list_url": absolute_url("coordination:my_items", language),
            },
            language=language,
        )
    return sum(len(group) for group in by_owner.values())
