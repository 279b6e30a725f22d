"""Every e-mail of mentoring goes through core.notify: rendered in the recipient's language and
sent after the transaction that caused it commits (a decision rolled back tells no one)."""

from accounts.models import preferred_language
from core.notify import notify


def tell(user, template, **context):
    """E-mail `user` from mentoring/email/<template>; the recipient is added as `person`."""
    if not user.email:
        return
    notify(
        to=user.email,
        template_prefix=f"mentoring/email/{template}",
        context={**context, "person": user.get_full_name() or user.username},
        language=preferred_language(user),
    )
