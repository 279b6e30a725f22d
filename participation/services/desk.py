"""The civic desk: file, register, assign, extend, answer, refuse, forward and close information
requests (Law 544/2001) and petitions (OG 27/2002); complaints; alerts for due cases."""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from core.audit import record
from core.notify import notify

from .. import deadlines, links
from ..access import may, require
from ..errors import ParticipationError
from ..models import (
    OPEN_STATUSES,
    CaseAttachment,
    CaseStatus,
    Channel,
    Complaint,
    FrequentAnswer,
    InformationRequest,
    Outcome,
    Petition,
    RegisterCounter,
)
from ..uploads import check_answer_attachment

CASE_MODELS = {"information": InformationRequest, "petition": Petition}
HANDLE = "participation.handle_case"
CASE_FIELDS = ("requester_type", "domain", "name", "email", "postal_address", "subject", "body", "language")


def next_number(kind, year):
    """The next registration number of a register. The UPDATE locks the counter row until the
    surrounding transaction ends, so concurrent filings are numbered one after the other."""
    RegisterCounter.objects.bulk_create([RegisterCounter(kind=kind, year=year)], ignore_conflicts=True)
    RegisterCounter.objects.filter(kind=kind, year=year).update(last_number=F("last_number") + 1)
    return RegisterCounter.objects.get(kind=kind, year=year).last_number


def _register(case, now):
    case.registered_at = now
    case.year = timezone.localdate(now).year
    case.number = next_number(case.register_kind, case.year)
    case.due_on = case.compute_due_on()
    if isinstance(case, Petition) and case.anonymous:
        case.status = CaseStatus.FILED
        case.outcome = Outcome.FILED_ANONYMOUS
    else:
        case.status = CaseStatus.REGISTERED


def _tell_requester(case, template, **context):
    if not case.email or (isinstance(case, Petition) and case.anonymous):
        return
    notify(
        to=case.email,
        template_prefix=f"participation/email/{template}",
        context={
            "reference": case.reference,
            "subject": case.subject,
            "tracking_url": links.tracking_url(case),
            "due_on": case.due_on.isoformat() if case.due_on else "",
            **context,
        },
        language=case.language,
    )


def _clean(data):
    values = {field: (data.get(field) or "").strip() for field in CASE_FIELDS if field in data}
    return {key: value for key, value in values.items() if value != ""}


def file_online(kind, *, data, user=None, request=None):
    """Anyone files online. Signed in with a verified address: registered at once. Otherwise
    the case waits until the person clicks the signed link sent to the address they gave."""
    model = CASE_MODELS[kind]
    values = _clean(data)
    anonymous = kind == "petition" and bool(data.get("anonymous"))
    signed_in = bool(user and user.is_authenticated)
    if signed_in and not values.get("email"):
        values["email"] = user.email
    if not values.get("email"):
        raise ParticipationError("email_required")
    with transaction.atomic():
        case = model(channel=Channel.ONLINE, **values)
        if anonymous:
            case.anonymous = True
        if signed_in:
            case.requester = user
        if signed_in and _has_verified_email(user, case.email):
            case.email_verified_at = timezone.now()
            _register(case, case.email_verified_at)
            case.save()
            record("participation.file", case, user=user, request=request, data={"registered": True})
            _tell_requester(case, "registered")
        else:
            case.status = CaseStatus.UNVERIFIED
            case.save()
            record("participation.file", case, user=user, request=request, data={"registered": False})
            notify(
                to=case.email,
                template_prefix="participation/email/confirm",
                context={"subject": case.subject, "confirm_url": links.confirmation_url(case, request)},
                language=case.language,
            )
    return case


def _has_verified_email(user, email):
    from allauth.account.models import EmailAddress

    return EmailAddress.objects.filter(user=user, email__iexact=email, verified=True).exists()


def confirm_filing(token, *, request=None):
    """The person clicked the link: the case is registered and gets its number and terms."""
    found = links.read_confirmation_token(token)
    if not found or found[0] not in CASE_MODELS:
        raise ParticipationError("link_expired")
    kind, pk = found
    with transaction.atomic():
        case = CASE_MODELS[kind].objects.select_for_update().filter(pk=pk).first()
        if case is None:
            raise ParticipationError("link_expired")
        if case.status != CaseStatus.UNVERIFIED:
            return case
        case.email_verified_at = timezone.now()
        _register(case, case.email_verified_at)
        case.save()
        record("participation.confirm", case, request=request)
        _tell_requester(case, "registered")
    return case


def register_at_desk(kind, *, data, channel, user, request=None):
    """Staff register a case received on paper, by e-mail or by phone."""
    require(user, HANDLE)
    if channel not in {Channel.PAPER, Channel.EMAIL, Channel.PHONE}:
        raise ValueError(channel)
    with transaction.atomic():
        case = CASE_MODELS[kind](channel=channel, **_clean(data))
        if kind == "petition":
            case.anonymous = bool(data.get("anonymous")) or not (
                case.name and (case.email or case.postal_address)
            )
        _register(case, timezone.now())
        case.save()
        record("participation.register", case, user=user, request=request, data={"channel": channel})
        _tell_requester(case, "registered")
    return case


