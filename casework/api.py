"""The counter in the API, for centre staff and the network coordinator only. Thin: every
endpoint calls the same services and queries as the pages."""

import datetime
from typing import Annotated

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404
from ninja import Field, Router, Schema, Status

from core.api_errors import refusal as _refused
from integration_site.api_auth import signed_in

from . import services
from .access import is_network_coordinator, may, may_use_counter, require
from .errors import MESSAGES
from .errors import CaseworkError as Refusal
from .models import Case, Centre, MonthlyReport, Visitor
from .queries import visible_cases, visible_visitors
from .reports import figures, period_figures
from .services.reporting import next_month

router = Router(tags=["casework"])
DatabaseId = Annotated[int, Field(ge=1, le=2**63 - 1)]
Year = Annotated[int, Field(ge=2000, le=2199)]
Month = Annotated[int, Field(ge=1, le=12)]


class CaseworkError(Schema):
    detail: str


class CaseworkVisitorIn(Schema):
    centre_id: DatabaseId
    gender: str
    citizenship: str = Field(..., max_length=2)
    residence_category: str
    year_of_birth: int | None = Field(None, ge=1900, le=2200)
    languages: str = Field("", max_length=100)
    consent_statistics: bool = False
    consent_contact: bool = False
    consent_referral: bool = False


class CaseworkVisitorOut(Schema):
    id: int
    code: str
    centre_id: int
    registered_on: datetime.date
    year_of_birth: int | None
    gender: str
    citizenship: str
    residence_category: str
    languages: str


class CaseworkFindIn(Schema):
    code: str = Field(..., max_length=40)


class CaseworkContactIn(Schema):
    centre_id: DatabaseId
    #: Visitors the caller's centre registered (or any the network coordinator sees)...
    visitor_ids: list[DatabaseId] = Field([], max_length=500)
    #: ...or visitors of another centre, by the code the person showed at this desk.
    visitor_codes: list[Annotated[str, Field(max_length=40)]] = Field([], max_length=500)
    date: datetime.date
    service: str
    domains: list[str] = Field(..., max_length=8)
    channel: str
    language_used: str = Field("", max_length=10)
    language_help: str = "none"
    duration_minutes: int = Field(15, ge=1, le=600)
    referral_institution_id: DatabaseId | None = None
    follow_up_on: datetime.date | None = None
    note: str = Field("", max_length=500)
    is_group: bool = False
    participant_count: int | None = Field(None, ge=1, le=10000)
    correction_reason: str = Field("", max_length=1000)


class CaseworkContactOut(Schema):
    id: int
    date: datetime.date
    service: str
    channel: str
    late_entry: bool


class CaseworkCaseOut(Schema):
    id: int
    centre_id: int
    visitor_code: str = Field(..., alias="visitor.code")
    status: str
    opened_on: datetime.date
    assistance_kind: str


class CaseworkCaseIn(Schema):
    needs_assessment: str = Field(..., min_length=1, max_length=5000)
    goals: str = Field("", max_length=3000)
    vulnerabilities: list[str] = Field([], max_length=20)
    caseworker_id: DatabaseId
    deputy_id: DatabaseId | None = None


class CaseworkReportOut(Schema):
    id: int
    centre_id: int
    month: datetime.date
    status: str


def _counter(request):
    if not may_use_counter(request.user):
        raise PermissionDenied


ERRORS = {400: CaseworkError, 403: CaseworkError, 404: CaseworkError}


@router.post(
    "/visitors",
    response={201: CaseworkVisitorOut, **ERRORS},
    auth=signed_in,
    operation_id="casework_register_visitor",
)
def register_visitor(request, payload: CaseworkVisitorIn):
    _counter(request)
    centre = get_object_or_404(Centre, pk=payload.centre_id)
    data = payload.dict()
    data.pop("centre_id")
    try:
        visitor = services.register_visitor(user=request.user, centre=centre, request=request, **data)
    except ValidationError as error:
        return _refused(error)
    return Status(201, visitor)


@router.get(
    "/visitors",
    response={200: list[CaseworkVisitorOut], **ERRORS},
    auth=signed_in,
    operation_id="casework_visitors",
)
def list_visitors(request, limit: Annotated[int, Field(ge=1, le=200)] = 50):
    _counter(request)
    return list(visible_visitors(request.user)[:limit])


@router.post(
    "/visitors/find",
    response={200: CaseworkVisitorOut, **ERRORS},
    auth=signed_in,
    operation_id="casework_find_visitor",
)
def find_visitor(request, payload: CaseworkFindIn):
    """The code travels in the body, never in the URL."""
    visitor = services.find_by_code(request.user, payload.code)
    if visitor is None:
        return Status(404, {"detail": str(MESSAGES["unknown_code"])})
    return visitor


