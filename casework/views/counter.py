"""The counter: register a visitor in a few taps, find one by code, see and serve them."""

import json
from pathlib import PurePosixPath

import segno
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from core.audit import record
from core.files import serve_private

from .. import services
from ..access import may, require
from ..choices import ReferralOutcome
from ..forms import ContactForm, FindByCodeForm, GroupContactForm, PersonalDataForm, RegisterVisitorForm
from ..models import Contact, ContactAttachment, Visitor, VisitorIdentity
from ..queries import contacts_of, follow_ups_due, possible_duplicates, visible_centres, visible_visitors
from .common import add_errors, counter_required, get_allowed

FOUND_KEY = "casework_found_visitors"


def _my_centre(request):
    """The centre the person works at (the one chosen, when they work at several)."""
    centres = [
        c for c in visible_centres(request.user) if request.user.centre_memberships.filter(centre=c).exists()
    ]
    chosen = request.POST.get("centre") or request.GET.get("centre")
    for centre in centres:
        if str(centre.pk) == chosen:
            return centre
    return centres[0] if centres else None


@counter_required
def counter(request):
    centre = _my_centre(request)
    form = RegisterVisitorForm(request.POST or None)
    if request.method == "POST" and centre is not None and form.is_valid():
        try:
            visitor = services.register_visitor(
                user=request.user, centre=centre, request=request, **form.cleaned_data
            )
        except ValidationError as error:
            add_errors(form, error)
        else:
            messages.success(request, _("Registered with the code %(code)s.") % {"code": visitor.code})
            return redirect("casework:visitor_detail", pk=visitor.pk)
    recent = visible_visitors(request.user)[:20]
    sessions = (
        Contact.objects.filter(is_group=True, centre__in=visible_centres(request.user))
        .select_related("centre")
        .order_by("-date", "-pk")[:10]
    )
    return render(
        request,
        "casework/counter.html",
        {
            "centre": centre,
            "form": form,
            "find_form": FindByCodeForm(),
            "recent": recent,
            "sessions": sessions,
            "follow_ups": follow_ups_due(request.user)[:50],
            "today": timezone.localdate(),
        },
    )


@counter_required
@require_POST
def find(request):
    form = FindByCodeForm(request.POST)
    visitor = services.find_by_code(request.user, form.data.get("code", "")) if form.is_valid() else None
    if visitor is None:
        messages.error(request, _("No visitor has this code."))
        return redirect("casework:counter")
    # Staff of another centre reach the person only through the code the person showed them.
    if request.user.centre_memberships.exists():
        found = request.session.get(FOUND_KEY, [])
        request.session[FOUND_KEY] = [visitor.pk, *[pk for pk in found if pk != visitor.pk]][:20]
    return redirect("casework:visitor_detail", pk=visitor.pk)


def _visitor_for_counter(request, pk):
    """A visitor staff may serve: one they see, or one whose code they were shown at their desk."""
    visitor = get_object_or_404(Visitor.objects.select_related("centre"), pk=pk, merged_into__isnull=True)
    shown_code = visitor.pk in request.session.get(FOUND_KEY, [])
    if not (may(request.user, "casework.view_visitor", visitor) or shown_code):
        raise PermissionDenied
    return visitor


@counter_required
def visitor_detail(request, pk):
    visitor = _visitor_for_counter(request, pk)
    record("casework.view_visitor", visitor, user=request.user, request=request)
    identity = None
    if may(request.user, "casework.view_identity", visitor):
        identity = VisitorIdentity.objects.filter(visitor=visitor).first()
    contacts = contacts_of(visitor)[:100] if may(request.user, "casework.view_visitor", visitor) else []
    return render(
        request,
        "casework/visitor_detail.html",
        {
            "visitor": visitor,
            "identity": identity,
            "contacts": contacts,
            "may_see_identity": may(request.user, "casework.view_identity", visitor),
            "outcomes": ReferralOutcome.choices,
            "duplicates": possible_duplicates(visitor)
            if may(request.user, "casework.merge_visitor", visitor)
            else [],
            "cases": visitor.cases.select_related("caseworker")
            if may(request.user, "casework.view_visitor", visitor)
            else [],
        },
    )


@counter_required
def slip(request, pk):
    visitor = _visitor_for_counter(request, pk)
    qr = segno.make(visitor.code, error="m")
    return render(request, "casework/slip.html", {"visitor": visitor, "qr_svg": qr.svg_inline(scale=5)})


@counter_required
def registration_form(request, pk):
    visitor = get_allowed(Visitor.objects.all(), "casework.view_identity", request.user, pk=pk)
    if request.method == "POST":
        try:
            services.attach_registration_form(
                request.user, visitor, request.FILES.get("file"), request=request
            )
        except ValidationError:
            messages.error(request, _("Upload a PDF, JPEG or PNG file."))
        else:
            messages.success(request, _("The registration form is attached."))
        return redirect("casework:visitor_detail", pk=visitor.pk)
    if not visitor.registration_form:
        raise Http404
    record("casework.view_form", visitor, user=request.user, request=request)
    suffix = PurePosixPath(visitor.registration_form.name).suffix
    return serve_private(request, visitor.registration_form, filename=f"{visitor.code}-form{suffix}")


