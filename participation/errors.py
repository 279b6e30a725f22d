"""The one error type of participation, with every message in one place."""

from django.utils.translation import gettext_lazy as _

MESSAGES = {
    "assignee_invalid": _("This person does not work at the desk."),
    "slot_times": _("An audience must end after it starts."),
    "slot_past": _("This audience slot has already passed."),
    "slot_full": _("This audience slot is full."),
    "not_open": _("This case is no longer open."),
    "already_registered": _("This request is already confirmed."),
    "link_expired": _("This confirmation link is not valid or has expired. Please file the request again."),
    "extension_too_late": _("The requester must be told of an extension within the first 10 days."),
    "already_extended": _("The term has already been extended."),
    "extension_too_long": _("A petition's term can be extended by at most 15 days."),
    "reason_required": _("Give the reason."),
    "complaint_too_late": _("A complaint can be made within 30 days of the answer or the refusal."),
    "complainant_required": _(
        "Give your name and e-mail address: a complaint without them cannot be considered."
    ),
    "complaint_answered": _("This complaint has already been answered."),
    "institution_required": _("Name the institution the case is forwarded to."),
    "anonymous_petition": _("Anonymous petitions are recorded and filed, not answered."),
    "answer_required": _("Write the answer."),
    "not_answered": _("Only an answered information request can be published."),
    "email_invalid": _("Enter a valid e-mail address."),
    "email_required": _("An e-mail address is required to file online."),
    "consultation_closed": _("Comments on this consultation are closed."),
    "comment_required": _("Write your comment."),
    "not_published": _("Only published comments can be decided on."),
    "decision_invalid": _("Choose accepted, partly accepted or rejected."),
    "undecided_proposals": _("Every proposal needs a decision before the synthesis is published."),
    "period_too_short": _("The law asks for at least 10 days of comments after the announcement."),
    "not_accepted": _("Only an accepted proposal becomes an action, and only once."),
    "consultation_started": _("The consultation has started: its opening date can no longer change."),
    "consultation_ended": _("The consultation has ended and can no longer be edited."),
    "closing_moved_earlier": _("While comments are open, the closing date can only move later."),
    "draft_locked": _("While comments are open, the draft's sections cannot change."),
    "survey_closed": _("This survey is closed."),
    "answer_invalid": _("One of the answers is not valid."),
    "answer_missing": _("Please answer every required question."),
    "survey_has_responses": _(
        "This survey already has answers: only the wording of its questions can change."
    ),
    "slug_taken": _("Another survey already uses this short name."),
    "question_invalid": _("Check the question: its kind, its choices and its scale."),
    "language_invalid": _("This language is not offered on this site."),
    "submission_other_survey": _("This submission belongs to another survey."),
    "practice_not_pending": _("This practice has already been reviewed."),
    "note_required": _("Tell the author what to change."),
    "already_adopted": _("This municipality has already adopted this practice."),
    "adopt_own": _("A practice is adopted by another municipality than its own."),
}


class ParticipationError(Exception):
    def __init__(self, code):
        self.code = code
        super().__init__(code)

    @property
    def message(self):
        return str(MESSAGES[self.code])
