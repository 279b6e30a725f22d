"""Coordinators set up programmes (with their own questions) and meetup venues in the Wagtail
admin; everything else happens in the mentoring coordination pages."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup

from core.permissions import may

from .models import District, Programme, ProgrammeQuestion, Venue
from .rules import COORDINATE


class ProgrammeViewSet(ModelViewSet):
    model = Programme
    icon = "group"
    list_display = ["name", "kind", "is_open"]
    form_fields = [
        "name",
        "slug",
        "kind",
        "description",
        "is_open",
        "gender_rule",
        "requires_background_check",
        "min_overlap_hours",
        "local_language",
        "weight_goals",
        "weight_skills",
        "weight_interests",
        "weight_distance",
        "weight_age",
    ]


class ProgrammeQuestionViewSet(ModelViewSet):
    model = ProgrammeQuestion
    icon = "help"
    list_display = ["text", "programme", "audience", "required"]
    form_fields = ["programme", "audience", "text", "required", "position"]


class VenueViewSet(ModelViewSet):
    model = Venue
    icon = "site"
    list_display = ["name", "kind", "district"]
    form_fields = ["name", "kind", "address", "district"]


class DistrictViewSet(ModelViewSet):
    """The centre's list of districts: people choose from it, and matching compares districts by it."""

    model = District
    icon = "site"
    list_display = ["name", "aliases"]
    form_fields = ["name", "aliases"]
    search_fields = ["name", "aliases"]
    search_backend_name = None  # a short list: Django's own filtering, no search index


class MentoringViewSetGroup(ModelViewSetGroup):
    menu_label = _("Mentoring")
    menu_icon = "group"
    items = (
        ProgrammeViewSet("mentoring_programmes"),
        ProgrammeQuestionViewSet("mentoring_questions"),
        VenueViewSet("mentoring_venues"),
        DistrictViewSet("mentoring_districts"),
    )


@hooks.register("register_admin_viewset")
def register_mentoring_viewsets():
    return MentoringViewSetGroup()


class CoordinationMenuItem(MenuItem):
    def is_shown(self, request):
        return may(request.user, COORDINATE)


@hooks.register("register_admin_menu_item")
def register_coordination_link():
    return CoordinationMenuItem(
        _("Mentoring coordination"), reverse("mentoring:coordinate"), icon_name="tasks", order=900
    )


@hooks.register("register_log_actions")
def register_mentoring_actions(actions):
    for action, label, message in [
        ("sign_up_volunteer", _("Sign up as a volunteer"), _("Volunteer signed up")),
        ("request_mentor", _("Ask for a mentor"), _("Mentor requested")),
        ("withdraw_request", _("Withdraw a request"), _("Request withdrawn")),
        ("vet_volunteer", _("Vet a volunteer"), _("Volunteer vetted")),
        ("record_training", _("Record a volunteer's training"), _("Training recorded")),
        ("run_round", _("Run a matching round"), _("Matching round run")),
        ("accept_proposal", _("Accept a proposed pair"), _("Proposed pair accepted")),
        ("reject_proposal", _("Reject a proposed pair"), _("Proposed pair rejected")),
        ("accept_match", _("Accept a match"), _("Match accepted")),
        ("decline_match", _("Decline a match"), _("Match declined")),
        ("log_check_in", _("Log a check-in"), _("Check-in logged")),
        ("resolve_help", _("Resolve a request for help"), _("Request for help resolved")),
        ("pause_match", _("Pause a match"), _("Match paused")),
        ("resume_match", _("Resume a match"), _("Match resumed")),
        ("end_match", _("End a match"), _("Match ended")),
        ("schedule_meetup", _("Schedule a meetup"), _("Meetup scheduled")),
    ]:
        actions.register_action(f"mentoring.{action}", label, message)
