"""Who may reach what: one row per URL pattern (by name) and per API operation (by operationId).
`test_access_matrix.py` fails when a URL or an operation has no row here.

A row is (method, arguments, allowed roles). Arguments name ids of `world.World.ids`; the objects
are chosen to be private where that matters (a members-only document, draft minutes, the
newcomer's own registration). "Allowed" means the request got past authentication and permission
(2xx, a redirect that is not to sign-in, or a 400 about the input); anything else must be refused
(401, 403, 404, or a redirect to sign-in or to the admin's start page). A 500 always fails.
A 422 (the body did not match the operation's schema, so nothing ran) proves nothing either way
and is accepted; the rows of this project's own operations carry valid bodies so they do prove."""

from django.utils import timezone

ANON = "anon"
EVERYONE = {"anon", "editor", "moderator", "coordinator", "member", "volunteer", "participant", "admin"}
SIGNED_IN = EVERYONE - {ANON}
ADMIN = {"admin"}
COORDINATORS = {"coordinator", "admin"}
TEAM = {"member", "coordinator", "admin"}
PUBLISHERS = {"editor", "moderator", "admin"}
NEWCOMER = {"participant", "admin"}
#: Who runs an event (events/rules.py): coordinators and the event's own organiser. Editors publish
#: events but do not see who registered: access needs are health details.
ORGANISERS = COORDINATORS

NOBODY = set()
#: Personal endpoints: only the person concerned (the demo newcomer) gets through.
OWNER = {"participant"}
#: The two people of the demo's mentoring match.
PAIR = {"volunteer", "participant"}

GET, POST, PUT, PATCH, DELETE = "GET", "POST", "PUT", "PATCH", "DELETE"

#: Apps whose pages and operations are tabled, role by role, in their own matrix test (with its
#: own world), which fails on a URL or operation without a row just as this one does.
DELEGATED = {
    "participation": "tests/participation/test_access_matrix.py",
}

