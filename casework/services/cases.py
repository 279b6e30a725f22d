"""Case files: open, update, propose assistance, the coordinator's decision, close."""

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from accounts.models import preferred_language
from core.audit import record
from core.notify import notify

from ..access import require
from ..choices import AssistanceKind, CaseOutcome, CaseStatus, Vulnerability
from ..errors import CaseworkError
from ..models import Case, CaseAction, CaseDocument, CentreMembership
from ..roles import NETWORK_COORDINATORS


def _check_team(centre, caseworker, deputy):
    staff = set(CentreMembership.objects.filter(centre=centre).values_list("user_id", flat=True))
    if caseworker is None or caseworker.pk not in staff or (deputy is not None and deputy.pk not in staff):
        raise CaseworkError("staff_of_centre")
    if deputy is not None and deputy.pk == caseworker.pk:
        raise CaseworkError("deputy")


def _check_vulnerabilities(values):
    values = list(dict.fromkeys(values))
    if any(value not in Vulnerability.values for value in values):
        raise CaseworkError("vulnerabilities")
    return values


def _lock(case):
    return Case.objects.select_for_update().select_related("centre", "visitor").get(pk=case.pk)


@transaction.atomic
def open_case(
    user,
    *,
    visitor,
    centre,
    caseworker,
    needs_assessment,
    deputy=None,
    vulnerabilities=(),
    goals="",
    request=None,
):
    require(user, "casework.add_case", centre)
    require(user, "casework.view_visitor", visitor)
    if visitor.merged_into_id:
        raise CaseworkError("merged")
    _check_team(centre, caseworker, deputy)
    case = Case(
        centre=centre,
        visitor=visitor,
        opened_on=timezone.localdate(),
        caseworker=caseworker,
        deputy=deputy,
        needs_assessment=needs_assessment.strip(),
        vulnerabilities=_check_vulnerabilities(vulnerabilities),
        goals=goals.strip(),
    )
    case.full_clean()
    case.save()
    record("casework.open_case", case, user=user, request=request, data={"visitor": visitor.code})
    return case


def read_case(user, case, *, request=None):
    """Opening a case file is itself recorded: who read which case, when."""
    require(user, "casework.view_case", case)
    record("casework.view_case", case, user=user, request=request)
    return case


@transaction.atomic
def update_case(
    user, case, *, needs_assessment, goals, vulnerabilities, caseworker=None, deputy=None, request=None
):
    case = _lock(case)
    require(user, "casework.change_case", case)
    if case.status == CaseStatus.CLOSED:
        raise CaseworkError("case_status")
    caseworker = caseworker or case.caseworker
    _check_team(case.centre, caseworker, deputy)
    case.needs_assessment, case.goals = needs_assessment.strip(), goals.strip()
    case.vulnerabilities = _check_vulnerabilities(vulnerabilities)
    case.caseworker, case.deputy = caseworker, deputy
    case.full_clean()
    case.save()
    record("casework.update_case", case, user=user, request=request)
    return case


@transaction.atomic
def add_action(user, case, *, description, due_on=None, done_on=None, request=None):
    case = _lock(case)
    require(user, "casework.change_case", case)
    action = CaseAction(
        case=case, description=description.strip(), due_on=due_on, done_on=done_on, recorded_by=user
    )
    action.full_clean()
    action.save()
    record("casework.update_case", case, user=user, request=request, data={"action": action.pk})
    return action


@transaction.atomic
def add_document(user, case, *, title, uploaded_file, request=None):
    from .uploads import check_upload

    case = _lock(case)
    require(user, "casework.change_case", case)
    check_upload(uploaded_file)
    document = CaseDocument(case=case, title=title.strip() or uploaded_file.name[:200], uploaded_by=user)
    document.file.save(uploaded_file.name, uploaded_file, save=False)
    document.save()
    record("casework.update_case", case, user=user, request=request, data={"document": document.pk})
    return document


@transaction.atomic
def propose_assistance(user, case, *, kind, details, request=None):
    case = _lock(case)
    require(user, "casework.change_case", case)
    if case.status not in (CaseStatus.OPEN, CaseStatus.REFUSED):
        raise CaseworkError("case_status")
    if kind not in AssistanceKind.values:
        raise CaseworkError("assistance_kind")
    case.status, case.assistance_kind, case.assistance_details = CaseStatus.PROPOSED, kind, details.strip()
    case.proposed_on = timezone.localdate()
    case.decided_by, case.decided_on, case.decision_note, case.assistance_approved = None, None, "", None
    case.save()
    record("casework.propose", case, user=user, request=request, data={"kind": kind})
    for coordinator in get_user_model().objects.filter(groups__name=NETWORK_COORDINATORS, is_active=True):
        notify(
            to=coordinator.email,
            template_prefix="casework/email/assistance_proposed",
            context={"case": case.pk, "centre": case.centre.name, "kind": kind},
            language=preferred_language(coordinator),
        )
    return case


def _decide(user, case, *, status, note, action, request):
    case = _lock(case)
    require(user, "casework.approve_assistance", case)
    if case.status != CaseStatus.PROPOSED:
        raise CaseworkError("case_status")
    if status == CaseStatus.REFUSED and not note.strip():
        raise CaseworkError("decision_note")
    case.status, case.decided_by, case.decided_on, case.decision_note = (
        status,
        user,
        timezone.localdate(),
        note.strip(),
    )
    case.assistance_approved = status == CaseStatus.APPROVED
    case.save()
    record(action, case, user=user, request=request)
    for person in filter(None, [case.caseworker, case.deputy]):
        notify(
            to=person.email,
            template_prefix="casework/email/assistance_decided",
            context={"case": case.pk, "approved": status == CaseStatus.APPROVED, "note": case.decision_note},
            language=preferred_language(person),
        )
    return case


@transaction.atomic
def approve_assistance(user, case, *, note="", request=None):
    return _decide(
        user, case, status=CaseStatus.APPROVED, note=note, action="casework.approve", request=request
    )


@transaction.atomic
def refuse_assistance(user, case, *, note, request=None):
    return _decide(
        user, case, status=CaseStatus.REFUSED, note=note, action="casework.refuse", request=request
    )


@transaction.atomic
def close_case(user, case, *, outcome, request=None):
    case = _lock(case)
    require(user, "casework.change_case", case)
    if case.status in (CaseStatus.CLOSED, CaseStatus.PROPOSED):
        raise CaseworkError("case_status")
    if outcome not in CaseOutcome.values:
        raise CaseworkError("outcome")
    case.status, case.outcome, case.closed_on = CaseStatus.CLOSED, outcome, timezone.localdate()
    case.save()
    record("casework.close_case", case, user=user, request=request, data={"outcome": outcome})
    return case
