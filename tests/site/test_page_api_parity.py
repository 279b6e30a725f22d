"""Parity between the pages and the API, app by app: every action a page offers (a form that
posts, found in the templates) has an API operation, and every API operation that changes
something has a page; otherwise the pair is listed below with the reason. A new form or a new
write endpoint without its counterpart fails here."""

import inspect
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver

PROJECT_PACKAGES = {*settings.PROJECT_APPS, "integration_site"}
WRITE_METHODS = {"post", "put", "patch", "delete"}

#: Page action (URL name) -> the API operation (operationId) that does the same through the same
#: service.
PAIRS = {
    "accounts:profile": "accounts_me_update",
    "accounts:delete": "accounts_me_delete",
    "accounts:api_tokens": "accounts_token_create",
    "accounts:revoke_api_token": "accounts_token_revoke",
    "events:register": "events_register",
    "events:cancel": "events_cancel",
    "events:check_in": "events_check_in",
    "events:issue_certificate": "events_issue_certificate",
    "mentoring:volunteer": "mentoring_volunteer_sign_up",
    "mentoring:request": "mentoring_request_mentor",
    "mentoring:withdraw": "mentoring_withdraw_request",
    "mentoring:respond": "mentoring_answer_match",
    "mentoring:check_in": "mentoring_log_check_in",
    "mentoring:rsvp": "mentoring_rsvp",
    "mentoring:coordinate_run": "mentoring_run_round",
    "mentoring:coordinate_proposal": "mentoring_decide_proposal",
    "coordination:meeting_create": "coordination_meeting_create",
    "coordination:meeting_edit": "coordination_meeting_update",
    "coordination:meeting_cancel": "coordination_meeting_cancel",
    "coordination:meeting_invite": "coordination_meeting_invite",
    "coordination:meeting_attendance": "coordination_meeting_attendance",
    "coordination:minutes_upload": "coordination_minutes_upload",
    "coordination:minutes_write": "coordination_minutes_write",
    "coordination:action_item_add": "coordination_action_item_create",
    "coordination:minutes_approve": "coordination_minutes_approve",
    "coordination:minutes_publish": "coordination_minutes_publish",
    "coordination:action_item_status": "coordination_action_item_status",
    "coordination:answer_my_invitation": "coordination_answer_invitation",
    "casework:find": "casework_find_visitor",
    "casework:log_contact": "casework_log_contact",
    "casework:report_approve": "casework_approve_report",
    "casework:counter": "casework_register_visitor",
    "casework:report_detail": "casework_submit_report",
    "casework:edit_case": "casework_update_case",
    "participation:audiences": "participation_request_audience",
    "participation:audience_action": "participation_audience_action",
    "participation:comment": "participation_comment",
    "participation:decide_comment": "participation_decide",
    "participation:desk_action": "participation_desk_action",
    "participation:desk_register": "participation_register",
    "participation:feedback": "participation_feedback",
    "participation:file_case": "participation_file_case",
    "participation:moderate_comment": "participation_moderate",
    "participation:practice_adopt": "participation_adopt_practice",
    "participation:practice_review": "participation_review_practice",
    "participation:practice_submit": "participation_submit_practice",
    "participation:publish_synthesis": "participation_publish_synthesis",
    "participation:survey": "participation_survey_respond",
    "participation:consultation_edit": "participation_consultation_update",
    "participation:survey_new": "participation_survey_create",
    "participation:survey_edit": "participation_survey_update",
    "participation:survey_status": "participation_survey_status",
    "participation:question_new": "participation_survey_question_add",
    "participation:question_edit": "participation_survey_question_update",
    "participation:question_delete": "participation_survey_question_delete",
    "participation:survey_translate": "participation_survey_translate",
    "participation:complaint_new": "participation_complaint_file",
    "participation:complaint_answer": "participation_complaint_answer",
}

#: Page actions without an API operation, and why.
PAGE_ONLY = {
    "account_logout": "allauth's headless API signs apps out (DELETE /api/auth/app/v1/auth/session)",
    "events:cancel_by_link": "a signed link in an e-mail; apps cancel with events_cancel",
    "mentoring:respond_by_link": "a signed link in an e-mail; apps answer with mentoring_answer_match",
    "coordination:answer_invitation": "a signed link in an e-mail; apps answer with coordination_answer_invitation",
    "casework:booking_confirm": "a signed link in an e-mail",
    "casework:booking_cancel": "a signed link in an e-mail",
    "core_bin_restore": "the administrators' bin, in Wagtail's admin only",
    "plone_import:index": "a one-off migration run by administrators in the admin",
    "plone_import:invite": "inviting imported Plone users, by administrators in the admin (or import_plone --invite)",
    "plone_invitations:accept": "a signed link in an invitation e-mail; apps use allauth's headless API",
    "mentoring:close": "not yet in the API (issue #15): pausing or ending a match",
    "mentoring:resume": "not yet in the API (issue #15): resuming a paused match",
    "mentoring:coordinate_volunteer": "not yet in the API (issue #15): vetting and training records",
    "mentoring:coordinate_meetups": "not yet in the API (issue #15): scheduling meetups",
    "mentoring:coordinate_resolve": "not yet in the API (issue #15): resolving a help request",
    "casework:group_session": "not yet in the API (issue #15): group sessions",
    "casework:personal_data": "not yet in the API (issue #15): the personal-data form",
    "casework:merge": "not yet in the API (issue #15): merging visitors",
    "casework:referral_outcome": "not yet in the API (issue #15): referral outcomes",
    "casework:registration_form": "a printed form (PDF) for the visitor to sign",
    "casework:open_case": "not yet in the API (issue #15): opening a case",
    "casework:case_step": "not yet in the API (issue #15): case steps",
    "casework:case_upload": "not yet in the API (issue #15): case documents",
    "casework:appointments": "not yet in the API (issue #15): the appointments desk",
    "casework:appointment_action": "not yet in the API (issue #15): appointment actions",
    "casework:book_slot": "not yet in the API (issue #15): public booking",
    "casework:report_return": "not yet in the API (issue #15): returning a report",
    "participation:track": "not yet in the API (issue #15): a complaint about a tracked case",
    "participation:audience_desk": "not yet in the API (issue #15): publishing audience slots",
    "casework:group_contact": "not yet in the API (issue #15): files of a group session",
    "home_submit_translation": "the translation editor in Wagtail's admin only",
    "participation:consultation_new": "not yet in the API (issue #15): publishing a consultation draft",
    "participation:proposal_action": "not yet in the API (issue #15): a proposal into the action plan",
    "participation:withdraw_frequent_answer": "not yet in the API (issue #15): frequently requested information",
}

