from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Centre, CentreMembership, Network

ACTIONS = {
    "casework.register": _("Register a visitor"),
    "casework.view_visitor": _("Open a visitor"),
    "casework.update_identity": _("Change a visitor's name or contacts"),
    "casework.attach_form": _("Attach a registration form"),
    "casework.view_form": _("Open a registration form"),
    "casework.merge": _("Merge duplicate visitors"),
    "casework.export": _("Export a visitor's data"),
    "casework.erase": _("Erase a visitor's data"),
    "casework.purge": _("Erase names after the retention period"),
    "casework.log_contact": _("Log a contact"),
    "casework.attach_to_session": _("Attach a file to an information session"),
    "casework.view_session_file": _("Open a file of an information session"),
    "casework.correct": _("Correct data of a submitted month"),
    "casework.open_case": _("Open a case file"),
    "casework.view_case": _("Read a case file"),
    "casework.update_case": _("Update a case file"),
    "casework.propose": _("Propose assistance"),
    "casework.approve": _("Approve assistance"),
    "casework.refuse": _("Refuse assistance"),
    "casework.close_case": _("Close a case"),
    "casework.add_slots": _("Open appointment slots"),
    "casework.book": _("Book an appointment"),
    "casework.confirm": _("Confirm an appointment"),
    "casework.cancel": _("Cancel an appointment"),
    "casework.attended": _("Record attendance"),
    "casework.no_show": _("Record a no-show"),
    "casework.report_edit": _("Edit a monthly report"),
    "casework.report_submit": _("Submit a monthly report"),
    "casework.report_approve": _("Approve a monthly report"),
    "casework.report_return": _("Return a monthly report"),
}


@hooks.register("register_log_actions")
def register_casework_actions(actions):
    for action, label in ACTIONS.items():
        actions.register_action(action, label, label)


class NetworkViewSet(SnippetViewSet):
    model = Network
    icon = "cog"
    form_fields = ["name", "code_pattern", "code_digits", "retention_years", "project_start", "project_end"]
    list_display = ["name", "code_pattern", "retention_years"]


class CentreViewSet(SnippetViewSet):
    model = Centre
    icon = "home"
    form_fields = [
        "name",
        "code",
        "address",
        "opening_hours",
        "languages",
        "email",
        "phone",
        "referral_institutions",
    ]
    list_display = ["name", "code", "address"]
    search_fields = ["name", "code"]


class CentreMembershipViewSet(SnippetViewSet):
    """Adding someone here puts them in the Centre staff or Centre leads role (roles.py)."""

    model = CentreMembership
    icon = "user"
    form_fields = ["user", "centre", "role"]
    list_display = ["user", "centre", "role"]
    list_filter = ["centre", "role"]


class CaseworkViewSetGroup(SnippetViewSetGroup):
    items = (NetworkViewSet, CentreViewSet, CentreMembershipViewSet)
    menu_icon = "home"
    menu_label = _("Centres")
    menu_name = "casework"


register_snippet(CaseworkViewSetGroup)
