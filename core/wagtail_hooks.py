from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import admin_views
from .audit import VIEW_RECORD
from .bin import DISCARD, RESTORE
from .permissions import may


@hooks.register("register_log_actions")
def register_core_actions(actions):
    actions.register_action(VIEW_RECORD, _("Open a personal record"), _("Personal record opened"))
    actions.register_action(DISCARD, _("Move to the bin"), _("Deleted; kept in the bin"))
    actions.register_action(RESTORE, _("Restore from the bin"), _("Restored from the bin"))


@hooks.register("register_admin_urls")
def register_bin_urls():
    return [
        path("bin/", admin_views.bin_index, name="core_bin"),
        path("bin/<int:pk>/restore/", admin_views.bin_restore, name="core_bin_restore"),
    ]


class BinMenuItem(MenuItem):
    def is_shown(self, request):
        return may(request.user, admin_views.RESTORE_PERMISSION)


@hooks.register("register_settings_menu_item")
def register_bin_menu_item():
    return BinMenuItem(_("Bin"), reverse("core_bin"), icon_name="bin", order=900)
