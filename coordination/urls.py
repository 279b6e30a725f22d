from django.urls import path, register_converter

from .views import directory, items, meetings, minutes, plans

app_name = "coordination"


class ReportFormatConverter:
    regex = "pdf|docx"

    def to_python(self, value):
        return value

    def to_url(self, value):
        return value


class YearConverter:
    """Years 1900-2199: outside them dates overflow once moved between time zones."""

    regex = "(?:19|20|21)[0-9]{2}"

    def to_python(self, value):
        return int(value)

    def to_url(self, value):
        return f"{int(value):04d}"


register_converter(ReportFormatConverter, "report_format")
register_converter(YearConverter, "year")

urlpatterns = [
    path("coordination/directory/", directory.directory, name="directory"),
    path("coordination/directory/export.csv", directory.directory_export_csv, name="directory_csv"),
    path("coordination/directory/export.vcf", directory.directory_export_vcard, name="directory_vcard"),
    path("coordination/", meetings.dashboard, name="dashboard"),
    path("coordination/meetings/new/", meetings.meeting_create, name="meeting_create"),
    path("coordination/meetings/<int:pk>/", meetings.meeting_detail, name="meeting_detail"),
    path("coordination/meetings/<int:pk>/edit/", meetings.meeting_edit, name="meeting_edit"),
    path("coordination/meetings/<int:pk>/cancel/", meetings.meeting_cancel, name="meeting_cancel"),
    path("coordination/meetings/<int:pk>/invite/", meetings.meeting_invite, name="meeting_invite"),
    path(
        "coordination/meetings/<int:pk>/attendance/", meetings.meeting_attendance, name="meeting_attendance"
    ),
    path("coordination/meetings/<int:pk>/minutes/upload/", meetings.minutes_upload, name="minutes_upload"),
    path("coordination/meetings/<int:pk>/minutes/write/", meetings.minutes_write, name="minutes_write"),
    path("coordination/meetings/<int:pk>/action-items/", meetings.action_item_add, name="action_item_add"),
    path("coordination/meetings/<int:pk>/minutes/approve/", meetings.minutes_approve, name="minutes_approve"),
    path("coordination/meetings/<int:pk>/minutes/publish/", meetings.minutes_publish, name="minutes_publish"),
    path("coordination/minutes/", minutes.minutes_list, name="minutes_list"),
    path("coordination/minutes/<int:pk>/", minutes.minutes_detail, name="minutes_detail"),
    path("coordination/minutes/<int:pk>/file/", minutes.minutes_file, name="minutes_file"),
    path("coordination/action-items/", items.action_items, name="action_items"),
    path("coordination/action-items/<int:pk>/status/", items.action_item_status, name="action_item_status"),
    path("coordination/my/", items.my_items, name="my_items"),
    path("coordination/my/invitations/<int:pk>/", items.answer_my_invitation, name="answer_my_invitation"),
    path("coordination/invitations/<str:token>/", items.answer_invitation, name="answer_invitation"),
    path("coordination/work-plan/", plans.work_plan, name="work_plan"),
    path("coordination/action-plan/", plans.action_plan, name="action_plan"),
    path("coordination/report/<year:year>.<report_format:format>", plans.report, name="report"),
]
