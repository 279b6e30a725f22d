"""Every write of participation says who did what, when, and how (session or API token), in
Wagtail's log, so it shows in the admin's history and reports."""

from wagtail.log_actions import log
from wagtail.models.api import APIToken

ACTIONS = {
    "participation.file": "Case filed",
    "participation.confirm": "Filing confirmed by e-mail",
    "participation.register": "Case registered at the desk",
    "participation.assign": "Case assigned",
    "participation.extend": "Term extended",
    "participation.answer": "Case answered",
    "participation.refuse": "Request refused",
    "participation.redirect": "Case forwarded to another institution",
    "participation.close": "Case closed",
    "participation.view": "Case read by staff",
    "participation.complaint": "Complaint registered",
    "participation.complaint_answer": "Complaint answered",
    "participation.consultation": "Consultation created",
    "participation.comment": "Comment submitted",
    "participation.moderate": "Comment moderated",
    "participation.decide": "Decision on a proposal",
    "participation.synthesis": "Synthesis published",
    "participation.survey_response": "Survey response received",
    "participation.feedback": "Page feedback received",
    "participation.practice_submit": "Good practice submitted",
    "participation.practice_review": "Good practice reviewed",
    "participation.practice_adopt": "Good practice adopted",
}


def record(action, instance, *, user=None, request=None, data=None):
    via = "anonymous"
    if request is not None and isinstance(getattr(request, "auth", None), APIToken):
        via = "token"
    elif user is not None and user.is_authenticated:
        via = "session"
    if user is not None and not user.is_authenticated:
        user = None
    log(instance, action, user=user, data={**(data or {}), "via": via})
