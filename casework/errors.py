"""The counter's refusals of bad input, each with its message in one place."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

MESSAGES = {
    "birth_year": _("Give a year of birth between 1900 and this year, or leave it empty."),
    "citizenship": _("Give the citizenship as a two-letter country code (XX if stateless or unknown)."),
    "language_code": _("Give languages as codes of two or three letters, separated by commas."),
    "consent": _("Registration needs the person's consent, or another lawful basis."),
    "future_date": _("The date cannot be in the future."),
    "old_date": _("The date is too far in the past."),
    "one_visitor": _("A contact with one person needs exactly one visitor."),
    "participants": _("A group session needs at least as many participants as visitors named."),
    "domains": _("Choose at least one domain."),
    "referral_institution": _("Choose one of the institutions this centre refers people to."),
    "outcome_without_referral": _("An outcome needs a referral."),
    "correction_reason": _("This month's report is already submitted: say why the data is corrected."),
    "group_only": _("Files are kept with information sessions for a group only."),
    "merge_same": _("A visitor cannot be merged with themselves."),
    "merged": _("This visitor was merged into another one."),
    "staff_of_centre": _("The caseworker and the deputy must work at the centre."),
    "deputy": _("The deputy must be someone other than the caseworker."),
    "vulnerabilities": _("Choose the vulnerability categories from the list."),
    "case_status": _("The case is not at a step where this can be done."),
    "assistance_kind": _("Choose the kind of assistance proposed."),
    "decision_note": _("Give the reason for refusing."),
    "outcome": _("Choose the outcome of the case."),
    "slot_full": _("This time is fully booked. Choose another one."),
    "slot_past": _("This time has already passed. Choose another one."),
    "reachable": _("Give an e-mail address or a phone number so that the centre can reach you."),
    "slot_times": _("The end must come after the start."),
    "appointment_status": _("This appointment cannot be changed any more."),
    "not_started": _("Attendance can be recorded once the appointment has started."),
    "report_month": _("A report can be submitted once its month has ended."),
    "report_status": _("The report is not at a step where this can be done."),
    "return_reason": _("Say what should be changed."),
    "unknown_code": _("No visitor has this code."),
    "period": _("Choose a first and a last month, in order, up to this month and at most ten years apart."),
    "unknown_visitor": _("Your centre has no such visitor; give the code the person showed instead."),
}


class CaseworkError(ValidationError):
    def __init__(self, key, **params):
        super().__init__(MESSAGES[key] % params if params else MESSAGES[key], code=key)