def _locked(case):
    return type(case).objects.select_for_update().get(pk=case.pk)


def _open_case(case, user):
    require(user, HANDLE, case)
    case = _locked(case)
    if case.status not in OPEN_STATUSES:
        raise ParticipationError("not_open")
    return case


def assign(case, *, assignee, user, request=None):
    if not may(assignee, HANDLE):
        raise ParticipationError("assignee_invalid")
    with transaction.atomic():
        case = _open_case(case, user)
        case.assignee = assignee
        case.status = CaseStatus.IN_PROGRESS
        case.save(update_fields=["assignee", "status"])
        record("participation.assign", case, user=user, request=request, data={"assignee": assignee.pk})
    return case


def extend(case, *, user, reason, days=deadlines.PETITION_MAX_EXTENSION_DAYS, request=None):
    """Law 544/2001 art. 7(1): tell the requester within 10 days that the answer needs up to 30.
    OG 27/2002 art. 9: extend a petition's 30 days by at most 15, once."""
    reason = (reason or "").strip()
    if not reason:
        raise ParticipationError("reason_required")
    with transaction.atomic():
        case = _open_case(case, user)
        if case.status == CaseStatus.EXTENDED:
            raise ParticipationError("already_extended")
        if isinstance(case, InformationRequest):
            if not deadlines.may_extend_information_request(case.registered_at):
                raise ParticipationError("extension_too_late")
            case.extension_notified_at = timezone.now()
        else:
            if not 1 <= days <= deadlines.PETITION_MAX_EXTENSION_DAYS:
                raise ParticipationError("extension_too_long")
            case.extension_days = days
        case.due_on = case.compute_due_on()
        case.status = CaseStatus.EXTENDED
        case.reason = reason
        case.save()
        record(
            "participation.extend", case, user=user, request=request, data={"due_on": case.due_on.isoformat()}
        )
        _tell_requester(case, "extended", reason=reason)
    return case


def save_draft(case, *, user, text, request=None):
    """Keep the answer being written on the case, for the desk only; the requester sees nothing
    until it is sent."""
    text = (text or "").strip()
    if not text:
        raise ParticipationError("answer_required")
    with transaction.atomic():
        case = _open_case(case, user)
        if isinstance(case, Petition) and case.anonymous:
            raise ParticipationError("anonymous_petition")
        case.draft = text[:20_000]
        case.save(update_fields=["draft"])
        record("participation.draft", case, user=user, request=request)
    return case


def answer(case, *, user, text, attachments=(), request=None):
    """Send the answer, with files kept private: only the requester's link and the desk see them."""
    text = (text or "").strip()
    if not text:
        raise ParticipationError("answer_required")
    for upload in attachments:
        check_answer_attachment(upload)
    with transaction.atomic():
        case = _open_case(case, user)
        if isinstance(case, Petition) and case.anonymous:
            raise ParticipationError("anonymous_petition")
        case.answer = text
        case.draft = ""
        case.outcome = Outcome.ANSWERED
        case.status = CaseStatus.ANSWERED
        case.answered_at = timezone.now()
        case.save()
        for upload in attachments:
            CaseAttachment.objects.create(
                **{_attachment_field(case): case}, file=upload, filename=upload.name[-200:]
            )
        record(
            "participation.answer",
            case,
            user=user,
            request=request,
            data={"attachments": len(attachments), "late": timezone.localdate() > case.due_on},
        )
        _tell_requester(case, "answered")
    return case


def _attachment_field(case):
    return "information_request" if isinstance(case, InformationRequest) else "petition"


def refuse(case, *, user, outcome, reason, request=None):
    """Law 544/2001 art. 7(2): a refusal gives its reason (exempt, or the information does not
    exist) and is due within 5 days; a late refusal is still recorded, and flagged as late."""
    if outcome not in {Outcome.REFUSED_EXEMPT, Outcome.REFUSED_NONEXISTENT}:
        raise ParticipationError("reason_required")
    reason = (reason or "").strip()
    if not reason:
        raise ParticipationError("reason_required")
    with transaction.atomic():
        case = _open_case(case, user)
        if not isinstance(case, InformationRequest):
            raise ParticipationError("not_open")
        late = not deadlines.may_still_refuse_information_request(case.registered_at)
        case.outcome = outcome
        case.status = CaseStatus.REFUSED
        case.reason = reason
        case.answered_at = timezone.now()
        case.save()
        record(
            "participation.refuse", case, user=user, request=request, data={"outcome": outcome, "late": late}
        )
        _tell_requester(case, "refused", reason=reason)
    return case


