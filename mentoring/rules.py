"""Permissions of mentoring and the object rule deciding who sees a mentee's details."""

from core.permissions import holds, rule

COORDINATE = "mentoring.view_match"
SEE_CLOSED_PROGRAMMES = "mentoring.change_programme"
VET_VOLUNTEER = "mentoring.vet_volunteer"
RUN_ROUND = "mentoring.run_round"
DECIDE_PROPOSAL = "mentoring.change_proposal"
RESOLVE_HELP = "mentoring.change_checkin"
SCHEDULE_MEETUP = "mentoring.add_meetup"
#: Asked with a Match: may this person see the mentee's name and e-mail in it?
SEE_MENTEE = "mentoring.view_menteerequest"


@rule(SEE_MENTEE)
def mentee_visible(user, match):
    """Coordinators always; the mentee themselves; the mentor once both sides accepted."""
    if holds(user, SEE_MENTEE):
        return True
    if match is None or user is None or not user.is_authenticated:
        return False
    if user.pk == match.mentee_request.user_id:
        return True
    return user.pk == match.volunteer.user_id and match.mentee_details_visible_to_mentor
