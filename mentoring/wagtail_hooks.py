"""Coordinators set up programmes (with their own questions) and meetup venues in the Wagtail
admin; everything else happens in the mentoring coordination pages."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup

from core.permissions import may

from .models import Programme, ProgrammeQuestion, Venue
from .rules import COORDINATE


class ProgrammeViewSet(ModelViewSet):
    model = Programme
    icon = "group"
    list_display = ["name", "kind", "is_open"]
    form_fields = [
        "name", "slug", "kind", "description", "is_open", "gender_rule", "requires_background_check",
        "min_overlap_hours", "local_language", "weight_goals", "weight_skills", "weight_interests",
        "weight_distance", "weight_age",
    ]  # fmt: skip


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


class MentoringViewSetGroup(ModelViewSetGroup):
    menu_label = _("Mentoring")
    menu_icon = "group"
    items = (ProgrammeViewSet("mentoring_programmes"), ProgrammeQuestionViewSet("mentoring_questions"),
             VenueViewSet("mentoring_venues"))  # fmt: skip


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
