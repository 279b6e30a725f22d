"""Object rules of events: who may run an event (see its attendees and their answers, check
people in, mark attendance, export the list)."""

from core.permissions import holds, rule

MANAGE_ATTENDEES = "events.manage_attendees"


@rule(MANAGE_ATTENDEES)
def organiser_of_event(user, event):
    """Coordinators run every event; anyone else only the events they are the organiser of.
    Editors publish events but do not see who registered: access needs are health details."""
    if holds(user, MANAGE_ATTENDEES):
        return True
    if event is None or user is None or not user.is_authenticated:
        return False
    return user.pk in {event.organiser_user_id, event.canonical().organiser_user_id}
