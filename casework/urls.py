from django.urls import path, register_converter

from .views import appointments, cases, counter, reports

app_name = "casework"


class ChoiceConverter:
    def __init__(self, *choices):
        self.regex = "|".join(choices)

    def to_python(self, value):
        return value

    def to_url(self, value):
        return value


class StepConverter(ChoiceConverter):
    def __init__(self):
        super().__init__("propose", "approve", "refuse", "close", "action")


class AppointmentActionConverter(ChoiceConverter):
    def __init__(self):
        super().__init__("confirm", "attended", "no-show", "cancel")


class DownloadConverter(ChoiceConverter):
    def __init__(self):
        super().__init__("figures", "beneficiaries")


class FormatConverter(ChoiceConverter):
    def __init__(self):
        super().__init__("xlsx", "pdf", "csv")


class YearConverter:
    regex = "(?:19|20|21)[0-9]{2}"

    def to_python(self, value):
        return int(value)

    def to_url(self, value):
        return f"{int(value):04d}"


class MonthConverter:
    regex = "0[1-9]|1[0-2]"

    def to_python(self, value):
        return int(value)

    def to_url(self, value):
        return f"{int(value):02d}"


register_converter(StepConverter, "case_step")
register_converter(AppointmentActionConverter, "appointment_action")
register_converter(DownloadConverter, "download")
register_converter(FormatConverter, "fmt")
register_converter(YearConverter, "cw_year")
register_converter(MonthConverter, "cw_month")

urlpatterns = [
    path("counter/", counter.counter, name="counter"),
    path("counter/find/", counter.find, name="find"),
    path("counter/group-session/", counter.group_session, name="group_session"),
    path("counter/group-sessions/<int:pk>/", counter.group_contact, name="group_contact"),
    path(
        "counter/group-sessions/<int:pk>/files/<int:attachment_pk>/",
        counter.group_contact_file,
        name="group_contact_file",
    ),
    path("counter/personal-data/", counter.personal_data, name="personal_data"),
    path("counter/visitors/<int:pk>/", counter.visitor_detail, name="visitor_detail"),
    path("counter/visitors/<int:pk>/slip/", counter.slip, name="slip"),
    path("counter/visitors/<int:pk>/form/", counter.registration_form, name="registration_form"),
    path("counter/visitors/<int:pk>/contact/", counter.log_contact, name="log_contact"),
    path("counter/visitors/<int:pk>/merge/", counter.merge, name="merge"),
    path("counter/contacts/<int:pk>/outcome/", counter.referral_outcome, name="referral_outcome"),
    path("counter/visitors/<int:visitor_pk>/open-case/", cases.open_case, name="open_case"),
    path("counter/cases/", cases.case_list, name="case_list"),
    path("counter/cases/<int:pk>/", cases.case_detail, name="case_detail"),
    path("counter/cases/<int:pk>/edit/", cases.edit_case, name="edit_case"),
    path("counter/cases/<int:pk>/<case_step:step>/", cases.case_step, name="case_step"),
    path("counter/cases/<int:pk>/documents/", cases.upload_case_document, name="case_upload"),
    path("counter/cases/<int:pk>/documents/<int:document_pk>/", cases.case_document, name="case_document"),
    path("counter/appointments/", appointments.appointments, name="appointments"),
    path(
        "counter/appointments/<int:pk>/<appointment_action:action>/",
        appointments.appointment_action,
        name="appointment_action",
    ),
    path("counter/reports/", reports.report_list, name="report_list"),
    path("counter/reports/<int:pk>/", reports.report_detail, name="report_detail"),
    path(
        "counter/reports/<int:pk>/approve/",
        reports.report_decide,
        {"decision": "approve"},
        name="report_approve",
    ),
    path(
        "counter/reports/<int:pk>/return/",
        reports.report_decide,
        {"decision": "return"},
        name="report_return",
    ),
    path(
        "counter/reports/<int:pk>/<download:kind>.<fmt:fmt>", reports.report_download, name="report_download"
    ),
    path("counter/indicators/", reports.indicators_page, name="indicators"),
    path("counter/period/", reports.period_report, name="period_report"),
    path("counter/network/<cw_year:year>-<cw_month:month>/", reports.network_report, name="network_report"),
    path("appointments/", appointments.book, name="book"),
    path("appointments/<int:slot_pk>/", appointments.book_slot, name="book_slot"),
    path("appointments/confirm/<str:token>/", appointments.booking_confirm, name="booking_confirm"),
    path("appointments/cancel/<str:token>/", appointments.booking_cancel, name="booking_cancel"),
]
