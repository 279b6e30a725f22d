"""The Wagtail admin for what coordinators maintain by hand: the directory, bodies, the action
plan and the work plan. Meetings, minutes and action items have their own pages (they go through
services: invitations, versions, approval)."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import CreateView, SnippetViewSet, SnippetViewSetGroup

from . import services
from .models import (
    Action,
    Body,
    Expert,
    Institution,
    ProgressUpdate,
    StrategicObjective,
    TeamMember,
    WorkPlanEntry,
)


class InstitutionViewSet(SnippetViewSet):
    model = Institution
    icon = "site"
    list_display = ["name", "tier", "migrant_led"]
    list_filter = ["tier", "migrant_led"]
    search_fields = ["name"]


class TeamMemberViewSet(SnippetViewSet):
    model = TeamMember
    icon = "user"
    list_display = ["name", "institution", "role", "deputy_of"]
    list_filter = ["institution", "is_migrant"]
    search_fields = ["name", "role", "email"]


class ExpertViewSet(SnippetViewSet):
    model = Expert
    icon = "help"
    list_display = ["name", "kind", "languages"]
    list_filter = ["kind"]
    search_fields = ["name", "languages", "specialties"]


class BodyViewSet(SnippetViewSet):
    model = Body
    icon = "group"
    list_display = ["name", "min_meetings_per_year", "min_migrant_share"]


class StrategicObjectiveViewSet(SnippetViewSet):
    model = StrategicObjective
    icon = "pick"
    list_display = ["number", "title"]


class ActionViewSet(SnippetViewSet):
    model = Action
    icon = "tasks"
    list_display = ["code", "title", "leader", "status", "progress"]
    list_filter = ["objective", "status"]
    search_fields = ["code", "title"]


class ProgressUpdateCreateView(CreateView):
    """A new timeline entry also moves its action's progress and status: the service does both."""

    def save_instance(self):
        data = self.form.cleaned_data
        return services.add_progress_update(
            data["action"],
            text=data["text"],
            progress=data["progress"],
            status=data["status"],
            date=data["date"],
            meeting=data["meeting"],
            user=self.request.user,
        )


class ProgressUpdateViewSet(SnippetViewSet):
    model = ProgressUpdate
    icon = "date"
    add_view_class = ProgressUpdateCreateView
    form_fields = ["action", "date", "text", "progress", "status", "meeting"]
    list_display = ["action", "date", "progress", "status"]
    list_filter = ["action"]


class WorkPlanEntryViewSet(SnippetViewSet):
    model = WorkPlanEntry
    icon = "calendar"
    form_fields = ["date", "activity", "responsible_members", "responsible_institutions", "resources"]
    list_display = ["date", "activity"]


class CoordinationViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Coordination")
    menu_icon = "group"
    items = (
        InstitutionViewSet,
        TeamMemberViewSet,
        ExpertViewSet,
        BodyViewSet,
        StrategicObjectiveViewSet,
        ActionViewSet,
        ProgressUpdateViewSet,
        WorkPlanEntryViewSet,
    )


register_snippet(CoordinationViewSetGroup)


@hooks.register("register_log_actions")
def register_coordination_actions(actions):
    for action, label, message in [
        ("create_meeting", _("Create a meeting"), _("Meeting created")),
        ("update_meeting", _("Change a meeting"), _("Meeting changed; invitees told")),
        ("cancel_meeting", _("Cancel a meeting"), _("Meeting cancelled; invitees told")),
        ("invite_members", _("Invite a body's members"), _("Members invited")),
        ("answer_invitation", _("Answer an invitation"), _("Invitation answered")),
        ("record_attendance", _("Record attendance"), _("Attendance recorded")),
        ("upload_minutes", _("Upload the minutes file"), _("Minutes file uploaded")),
        ("write_minutes", _("Write the minutes"), _("Minutes written")),
        ("add_action_item", _("Add an action item"), _("Action item added")),
        ("update_action_item", _("Update an action item"), _("Action item updated")),
        ("approve_minutes", _("Approve minutes"), _("Minutes approved")),
        ("publish_minutes", _("Publish minutes"), _("Minutes published")),
        ("add_progress_update", _("Add a progress update"), _("Progress update added")),
        ("create_action", _("Add an action to the action plan"), _("Action added to the action plan")),
    ]:
        actions.register_action(f"coordination.{action}", label, message)
