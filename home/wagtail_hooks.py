from django.urls import include, path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import admin_views, reports
from .models import ContactDetails


class ContactDetailsViewSet(SnippetViewSet):
    model = ContactDetails
    icon = "mail"
    list_display = ["organisation", "phone", "email"]


register_snippet(ContactDetailsViewSet)


@hooks.register("register_admin_urls")
def register_report_urls():
    return [
        path("reports/pages-due-for-review/", include((reports.admin_urls(), "home_reports"))),
        path(
            "translations/<int:translation_id>/submit-for-review/",
            admin_views.submit_translation,
            name="home_submit_translation",
        ),
    ]


@hooks.register("register_log_actions")
def register_home_actions(actions):
    actions.register_action(
        "home.submit_translation", _("Submit a translation for review"), _("Translation submitted for review")
    )


@hooks.register("register_reports_menu_item")
def register_report_menu_item():
    return reports.menu_item()