@router.post(
    "/contacts",
    response={201: CaseworkContactOut, **ERRORS},
    auth=signed_in,
    operation_id="casework_log_contact",
)
def log_contact(request, payload: CaseworkContactIn):
    _counter(request)
    centre = get_object_or_404(Centre, pk=payload.centre_id)
    require(request.user, "casework.add_contact", centre)
    by_id = list(Visitor.objects.filter(pk__in=payload.visitor_ids))
    # An id is no proof of having met the person: another centre's visitors are reached only
    # through their code, as at the counter.
    if len(by_id) != len(set(payload.visitor_ids)) or not all(
        may(request.user, "casework.view_visitor", visitor) for visitor in by_id
    ):
        return Status(404, {"detail": str(MESSAGES["unknown_visitor"])})
    by_code = [services.find_by_code(request.user, code) for code in payload.visitor_codes]
    if None in by_code:
        return Status(404, {"detail": str(MESSAGES["unknown_code"])})
    visitors = [*by_id, *by_code]
    data = payload.dict()
    for key in ("centre_id", "visitor_ids", "visitor_codes", "referral_institution_id"):
        data.pop(key)
    institution = None
    if payload.referral_institution_id:
        from coordination.models import Institution

        institution = get_object_or_404(Institution, pk=payload.referral_institution_id)
    try:
        contact = services.log_contact(
            request.user, centre, visitors=visitors, referral_institution=institution, request=request, **data
        )
    except ValidationError as error:
        return _refused(error)
    return Status(201, contact)


@router.get(
    "/cases", response={200: list[CaseworkCaseOut], **ERRORS}, auth=signed_in, operation_id="casework_cases"
)
def list_cases(request):
    _counter(request)
    return list(visible_cases(request.user)[:200])


@router.get(
    "/cases/{case_id}",
    response={200: CaseworkCaseOut, **ERRORS},
    auth=signed_in,
    operation_id="casework_case",
)
def read_case(request, case_id: DatabaseId):
    _counter(request)
    case = get_object_or_404(Case.objects.select_related("visitor"), pk=case_id)
    return services.read_case(request.user, case, request=request)


@router.put(
    "/cases/{case_id}",
    response={200: CaseworkCaseOut, **ERRORS},
    auth=signed_in,
    operation_id="casework_update_case",
)
def update_case(request, case_id: DatabaseId, payload: CaseworkCaseIn):
    """The same change as the case's edit page: assessment, goals, categories and caseworkers."""
    _counter(request)
    case = get_object_or_404(Case.objects.select_related("visitor"), pk=case_id)
    require(request.user, "casework.change_case", case)
    staff = get_user_model().objects.filter(centre_memberships__centre_id=case.centre_id)
    caseworker = staff.filter(pk=payload.caseworker_id).first()
    deputy = staff.filter(pk=payload.deputy_id).first() if payload.deputy_id else None
    if caseworker is None or (payload.deputy_id and deputy is None):
        return _refused(Refusal("staff_of_centre"))
    try:
        return services.update_case(
            request.user,
            case,
            needs_assessment=payload.needs_assessment,
            goals=payload.goals,
            vulnerabilities=payload.vulnerabilities,
            caseworker=caseworker,
            deputy=deputy,
            request=request,
        )
    except ValidationError as error:
        return _refused(error)


@router.get(
    "/reports",
    response={200: list[CaseworkReportOut], **ERRORS},
    auth=signed_in,
    operation_id="casework_reports",
)
def list_reports(request):
    from .queries import visible_reports

    _counter(request)
    return list(visible_reports(request.user)[:200])


@router.post(
    "/reports/{report_id}/submit",
    response={200: CaseworkReportOut, **ERRORS},
    auth=signed_in,
    operation_id="casework_submit_report",
)
def submit_report(request, report_id: DatabaseId):
    _counter(request)
    report = get_object_or_404(MonthlyReport, pk=report_id)
    try:
        return services.submit_report(request.user, report, request=request)
    except ValidationError as error:
        return _refused(error)


@router.post(
    "/reports/{report_id}/approve",
    response={200: CaseworkReportOut, **ERRORS},
    auth=signed_in,
    operation_id="casework_approve_report",
)
def approve_report(request, report_id: DatabaseId):
    _counter(request)
    report = get_object_or_404(MonthlyReport, pk=report_id)
    try:
        return services.approve_report(request.user, report, request=request)
    except ValidationError as error:
        return _refused(error)


@router.get(
    "/network/{year}/{month}",
    response={200: dict, **ERRORS},
    auth=signed_in,
    operation_id="casework_network_figures",
)
def network_figures(request, year: Year, month: Month):
    """The network's monthly figures (network coordinator only)."""
    if not is_network_coordinator(request.user):
        raise PermissionDenied
    return figures(datetime.date(year, month, 1))


@router.get(
    "/figures",
    response={200: dict, **ERRORS},
    auth=signed_in,
    operation_id="casework_period_figures",
)
def figures_of_period(
    request, first_month: datetime.date, last_month: datetime.date, centre_id: DatabaseId | None = None
):
    """The final report's figures: the months from first_month to last_month (any day of each)
    added up, for a centre the caller works at, or for the network (network coordinator only)."""
    _counter(request)
    if centre_id is None and not is_network_coordinator(request.user):
        raise PermissionDenied
    if centre_id is not None:
        require(request.user, "casework.view_centre", get_object_or_404(Centre, pk=centre_id))
    try:
        first, last = services.check_period(first_month, last_month)
    except ValidationError as error:
        return _refused(error)
    centre_ids = None if centre_id is None else [centre_id]
    return {
        "from": f"{first:%Y-%m}",
        "to": f"{last:%Y-%m}",
        **period_figures(first, next_month(last), centre_ids),
    }
