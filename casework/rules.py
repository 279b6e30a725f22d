"""Object rules: the role says what kind of thing a person may do, these say to which rows."""

from .access import centre_roles, is_network_coordinator, leads, rule, works_at


@rule("casework.view_centre")
def view_centre(user, centre):
    return is_network_coordinator(user) or works_at(user, centre.pk)


@rule("casework.add_visitor")
@rule("casework.add_contact")
@rule("casework.change_contact")
@rule("casework.add_case")
@rule("casework.add_slot")
@rule("casework.add_appointment")
def act_at_centre(user, centre):
    return works_at(user, centre.pk)


@rule("casework.change_slot")
@rule("casework.delete_slot")
def manage_slots(user, centre):
    return leads(user, centre.pk)


@rule("casework.view_visitor")
def view_visitor(user, visitor):
    if is_network_coordinator(user) or works_at(user, visitor.centre_id):
        return True
    return visitor.participations.filter(contact__centre_id__in=list(centre_roles(user))).exists()


@rule("casework.view_identity")
@rule("casework.change_visitor")
def registering_centre_staff(user, visitor):
    return works_at(user, visitor.centre_id)


@rule("casework.merge_visitor")
@rule("casework.export_visitor")
def registering_centre_lead(user, visitor):
    return leads(user, visitor.centre_id)


@rule("casework.view_case")
def open_case(user, case):
    return is_network_coordinator(user) or _works_on_case(user, case)


@rule("casework.change_case")
def change_case(user, case):
    return _works_on_case(user, case)


def _works_on_case(user, case):
    return user.pk in (case.caseworker_id, case.deputy_id) or leads(user, case.centre_id)


@rule("casework.view_appointment")
def view_appointment(user, appointment):
    return is_network_coordinator(user) or works_at(user, appointment.slot.centre_id)


@rule("casework.change_appointment")
def change_appointment(user, appointment):
    return works_at(user, appointment.slot.centre_id)


@rule("casework.view_monthlyreport")
def view_report(user, report):
    return is_network_coordinator(user) or works_at(user, report.centre_id)


@rule("casework.change_monthlyreport")
@rule("casework.submit_monthlyreport")
def lead_of_report_centre(user, report):
    return leads(user, report.centre_id)