#: URL name -> (method, url kwargs from world ids, allowed roles[, form data])
PAGES = {
    "healthz": (GET, {}, EVERYONE),
    "search": (GET, {}, EVERYONE),
    "search_suggest": (GET, {}, EVERYONE),
    "wagtail_serve": (GET, {}, EVERYONE),
    "accounts:profile": (GET, {}, SIGNED_IN),
    "accounts:export": (GET, {}, SIGNED_IN),
    "accounts:delete": (GET, {}, SIGNED_IN),
    "accounts:api_tokens": (POST, {}, SIGNED_IN, {"name": "matrix"}),
    "accounts:revoke_api_token": (POST, {"pk": "token_id"}, OWNER),
    "events:my_registrations": (GET, {}, SIGNED_IN),
    "events:cancel": (POST, {"registration_id": "registration_id"}, NEWCOMER | ORGANISERS),
    "events:check_in_qr": (GET, {"registration_id": "registration_id"}, OWNER),
    "events:certificate": (GET, {"registration_id": "registration_id"}, OWNER),
    "events:issue_certificate": (POST, {"registration_id": "registration_id"}, OWNER),
    "events:cancel_by_link": (GET, {"token": "cancel_token"}, NOBODY),
    # Public on purpose: an employer or a school checks a certificate by its code.
    "events:verify_certificate": (GET, {"code": "certificate_code"}, EVERYONE),
    "events:feed_all": (GET, {}, EVERYONE),
    "events:feed_kind": (GET, {"kind": "course_kind"}, EVERYONE),
    "events:feed_language": (GET, {"language": "ro_code"}, EVERYONE),
    "events:event_ics": (GET, {"event_id": "event_id"}, EVERYONE),
    "events:register": (POST, {"event_id": "open_event_id"}, SIGNED_IN),
    "events:attendees": (GET, {"event_id": "event_id"}, ORGANISERS),
    "events:attendees_csv": (GET, {"event_id": "event_id"}, ORGANISERS),
    "events:attendees_xlsx": (GET, {"event_id": "event_id"}, ORGANISERS),
    "events:check_in": (POST, {"event_id": "event_id"}, ORGANISERS, {"code": "NOPE"}),
    "events:attendance": (GET, {"event_id": "course_id", "session_id": "session_id"}, ORGANISERS),
    "mentoring:programmes": (GET, {}, EVERYONE),
    "mentoring:my": (GET, {}, SIGNED_IN),
    "mentoring:certificate": (GET, {}, SIGNED_IN),
    "mentoring:volunteer": (GET, {"slug": "slug"}, SIGNED_IN),
    "mentoring:request": (GET, {"slug": "slug"}, SIGNED_IN),
    "mentoring:withdraw": (POST, {"pk": "mentee_request_id"}, OWNER),
    "mentoring:respond": (POST, {"pk": "match_id"}, PAIR),
    "mentoring:check_in": (POST, {"pk": "match_id"}, PAIR),
    "mentoring:close": (POST, {"pk": "match_id"}, PAIR),
    "mentoring:resume": (POST, {"pk": "match_id"}, PAIR),
    # A forged link gets the same "this link is not valid" page (400) whoever asks.
    "mentoring:respond_by_link": (GET, {"token": "match_answer_token"}, EVERYONE),
    "mentoring:rsvp": (POST, {"pk": "meetup_id"}, OWNER),
    "mentoring:coordinate": (GET, {}, COORDINATORS),
    "mentoring:coordinate_volunteers": (GET, {}, COORDINATORS),
    "mentoring:coordinate_volunteer": (GET, {"pk": "volunteer_profile_id"}, COORDINATORS),
    "mentoring:coordinate_run": (GET, {"slug": "slug"}, COORDINATORS),
    "mentoring:coordinate_meetups": (GET, {"slug": "slug"}, COORDINATORS),
    "mentoring:coordinate_round": (GET, {"pk": "round_id"}, COORDINATORS),
    "mentoring:coordinate_proposal": (GET, {"pk": "proposal_id"}, COORDINATORS),
    "mentoring:coordinate_matches": (GET, {}, COORDINATORS),
    "mentoring:coordinate_resolve": (POST, {"pk": "check_in_id"}, COORDINATORS),
    "coordination:directory": (GET, {}, TEAM),
    "coordination:directory_csv": (GET, {}, TEAM),
    "coordination:directory_vcard": (GET, {}, TEAM),
    "coordination:dashboard": (GET, {}, TEAM),
    "coordination:meeting_create": (GET, {}, COORDINATORS),
    "coordination:meeting_detail": (GET, {"pk": "meeting_id"}, TEAM),
    "coordination:meeting_edit": (GET, {"pk": "meeting_id"}, COORDINATORS),
    "coordination:meeting_cancel": (POST, {"pk": "meeting_id"}, COORDINATORS),
    "coordination:meeting_invite": (POST, {"pk": "meeting_id"}, COORDINATORS),
    "coordination:meeting_attendance": (POST, {"pk": "meeting_id"}, COORDINATORS),
    "coordination:minutes_upload": (POST, {"pk": "meeting_id"}, COORDINATORS),
    "coordination:minutes_write": (POST, {"pk": "meeting_id"}, COORDINATORS),
    "coordination:action_item_add": (POST, {"pk": "meeting_id"}, COORDINATORS),
    "coordination:minutes_approve": (POST, {"pk": "meeting_id"}, COORDINATORS),
    "coordination:minutes_publish": (POST, {"pk": "meeting_id"}, COORDINATORS),
    "coordination:minutes_list": (GET, {}, EVERYONE),
    "coordination:minutes_detail": (GET, {"pk": "minutes_id"}, COORDINATORS),
    "coordination:minutes_file": (GET, {"pk": "minutes_id"}, COORDINATORS),
    "coordination:action_items": (GET, {}, TEAM),
    "coordination:action_item_status": (POST, {"pk": "item_id"}, TEAM, {"status": "in_progress"}),
    "coordination:my_items": (GET, {}, SIGNED_IN),
    "coordination:answer_my_invitation": (POST, {"pk": "invitation_id"}, {"member"}),
    "coordination:answer_invitation": (GET, {"token": "invitation_token"}, NOBODY),
    "coordination:work_plan": (GET, {}, TEAM),
    "coordination:action_plan": (GET, {}, EVERYONE),
    "coordination:report": (GET, {"year": "this_year", "format": "pdf_format"}, COORDINATORS),
    "core_bin": (GET, {}, ADMIN),
    "plone_import:index": (GET, {}, ADMIN),
    "plone_import:detail": (GET, {"pk": "plone_import_run_id"}, ADMIN),
    "plone_import:invite": (POST, {}, ADMIN),
    # A forged invitation gets the same "this link is not valid" page (400) whoever asks.
    "plone_invitations:accept": (GET, {"token": "plone_invitation_token"}, EVERYONE),
    "core_bin_restore": (POST, {"pk": "bin_entry_id"}, ADMIN),
    "home_reports:pages_due_for_review": (GET, {}, PUBLISHERS),
    "home_reports:pages_due_for_review_results": (GET, {}, PUBLISHERS),
    "home_submit_translation": (POST, {"translation_id": "translation_id"}, PUBLISHERS),
    "wagtailsnippets_coordination_progressupdate:add": (GET, {}, COORDINATORS),
    # The centres' counter: centre staff and the network coordinator (none of the demo roles here)
    # and administrators. Pages that act at the person's own desk (log a contact, a group
    # session) need a centre, which an administrator does not have. Booking is public.
    "casework:counter": (GET, {}, ADMIN),
    "casework:find": (POST, {}, ADMIN, {"code": "NOPE"}),
    "casework:group_session": (GET, {}, NOBODY),
    "casework:personal_data": (GET, {}, ADMIN),
    "casework:group_contact": (GET, {"pk": "group_contact_id"}, ADMIN),
    "casework:group_contact_file": (
        GET,
        {"pk": "group_contact_id", "attachment_pk": "group_contact_file_id"},
        ADMIN,
    ),
    "casework:visitor_detail": (GET, {"pk": "visitor_id"}, ADMIN),
    "casework:slip": (GET, {"pk": "visitor_id"}, ADMIN),
    "casework:registration_form": (POST, {"pk": "visitor_id"}, ADMIN, {}),
    "casework:log_contact": (GET, {"pk": "visitor_id"}, NOBODY),
    "casework:merge": (POST, {"pk": "visitor_id"}, ADMIN, {"code": "NOPE"}),
    "casework:referral_outcome": (POST, {"pk": "contact_id"}, ADMIN, {"outcome": "resolved"}),
    "casework:open_case": (GET, {"visitor_pk": "visitor_id"}, ADMIN),
    "casework:case_list": (GET, {}, ADMIN),
    "casework:case_detail": (GET, {"pk": "case_id"}, ADMIN),
    "casework:edit_case": (GET, {"pk": "case_id"}, ADMIN),
    "casework:case_step": (POST, {"pk": "case_id", "step": "case_step"}, ADMIN, {"description": ""}),
    "casework:case_upload": (POST, {"pk": "case_id"}, ADMIN, {}),
    "casework:case_document": (GET, {"pk": "case_id", "document_pk": "case_document_id"}, ADMIN),
    "casework:appointments": (GET, {}, ADMIN),
    "casework:appointment_action": (POST, {"pk": "appointment_id", "action": "appointment_verb"}, ADMIN, {}),
    "casework:report_list": (GET, {}, ADMIN),
    "casework:report_detail": (GET, {"pk": "report_id"}, ADMIN),
    "casework:report_approve": (POST, {"pk": "report_id"}, ADMIN, {}),
    "casework:report_return": (POST, {"pk": "report_id"}, ADMIN, {"reason": ""}),
    "casework:report_download": (
        GET,
        {"pk": "report_id", "kind": "download_kind", "fmt": "download_format"},
        ADMIN,
    ),
    "casework:network_report": (GET, {"year": "report_year", "month": "report_month"}, ADMIN),
    "casework:indicators": (GET, {}, ADMIN),
    "casework:period_report": (GET, {}, ADMIN),
    "casework:book": (GET, {}, EVERYONE),
    "casework:book_slot": (GET, {"slot_pk": "slot_id"}, EVERYONE),
    "casework:booking_confirm": (GET, {"token": "cancel_token"}, NOBODY),
    "casework:booking_cancel": (GET, {"token": "cancel_token"}, NOBODY),
}

