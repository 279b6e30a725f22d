from django.urls import include, path
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import reports
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
    ]


@hooks.register("register_reports_menu_item")
def register_report_menu_item():
    return reports.menu_item()
