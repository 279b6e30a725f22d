"""Object rules: the role (core/roles.py) says what kind of thing a person may do, these say to
which rows. Each rule decides alone (core.permissions), so each first asks what the role holds.
Without an object, a rule answers whether the person may do it anywhere."""

from core.permissions import holds, rule

from .access import centre_roles, is_network_coordinator, leads, works_at


def _scoped(perm, check):
    def decide(user, obj):
        if not holds(user, perm):
            return False
        return True if obj is None else bool(check(user, obj))

    rule(perm)(decide)
    return decide


def _coordinator_or_staff(user, centre_id):
    return is_network_coordinator(user) or works_at(user, centre_id)


def _visible_visitor(user, visitor):
    if _coordinator_or_staff(user, visitor.centre_id):
        return True
    return visitor.participations.filter(contact__centre_id__in=list(centre_roles(user))).exists()


def _works_on_case(user, case):
    return user.pk in (case.caseworker_id, case.deputy_id) or leads(user, case.centre_id)


CENTRE_SCOPED = {
    # Done at a centre (the object is the Centre).
    "casework.view_centre": lambda user, centre: _coordinator_or_staff(user, centre.pk),
    "casework.add_visitor": lambda user, centre: works_at(user, centre.pk),
    "casework.add_contact": lambda user, centre: works_at(user, centre.pk),
    "casework.change_contact": lambda user, centre: works_at(user, centre.pk),
    "casework.add_case": lambda user, centre: works_at(user, centre.pk),
    "casework.add_slot": lambda user, centre: works_at(user, centre.pk),
    "casework.add_appointment": lambda user, centre: works_at(user, centre.pk),
    "casework.change_slot": lambda user, centre: leads(user, centre.pk),
    "casework.delete_slot": lambda user, centre: leads(user, centre.pk),
    # Visitors: names and contacts stay with the centre that registered the person.
    "casework.view_visitor": _visible_visitor,
    "casework.view_identity": lambda user, visitor: works_at(user, visitor.centre_id),
    "casework.change_visitor": lambda user, visitor: works_at(user, visitor.centre_id),
    "casework.merge_visitor": lambda user, visitor: leads(user, visitor.centre_id),
    "casework.export_visitor": lambda user, visitor: leads(user, visitor.centre_id),
    # Cases: the assigned caseworker and deputy, their centre's lead; the coordinator reads.
    "casework.view_case": lambda user, case: is_network_coordinator(user) or _works_on_case(user, case),
    "casework.change_case": _works_on_case,
    "casework.view_appointment": lambda user, appointment: _coordinator_or_staff(
        user, appointment.slot.centre_id
    ),
    "casework.change_appointment": lambda user, appointment: works_at(user, appointment.slot.centre_id),
    "casework.view_monthlyreport": lambda user, report: _coordinator_or_staff(user, report.centre_id),
    "casework.change_monthlyreport": lambda user, report: leads(user, report.centre_id),
    "casework.submit_monthlyreport": lambda user, report: leads(user, report.centre_id),
}

for _perm, _check in CENTRE_SCOPED.items():
    _scoped(_perm, _check)
