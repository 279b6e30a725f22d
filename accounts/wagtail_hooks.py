from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from .services import CREATE_API_TOKEN, REVOKE_API_TOKEN


@hooks.register("register_log_actions")
def register_accounts_actions(actions):
    actions.register_action(CREATE_API_TOKEN, _("Create an API token"), _("API token created"))
    actions.register_action(REVOKE_API_TOKEN, _("Revoke an API token"), _("API token revoked"))