#: API operations that change something without a page action, and why.
API_ONLY = {
    "participation_confirm": "the page confirms by the e-mailed link itself (a GET, participation:confirm)",
}


def url_callbacks(patterns=None, namespace=None):
    for pattern in get_resolver().url_patterns if patterns is None else patterns:
        if isinstance(pattern, URLResolver):
            inner = pattern.namespace or None
            full = f"{namespace}:{inner}" if namespace and inner else (inner or namespace)
            yield from url_callbacks(pattern.url_patterns, full)
        elif isinstance(pattern, URLPattern) and pattern.name:
            yield (f"{namespace}:{pattern.name}" if namespace else pattern.name), pattern.callback


FORM_TAG = re.compile(r"<form\b[^>]*>", re.S)
POSTS = re.compile(r"""method=["']post["']""", re.I)
ACTION_URL = re.compile(r"""action="\{%\s*url\s+['"]([\w:\-]+)['"]""")
INCLUDE = re.compile(r"""\{%\s*include\s+["']([\w/\-.]+)["']""")
TEMPLATE_NAME = re.compile(r"""["']([\w/\-]+\.html)["']""")


def project_templates():
    templates = {}
    for app in PROJECT_PACKAGES:
        root = Path(settings.BASE_DIR) / ("site" if app == "integration_site" else app) / "templates"
        for path in root.rglob("*.html"):
            templates[str(path.relative_to(root))] = path.read_text()
    return templates


def posting_forms(name, templates, seen=()):
    """(explicit action URL names, whether a form posts to the page itself) of a template and
    the templates it includes."""
    text = templates.get(name, "")
    targets, to_itself = set(), False
    for tag in FORM_TAG.findall(text):
        if POSTS.search(tag):
            action = ACTION_URL.search(tag)
            if action:
                targets.add(action.group(1))
            elif "action=" not in tag or 'action=""' in tag:
                to_itself = True
    for included in INCLUDE.findall(text):
        if included not in seen:
            more, itself = posting_forms(included, templates, (*seen, name))
            targets |= more
            to_itself = to_itself or itself
    return targets, to_itself


def page_actions():
    """URL names a form posts to: named in a form's action, or the page itself when its view
    renders a template with a form that posts back."""
    templates = project_templates()
    actions = set()
    for template in templates:
        actions |= posting_forms(template, templates)[0]
    for name, callback in url_callbacks():
        if getattr(callback, "__module__", "").split(".")[0] not in PROJECT_PACKAGES:
            continue
        try:
            source = inspect.getsource(inspect.unwrap(getattr(callback, "view_class", callback)))
        except (OSError, TypeError):
            continue
        if any(posting_forms(template, templates)[1] for template in TEMPLATE_NAME.findall(source)):
            actions.add(name)
    return actions


def write_operations():
    document = Client().get("/api/openapi.json").json()
    return {
        operation["operationId"]
        for route, operations in document["paths"].items()
        if not route.startswith("/api/v3/")
        for method, operation in operations.items()
        if method in WRITE_METHODS
    }


def app_of(name):
    return name.split(":")[0] if ":" in name else name.split("_")[0]


def by_app(names):
    grouped = {}
    for name in sorted(names):
        grouped.setdefault(app_of(name), []).append(name)
    return grouped


@pytest.mark.django_db
def test_every_page_action_has_an_api_operation_or_a_reason():
    actions = page_actions()
    missing = actions - set(PAIRS) - set(PAGE_ONLY)
    assert not missing, f"page actions without an API operation or a reason, by app: {by_app(missing)}"
    stale = (set(PAIRS) | set(PAGE_ONLY)) - actions
    assert not stale, f"rows for page actions that no longer exist: {by_app(stale)}"


@pytest.mark.django_db
def test_every_paired_operation_exists_and_every_write_operation_has_a_page_or_a_reason():
    operations = write_operations()
    unknown = set(PAIRS.values()) - operations
    assert not unknown, f"pairs naming operations that do not exist: {sorted(unknown)}"
    unpaired = operations - set(PAIRS.values()) - set(API_ONLY)
    assert not unpaired, f"write operations without a page action or a reason, by app: {by_app(unpaired)}"
