"""Audit entries for the counter: who did what, when, and whether through a page or the API.

Shaped like core.audit.record (landing on main); swap the body for it once merged. Entries name
only codes and ids: a person's data never goes into a log."""

from wagtail.log_actions import log

ACTIONS = {
    "casework.register": "Register a visitor",
    "casework.view_visitor": "Open a visitor",
    "casework.update_identity": "Change a visitor's name or contacts",
    "casework.attach_form": "Attach a registration form",
    "casework.view_form": "Open a registration form",
    "casework.merge": "Merge duplicate visitors",
    "casework.export": "Export a visitor's data",
    "casework.erase": "Erase a visitor's data",
    "casework.purge": "Erase names after the retention period",
    "casework.log_contact": "Log a contact",
    "casework.correct": "Correct data of a submitted month",
    "casework.open_case": "Open a case file",
    "casework.view_case": "Read a case file",
    "casework.update_case": "Update a case file",
    "casework.propose": "Propose assistance",
    "casework.approve": "Approve assistance",
    "casework.refuse": "Refuse assistance",
    "casework.close_case": "Close a case",
    "casework.add_slots": "Open appointment slots",
    "casework.book": "Book an appointment",
    "casework.confirm": "Confirm an appointment",
    "casework.cancel": "Cancel an appointment",
    "casework.attended": "Record attendance",
    "casework.no_show": "Record a no-show",
    "casework.report_edit": "Edit a monthly report",
    "casework.report_submit": "Submit a monthly report",
    "casework.report_approve": "Approve a monthly report",
    "casework.report_return": "Return a monthly report",
}


def record(action, instance, *, user=None, request=None, data=None):
    if action not in ACTIONS:
        raise ValueError(f"Unregistered audit action {action}")
    via = "api" if request is not None and getattr(request, "auth", None) is not None else "session"
    actor = user if user is not None and user.is_authenticated else None
    return log(instance, action, user=actor, data={**(data or {}), "via": via})
