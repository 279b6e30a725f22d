"""Who may run an event: see its attendees, check people in, mark attendance, export the list."""

from accounts.roles import COORDINATORS, EDITORS, has_role


def can_organise(user, event):
    if not user.is_authenticated:
        return False
    if has_role(user, COORDINATORS, EDITORS):
        return True
    return user.pk in {event.organiser_user_id, event.canonical().organiser_user_id}
