from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from .audit import VIEW_RECORD


@hooks.register("register_log_actions")
def register_core_actions(actions):
    actions.register_action(VIEW_RECORD, _("Open a personal record"), _("Personal record opened"))