def redirect(case, *, user, institution, request=None):
    """OG 27/2002 art. 6^1: forward within 5 days to the institution that can answer, and tell
    the petitioner; the same for an information request another body holds."""
    institution = (institution or "").strip()
    if not institution:
        raise ParticipationError("institution_required")
    with transaction.atomic():
        case = _open_case(case, user)
        case.outcome = Outcome.REDIRECTED
        case.status = CaseStatus.REDIRECTED
        case.redirected_to = institution[:200]
        case.answered_at = timezone.now()
        if isinstance(case, Petition):
            case.forwarded_at = case.answered_at
        case.save()
        record(
            "participation.redirect",
            case,
            user=user,
            request=request,
            data={
                "institution": case.redirected_to,
                "late": timezone.localdate() > deadlines.forward_by(case.registered_at),
            },
        )
        _tell_requester(case, "redirected", institution=case.redirected_to)
    return case


def close(case, *, user, request=None):
    require(user, HANDLE, case)
    with transaction.atomic():
        case = _locked(case)
        if case.status in {CaseStatus.UNVERIFIED, CaseStatus.CLOSED} or case.status in OPEN_STATUSES:
            raise ParticipationError("not_open")
        case.status = CaseStatus.CLOSED
        case.closed_at = timezone.now()
        case.save(update_fields=["status", "closed_at"])
        record("participation.close", case, user=user, request=request)
    return case


def file_complaint(case, *, body, request=None):
    """The requester complains about the answer or the refusal (Law 544/2001 art. 21)."""
    body = (body or "").strip()
    if not body:
        raise ParticipationError("comment_required")
    if case.answered_at and not deadlines.may_still_complain(case.answered_at):
        raise ParticipationError("complaint_too_late")
    with transaction.atomic():
        complaint = Complaint.objects.create(
            **{_attachment_field(case): case}, name=case.name, email=case.email, body=body[:10_000]
        )
        record("participation.complaint", complaint, request=request, data={"case": case.reference})
    return complaint


def answer_complaint(complaint, *, user, text, justified, request=None):
    require(user, HANDLE, complaint)
    text = (text or "").strip()
    if not text:
        raise ParticipationError("answer_required")
    with transaction.atomic():
        complaint = Complaint.objects.select_for_update().get(pk=complaint.pk)
        if complaint.answered_at is not None:
            raise ParticipationError("complaint_answered")
        complaint.answer = text
        complaint.justified = bool(justified)
        complaint.answered_at = timezone.now()
        complaint.save()
        record(
            "participation.complaint_answer",
            complaint,
            user=user,
            request=request,
            data={"justified": justified, "late": timezone.localdate() > complaint.answer_by},
        )
    return complaint


def publish_frequent_answer(case, *, user, question, answer, request=None):
    """Publish an answered information request as frequently requested information, in the
    words staff chose (the requester's name and details are not carried over)."""
    require(user, HANDLE, case)
    question, answer = (question or "").strip(), (answer or "").strip()
    if not question or not answer:
        raise ParticipationError("answer_required")
    if not isinstance(case, InformationRequest) or case.outcome != Outcome.ANSWERED:
        raise ParticipationError("not_answered")
    with transaction.atomic():
        published = FrequentAnswer.objects.create(
            question=question[:300],
            answer=answer[:20_000],
            domain=case.domain,
            language=case.language,
            source=case,
            published_by=user,
        )
        record("participation.frequent_answer", published, user=user, request=request)
    return published


def withdraw_frequent_answer(published, *, user, request=None):
    require(user, HANDLE, published)
    with transaction.atomic():
        record("participation.frequent_answer_withdraw", published, user=user, request=request)
        published.delete()


def alert_due_cases(today=None):
    """One e-mail a day to each assignee listing their cases overdue or due within
    NEARLY_DUE_DAYS. Cases alerted today are skipped, so running this twice sends nothing more."""
    from accounts.models import preferred_language

    today = today or timezone.localdate()
    limit = today + timedelta(days=deadlines.NEARLY_DUE_DAYS)
    by_assignee = {}
    with transaction.atomic():
        for model in CASE_MODELS.values():
            due = (
                model.objects.select_for_update()
                .filter(status__in=OPEN_STATUSES, assignee__isnull=False, due_on__lte=limit)
                .exclude(alerted_on=today)
            )
            for case in due:
                by_assignee.setdefault(case.assignee_id, []).append(case)
                case.alerted_on = today
                case.save(update_fields=["alerted_on"])
        users = get_user_model().objects.in_bulk(list(by_assignee))
        for user_id, cases in by_assignee.items():
            user = users[user_id]
            language = preferred_language(user)
            notify(
                to=user.email,
                template_prefix="participation/email/due_alert",
                context={
                    "cases": [
                        {
                            "reference": case.reference,
                            "subject": case.subject,
                            "due_on": case.due_on.isoformat(),
                            "overdue": case.due_on < today,
                        }
                        for case in sorted(cases, key=lambda case: case.due_on)
                    ]
                },
                language=language,
            )
    return sum(len(cases) for cases in by_assignee.values())