@counter_required
def log_contact(request, pk):
    visitor = _visitor_for_counter(request, pk)
    centre = _my_centre(request)
    if centre is None:
        raise PermissionDenied
    form = ContactForm(request.POST or None, centre=centre, initial={"date": timezone.localdate()})
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            services.log_contact(request.user, centre, visitors=[visitor], request=request, **data)
        except ValidationError as error:
            add_errors(form, error)
        else:
            messages.success(request, _("The contact is logged."))
            return redirect("casework:visitor_detail", pk=visitor.pk)
    return render(request, "casework/contact_form.html", {"form": form, "visitor": visitor, "centre": centre})


@counter_required
def group_session(request):
    centre = _my_centre(request)
    if centre is None:
        raise PermissionDenied
    form = GroupContactForm(request.POST or None, centre=centre, initial={"date": timezone.localdate()})
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        codes = dict.fromkeys(code.strip().upper() for code in data.pop("codes").split(",") if code.strip())
        # A merged duplicate's code still names the person: find_by_code follows the merge.
        visitors = [services.find_by_code(request.user, code) for code in codes]
        if None in visitors:
            form.add_error("codes", _("No visitor has this code."))
        else:
            try:
                contact = services.log_contact(
                    request.user, centre, visitors=visitors, is_group=True, request=request, **data
                )
            except ValidationError as error:
                add_errors(form, error)
            else:
                messages.success(request, _("The information session is logged."))
                return redirect("casework:group_contact", pk=contact.pk)
    return render(request, "casework/contact_form.html", {"form": form, "centre": centre, "group": True})


def _group_contact(request, pk):
    contact = get_object_or_404(Contact.objects.select_related("centre", "staff"), pk=pk, is_group=True)
    require(request.user, "casework.view_centre", contact.centre)
    return contact


@counter_required
def group_contact(request, pk):
    """An information session for a group, with the files kept with it (added here by its centre)."""
    contact = _group_contact(request, pk)
    if request.method == "POST":
        try:
            services.attach_to_group_session(
                request.user,
                contact,
                title=request.POST.get("title", ""),
                uploaded_file=request.FILES.get("file"),
                request=request,
            )
        except ValidationError as error:
            for message in error.messages:
                messages.error(request, message)
        else:
            messages.success(request, _("The file is kept with the session."))
        return redirect("casework:group_contact", pk=contact.pk)
    return render(
        request,
        "casework/group_contact.html",
        {
            "contact": contact,
            "domains": [domain.get_domain_display() for domain in contact.domains.all()],
            "attachments": contact.attachments.all(),
            "may_attach": may(request.user, "casework.change_contact", contact.centre),
        },
    )


@counter_required
def group_contact_file(request, pk, attachment_pk):
    contact = _group_contact(request, pk)
    attachment = get_object_or_404(ContactAttachment, pk=attachment_pk, contact=contact)
    record(
        "casework.view_session_file",
        contact,
        user=request.user,
        request=request,
        data={"attachment": attachment.pk},
    )
    suffix = PurePosixPath(attachment.file.name).suffix
    return serve_private(request, attachment.file, filename=f"session-{contact.pk}-{attachment.pk}{suffix}")


@counter_required
def personal_data(request):
    form = PersonalDataForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        code, action = form.cleaned_data["code"], form.cleaned_data["action"]
        try:
            if action == "export":
                data = services.export_visitor(request.user, code, request=request)
                response = HttpResponse(
                    json.dumps(data, ensure_ascii=False, indent=2), content_type="application/json"
                )
                response["Content-Disposition"] = 'attachment; filename="visitor-data.json"'
                response["Cache-Control"] = "private, no-store"
                return response
            services.erase_visitor(request.user, code, request=request)
        except ValidationError as error:
            add_errors(form, error)
        else:
            messages.success(
                request, _("The visitor's names, contacts and notes are erased; the code and counts stay.")
            )
            return redirect("casework:personal_data")
    return render(request, "casework/personal_data.html", {"form": form})


@counter_required
@require_POST
def merge(request, pk):
    """Fold the visitor with the code given into this one (leads of the registering centre)."""
    keep = get_object_or_404(Visitor, pk=pk, merged_into__isnull=True)
    duplicate = Visitor.objects.filter(code=request.POST.get("code", "").strip().upper()).first()
    if duplicate is None:
        messages.error(request, _("No visitor has this code."))
        return redirect("casework:visitor_detail", pk=keep.pk)
    try:
        services.merge_duplicates(request.user, keep=keep, duplicate=duplicate, request=request)
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
    else:
        messages.success(request, _("%(code)s is merged into this visitor.") % {"code": duplicate.code})
    return redirect("casework:visitor_detail", pk=keep.pk)


@counter_required
@require_POST
def referral_outcome(request, pk):
    """Record what came of a referral (a correction, with its reason, once the month is reported)."""
    contact = get_object_or_404(Contact.objects.select_related("centre"), pk=pk)
    visitor = contact.participants.values_list("visitor_id", flat=True).first()
    try:
        services.record_referral_outcome(
            request.user,
            contact,
            outcome=request.POST.get("outcome", ""),
            correction_reason=request.POST.get("correction_reason", ""),
            request=request,
        )
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
    else:
        messages.success(request, _("Saved."))
    return redirect("casework:visitor_detail", pk=visitor) if visitor else redirect("casework:counter")
