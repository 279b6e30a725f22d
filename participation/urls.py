from django.urls import path, register_converter

from .views import audiences, complaints, desk, public, surveys

app_name = "participation"


class ChoiceConverter:
    """A path segment that is one of a few fixed words, passed on as it is."""

    regex = ""

    def to_python(self, value):
        return value

    def to_url(self, value):
        return value


class KindConverter(ChoiceConverter):
    regex = "information|petition"


class ExportConverter(ChoiceConverter):
    regex = "xlsx|csv"


class StatisticsFormatConverter(ChoiceConverter):
    regex = "xlsx|pdf"


class YearConverter:
    regex = "(?:19|20|21)[0-9]{2}"

    def to_python(self, value):
        return int(value)

    def to_url(self, value):
        return f"{int(value):04d}"


register_converter(KindConverter, "case_kind")
register_converter(ExportConverter, "export_format")
register_converter(StatisticsFormatConverter, "statistics_format")
register_converter(YearConverter, "report_year")

urlpatterns = [
    path("participation/<case_kind:kind>/new/", desk.file_case, name="file_case"),
    path("participation/confirm/<str:token>/", desk.confirm, name="confirm"),
    path("participation/track/<str:token>/", desk.track, name="track"),
    path("participation/track/<str:token>/files/<int:attachment_id>/", desk.attachment, name="attachment"),
    path("participation/frequently-requested/", desk.frequently_requested, name="frequently_requested"),
    path(
        "participation/frequently-requested/<int:pk>/withdraw/",
        desk.withdraw_frequent_answer,
        name="withdraw_frequent_answer",
    ),
    path("participation/desk/", desk.desk, name="desk"),
    path("participation/desk/register/", desk.desk_register, name="desk_register"),
    path(
        "participation/desk/statistics/<report_year:year>.<statistics_format:file_format>",
        desk.desk_statistics,
        name="desk_statistics",
    ),
    path("participation/desk/<case_kind:kind>/<int:pk>/", desk.desk_case, name="desk_case"),
    path(
        "participation/desk/<case_kind:kind>/<int:pk>/files/<int:attachment_id>/",
        desk.desk_attachment,
        name="desk_attachment",
    ),
    path("participation/desk/<case_kind:kind>/<int:pk>/<str:action>/", desk.desk_action, name="desk_action"),
    path("participation/audiences/", audiences.audience_hours, name="audiences"),
    path("participation/desk/audiences/", audiences.audience_desk, name="audience_desk"),
    path(
        "participation/desk/audiences/<int:pk>/<str:action>/",
        audiences.audience_action,
        name="audience_action",
    ),
    path("participation/consultations/", public.consultation_list, name="consultations"),
    # Before the detail pattern, which "new" would otherwise match as a slug.
    path("participation/consultations/new/", public.consultation_new, name="consultation_new"),
    path("participation/consultations/<slug:slug>/", public.consultation_detail, name="consultation"),
    path("participation/consultations/<slug:slug>/edit/", public.consultation_edit, name="consultation_edit"),
    path(
        "participation/consultations/<slug:slug>/sections/<int:section_id>/comment/",
        public.comment,
        name="comment",
    ),
    path("participation/consultations/<slug:slug>/synthesis/", public.synthesis, name="synthesis"),
    path(
        "participation/consultations/<slug:slug>/synthesis.<export_format:file_format>",
        public.synthesis_export,
        name="synthesis_export",
    ),
    path("participation/consultations/<slug:slug>/moderation/", public.moderation, name="moderation"),
    path(
        "participation/consultations/<slug:slug>/moderation/<int:comment_id>/",
        public.moderate_comment,
        name="moderate_comment",
    ),
    path(
        "participation/consultations/<slug:slug>/decisions/<int:comment_id>/",
        public.decide_comment,
        name="decide_comment",
    ),
    path(
        "participation/consultations/<slug:slug>/decisions/<int:comment_id>/action/",
        public.proposal_action,
        name="proposal_action",
    ),
    path(
        "participation/consultations/<slug:slug>/synthesis/publish/",
        public.publish_synthesis,
        name="publish_synthesis",
    ),
    path("participation/surveys/<slug:slug>/", public.survey, name="survey"),
    path("participation/surveys/<slug:slug>/results/", public.survey_results, name="survey_results"),
    path(
        "participation/surveys/<slug:slug>/results.<export_format:file_format>",
        public.survey_results_export,
        name="survey_results_export",
    ),
    path("participation/desk/surveys/", surveys.survey_desk, name="survey_desk"),
    path("participation/desk/surveys/new/", surveys.survey_new, name="survey_new"),
    path("participation/desk/surveys/<slug:slug>/", surveys.survey_edit, name="survey_edit"),
    path("participation/desk/surveys/<slug:slug>/status/", surveys.survey_status, name="survey_status"),
    path("participation/desk/surveys/<slug:slug>/questions/new/", surveys.question_new, name="question_new"),
    path(
        "participation/desk/surveys/<slug:slug>/questions/<int:question_id>/",
        surveys.question_edit,
        name="question_edit",
    ),
    path(
        "participation/desk/surveys/<slug:slug>/questions/<int:question_id>/delete/",
        surveys.question_delete,
        name="question_delete",
    ),
    path(
        "participation/desk/surveys/<slug:slug>/translations/<str:language>/",
        surveys.survey_translate,
        name="survey_translate",
    ),
    path("participation/complaints/new/", complaints.complaint_new, name="complaint_new"),
    path("participation/complaints/<str:token>/", complaints.complaint_track, name="complaint_track"),
    path("participation/desk/complaints/", complaints.complaint_desk, name="complaint_desk"),
    path(
        "participation/desk/complaints/<int:pk>/answer/", complaints.complaint_answer, name="complaint_answer"
    ),
    path("participation/feedback/", public.feedback, name="feedback"),
    path("participation/feedback/report/", public.feedback_report, name="feedback_report"),
    path("participation/practices/", public.practice_list, name="practices"),
    path("participation/practices/new/", public.practice_submit, name="practice_submit"),
    path("participation/practices/compendium.pdf", public.practice_compendium, name="practice_compendium"),
    path("participation/practices/review/", public.practice_review_list, name="practice_review_list"),
    path("participation/practices/<int:pk>/", public.practice_detail, name="practice_detail"),
    path("participation/practices/<int:pk>/review/", public.practice_review, name="practice_review"),
    path("participation/practices/<int:pk>/adopt/", public.practice_adopt, name="practice_adopt"),
]
