from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from core.permissions import may

from . import invitations, services, views

admin_urls = [
    path("", views.index, name="index"),
    path("<int:pk>/", views.detail, name="detail"),
    path("invite/", views.invite, name="invite"),
]


class AdministratorsMenuItem(MenuItem):
    def is_shown(self, request):
        return may(request.user, services.RUN_IMPORT)


@hooks.register("register_admin_urls")
def register_plone_import_urls():
    return [path("plone-import/", include((admin_urls, "plone_import")))]


@hooks.register("register_settings_menu_item")
def register_plone_import_menu_item():
    return AdministratorsMenuItem(
        _("Plone import"), reverse("plone_import:index"), icon_name="upload", order=900
    )


@hooks.register("register_log_actions")
def register_plone_import_actions(actions):
    actions.register_action(services.AUDIT_START, _("Start a Plone import"), _("Plone import started"))
    actions.register_action(services.AUDIT_FINISH, _("Finish a Plone import"), _("Plone import finished"))
    actions.register_action(
        invitations.AUDIT_INVITE, _("Invite imported Plone users"), _("Imported Plone users invited")
    )
    actions.register_action(
        invitations.AUDIT_ACCEPT,
        _("Accept a Plone account invitation"),
        _("Plone account invitation accepted"),
    )
