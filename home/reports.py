"""The Wagtail admin report "Pages due for review": orientation pages never reviewed or whose
review interval has passed, in every language, for the people who can edit them."""

from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, DateColumn, LocaleColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.permissions import policy_registry

from .models import OrientationTopicPage

EDITING_ACTIONS = ["add", "change", "publish"]


def can_see_report(user):
    return policy_registry.get_by_type(OrientationTopicPage).user_has_any_permission(user, EDITING_ACTIONS)


class PagesDueForReviewView(ReportView):
    model = OrientationTopicPage
    page_title = _("Pages due for review")
    header_icon = "time"
    index_url_name = "home_reports:pages_due_for_review"
    index_results_url_name = "home_reports:pages_due_for_review_results"
    any_permission_required = EDITING_ACTIONS
    list_export = ["title", "locale", "topic", "last_reviewed", "review_due"]

    @cached_property
    def columns(self):
        return [
            TitleColumn("title", label=_("Title"), url_name="wagtailadmin_pages:edit"),
            LocaleColumn(),
            Column("get_topic_display", label=_("Topic")),
            DateColumn("last_reviewed", label=_("Last reviewed")),
            DateColumn("review_due", label=_("Review due")),
        ]

    def get_queryset(self):
        editable = self.permission_policy.instances_user_has_any_permission_for(
            self.request.user, ["change", "publish"]
        )
        return (
            OrientationTopicPage.stale_pages()
            .filter(pk__in=editable.values("pk"))
            .select_related("locale")
            .order_by("review_due", "title", "locale__language_code")
        )


class PagesDueForReviewMenuItem(MenuItem):
    def is_shown(self, request):
        return can_see_report(request.user)


def admin_urls():
    view = PagesDueForReviewView.as_view
    return [
        path("", view(), name="pages_due_for_review"),
        path("results/", view(results_only=True), name="pages_due_for_review_results"),
    ]


def menu_item():
    return PagesDueForReviewMenuItem(
        _("Pages due for review"),
        reverse("home_reports:pages_due_for_review"),
        name="pages-due-for-review",
        icon_name="time",
        order=650,
    )
