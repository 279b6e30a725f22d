"""The counter's operations. Each is one transaction that checks permission, writes and audits;
pages, the API and the admin call these and nothing else to change data."""

from .appointments import (
    book_appointment,
    cancel_appointment,
    confirm_appointment,
    create_slot,
    mark_attended,
    mark_no_show,
    release_unconfirmed,
    send_due_reminders,
)
from .cases import (
    add_action,
    add_document,
    approve_assistance,
    close_case,
    open_case,
    propose_assistance,
    read_case,
    refuse_assistance,
    update_case,
)
from .contacts import attach_to_group_session, log_contact, record_referral_outcome
from .personal_data import erase_visitor, export_visitor, purge_expired_identities
from .reporting import (
    approve_report,
    check_period,
    edit_report,
    late_reports,
    remind_centres,
    report_for,
    return_report,
    submit_report,
    tell_coordinator_who_is_late,
)
from .visitors import (
    attach_registration_form,
    find_by_code,
    merge_duplicates,
    register_visitor,
    update_identity,
)

__all__ = [
    "add_action",
    "add_document",
    "approve_assistance",
    "approve_report",
    "check_period",
    "attach_to_group_session",
    "attach_registration_form",
    "book_appointment",
    "cancel_appointment",
    "close_case",
    "confirm_appointment",
    "create_slot",
    "edit_report",
    "erase_visitor",
    "export_visitor",
    "find_by_code",
    "late_reports",
    "log_contact",
    "mark_attended",
    "mark_no_show",
    "merge_duplicates",
    "open_case",
    "propose_assistance",
    "purge_expired_identities",
    "read_case",
    "record_referral_outcome",
    "refuse_assistance",
    "register_visitor",
    "release_unconfirmed",
    "remind_centres",
    "report_for",
    "return_report",
    "send_due_reminders",
    "submit_report",
    "tell_coordinator_who_is_late",
    "update_case",
    "update_identity",
]
