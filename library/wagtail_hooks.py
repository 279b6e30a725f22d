from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from .audiences import MADE_MEMBERS_ONLY


@hooks.register("register_log_actions")
def register_library_actions(actions):
    actions.register_action(
        MADE_MEMBERS_ONLY, _("Make a document members-only"), _("Document made members-only")
    )
