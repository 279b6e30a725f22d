"""Coordinators set up programmes (with their own questions) and meetup venues in the Wagtail
admin; everything else happens in the mentoring coordination pages."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup

from .models import District, Programme, ProgrammeQuestion, Venue
from .privacy import is_coordinator


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
        return is_coordinator(request.user)


@hooks.register("register_admin_menu_item")
def register_coordination_link():
    return CoordinationMenuItem(
        _("Mentoring coordination"), reverse("mentoring:coordinate"), icon_name="tasks", order=900
    )