#: operationId -> (allowed roles, JSON body or None); the method and path come from the document.
OPERATIONS = {
    "accounts_me_read": (SIGNED_IN, None),
    "accounts_me_update": (SIGNED_IN, {}),
    "accounts_me_delete": (SIGNED_IN, {"password": "integration-demo"}),
    "accounts_me_export": (SIGNED_IN, None),
    "accounts_tokens": (SIGNED_IN, None),
    "accounts_token_create": (SIGNED_IN, {"name": "matrix"}),
    # The demo newcomer's own token: nobody else revokes it.
    "accounts_token_revoke": (OWNER, None),
    # The same bundle for everyone: only what anonymous visitors may read is in it.
    "content_bundle": (EVERYONE, None),
    "library_documents_list": (EVERYONE, None),
    "library_document_detail": (TEAM, None),
    "events_list": (EVERYONE, None),
    "events_my_registrations": (SIGNED_IN, None),
    "events_detail": (EVERYONE, None),
    "events_register": (SIGNED_IN, {}),
    "events_cancel": (NEWCOMER | ORGANISERS, None),
    "events_attendees": (ORGANISERS, None),
    "events_check_in": (ORGANISERS, {"code": "NOPE"}),
    "events_issue_certificate": (OWNER, None),
    "events_certificate": (OWNER, None),
    "mentoring_programmes": (SIGNED_IN, None),
    "mentoring_districts": (SIGNED_IN, None),
    "mentoring_volunteer_sign_up": (SIGNED_IN, {}),
    "mentoring_request_mentor": (SIGNED_IN, {}),
    "mentoring_my_matches": (SIGNED_IN, None),
    "mentoring_my_requests": (SIGNED_IN, None),
    "mentoring_withdraw_request": (OWNER, None),
    "mentoring_my_meetups": (SIGNED_IN, None),
    "mentoring_rsvp": (OWNER, {"response": "yes"}),
    # Only a volunteer with logged hours has a certificate; everyone else gets 404.
    "mentoring_certificate": ({"volunteer"}, None),
    "mentoring_answer_match": (PAIR, {"accept": True}),
    "mentoring_check_ins": (PAIR, None),
    "mentoring_log_check_in": (PAIR, {"date": "2026-01-05", "minutes": 60, "note": "Bine"}),
    "mentoring_run_round": (COORDINATORS, {}),
    "mentoring_round": (COORDINATORS, None),
    "mentoring_round_proposals": (COORDINATORS, None),
    "mentoring_decide_proposal": (COORDINATORS, {"accept": False}),
    "casework_register_visitor": (ADMIN, {}),
    "casework_visitors": (ADMIN, None),
    "casework_find_visitor": (ADMIN, {"code": f"CJ-{timezone.localdate().year}-000001"}),
    "casework_log_contact": (ADMIN, {}),
    "casework_cases": (ADMIN, None),
    "casework_case": (ADMIN, None),
    "casework_update_case": (ADMIN, {"needs_assessment": "Evaluare", "caseworker_id": 1}),
    "casework_reports": (ADMIN, None),
    "casework_submit_report": (ADMIN, None),
    "casework_approve_report": (ADMIN, None),
    "casework_network_figures": (ADMIN, None),
    "casework_period_figures": (ADMIN, None),
    "coordination_directory": (TEAM, None),
    "coordination_bodies": (TEAM, None),
    "coordination_meetings": (TEAM, None),
    "coordination_meeting_create": (COORDINATORS, {}),
    "coordination_my_invitations": (SIGNED_IN, None),
    "coordination_answer_invitation": ({"member"}, {"answer": "attending"}),
    "coordination_minutes": (EVERYONE, None),
    "coordination_minutes_detail": (COORDINATORS, None),
    "coordination_action_items": (TEAM, None),
    "coordination_my_action_items": (SIGNED_IN, None),
    "coordination_action_item_status": (TEAM, {"status": "in_progress"}),
    "coordination_action_plan": (EVERYONE, None),
    "coordination_meeting_invite": (COORDINATORS, None),
    "coordination_meeting_update": (
        COORDINATORS,
        {
            "title": "Ședință mutată",
            "starts_at": "2027-03-01T10:00:00+02:00",
            "ends_at": "2027-03-01T12:00:00+02:00",
            "place": "Sala 1",
            "agenda": ["Deschidere"],
        },
    ),
    "coordination_meeting_cancel": (COORDINATORS, None),
    "coordination_meeting_attendance": (COORDINATORS, {}),
    "coordination_minutes_upload": (COORDINATORS, None),
    "coordination_minutes_write": (COORDINATORS, {}),
    "coordination_action_item_create": (COORDINATORS, {}),
    "coordination_minutes_approve": (COORDINATORS, {}),
    "coordination_minutes_publish": (COORDINATORS, {"audience": "members"}),
    # Wagtail's content API: reads are public (what is published and not restricted); writes
    # follow Wagtail's own page, collection and model permissions.
    "pages_list": (EVERYONE, None),
    "pages_find": (EVERYONE, None),
    "pages_detail": (EVERYONE, None),
    "pages_create": (PUBLISHERS, {}),
    "pages_update": (PUBLISHERS, {}),
    "pages_delete": ({"moderator", "admin"}, None),
    "pages_revisions_list": (PUBLISHERS, None),
    "pages_revisions_detail": (PUBLISHERS, None),
    "pages_actions_publish": ({"moderator", "admin"}, {}),
    "pages_actions_unpublish": ({"moderator", "admin"}, {}),
    "pages_actions_copy": ({"moderator", "admin"}, {}),
    "pages_actions_move": (PUBLISHERS, {}),
    "pages_actions_delete": ({"moderator", "admin"}, None),
    "pages_actions_revert": (PUBLISHERS, {}),
    "pages_actions_convert_alias": (PUBLISHERS, {}),
    "pages_actions_create_alias": ({"moderator", "admin"}, {}),
    "pages_actions_copy_for_translation": (PUBLISHERS, {}),
    "schema_list": (SIGNED_IN, None),
    "schema_detail": (SIGNED_IN, None),
    "sites_list": (ADMIN, None),
    "sites_create": (ADMIN, {}),
    "sites_detail": (ADMIN, None),
    "sites_update": (ADMIN, {}),
    "sites_delete": (ADMIN, None),
    "whoami": (SIGNED_IN, None),
    "redirects_list": (EVERYONE, None),
    "redirects_create": (ADMIN, {}),
    "redirects_find": (EVERYONE, None),
    "redirects_detail": (EVERYONE, None),
    "redirects_update": (ADMIN, {}),
    "redirects_delete": (ADMIN, None),
    "documents_list": (EVERYONE, None),
    "documents_create": (PUBLISHERS | COORDINATORS, {}),
    "documents_detail": (TEAM, None),
    "documents_update": (COORDINATORS, {}),
    "documents_delete": (COORDINATORS, None),
    "images_list": (EVERYONE, None),
    "images_create": (PUBLISHERS, {}),
    "images_detail": (EVERYONE, None),
    "images_update": (PUBLISHERS, {}),
    "images_delete": (PUBLISHERS, None),
}

#: Files, by how they are reached: name -> (path from world ids, allowed roles).
FILES = {
    "members-only library document": ("members_document_url", TEAM),
    "public library document": ("public_document_url", EVERYONE),
    "members-only document by its stored path": ("members_document_media_path", NOBODY),
    "draft minutes by their stored path": ("draft_minutes_media_path", NOBODY),
    "information session file by its stored path": ("group_contact_file_media_path", NOBODY),
}
