"""The civic desk: requests for public information (Law 544/2001), petitions (OG 27/2002) and
complaints about the centre's services. Each case gets a registration number unique within its
kind and year, and a private tracking token."""

import secrets

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.files import private_storage, private_upload_to

from .. import deadlines


def new_tracking_token():
    return secrets.token_urlsafe(24)


class Channel(models.TextChoices):
    ONLINE = "online", _("Online")
    PAPER = "paper", _("On paper")
    EMAIL = "email", _("By e-mail")
    PHONE = "phone", _("By phone")


class RequesterType(models.TextChoices):
    PERSON = "person", _("Private person")
    ORGANISATION = "organisation", _("Organisation")
    JOURNALIST = "journalist", _("Journalist")
    PUBLIC_BODY = "public_body", _("Public body")


class Domain(models.TextChoices):
    ADMINISTRATION = "administration", _("Administration and staff")
    BUDGET = "budget", _("Budget and spending")
    SOCIAL = "social", _("Social services")
    EDUCATION = "education", _("Education")
    HEALTH = "health", _("Health")
    HOUSING = "housing", _("Housing and urban planning")
    MIGRATION = "migration", _("Residence, work and integration")
    OTHER = "other", _("Other")


class CaseStatus(models.TextChoices):
    UNVERIFIED = "unverified", _("Waiting for e-mail confirmation")
    REGISTERED = "registered", _("Registered")
    IN_PROGRESS = "in_progress", _("In progress")
    EXTENDED = "extended", _("Extended")
    ANSWERED = "answered", _("Answered")
    REFUSED = "refused", _("Refused")
    REDIRECTED = "redirected", _("Forwarded to another institution")
    FILED = "filed", _("Filed without answer")
    CLOSED = "closed", _("Closed")


OPEN_STATUSES = (CaseStatus.REGISTERED, CaseStatus.IN_PROGRESS, CaseStatus.EXTENDED)


class Outcome(models.TextChoices):
    ANSWERED = "answered", _("Answered")
    REFUSED_EXEMPT = "refused_exempt", _("Refused: exempt information")
    REFUSED_NONEXISTENT = "refused_nonexistent", _("Refused: information does not exist")
    REDIRECTED = "redirected", _("Forwarded to another institution")
    FILED_ANONYMOUS = "filed_anonymous", _("Filed: anonymous")


class RegisterCounter(models.Model):
    """The last number given in a register (kind, year). Incremented with an UPDATE inside the
    filing transaction, which locks the row, so two filings can never get the same number."""

    kind = models.CharField(max_length=20)
    year = models.PositiveSmallIntegerField()
    last_number = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["kind", "year"], name="participation_counter_unique")]


class Case(models.Model):
    """What information requests and petitions share: registration, requester, tracking, work."""

    # Given when the case is registered: at once for the desk, after the e-mail is confirmed online.
    year = models.PositiveSmallIntegerField(null=True, editable=False)
    number = models.PositiveIntegerField(null=True, editable=False)
    tracking_token = models.CharField(max_length=64, unique=True, default=new_tracking_token, editable=False)
    channel = models.CharField(_("channel"), max_length=10, choices=Channel.choices)
    requester_type = models.CharField(
        _("requester"), max_length=20, choices=RequesterType.choices, default=RequesterType.PERSON
    )
    domain = models.CharField(_("domain"), max_length=20, choices=Domain.choices, default=Domain.OTHER)
    name = models.CharField(_("name"), max_length=200, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    postal_address = models.CharField(_("postal address"), max_length=300, blank=True)
    language = models.CharField(max_length=10, default=settings.LANGUAGE_CODE)
    subject = models.CharField(_("subject"), max_length=200)
    body = models.TextField(_("request"), max_length=10_000)
    requester = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    email_verified_at = models.DateTimeField(null=True, blank=True)
    registered_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    status = models.CharField(max_length=20, choices=CaseStatus.choices, default=CaseStatus.REGISTERED)
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    due_on = models.DateField(null=True, blank=True)
    outcome = models.CharField(max_length=30, choices=Outcome.choices, blank=True)
    answer = models.TextField(_("answer"), blank=True, max_length=20_000)
    # The answer being written, seen only by the desk until it is sent as `answer`.
    draft = models.TextField(_("draft answer"), blank=True, max_length=20_000)
    reason = models.TextField(_("reason"), blank=True, max_length=5_000)
    redirected_to = models.CharField(_("forwarded to"), max_length=200, blank=True)
    answered_at = models.DateTimeField(null=True, blank=True)
    closed_at = models.DateTimeField(null=True, blank=True)
    # The last local day the assignee was alerted about this case: one alert a day at most.
    alerted_on = models.DateField(null=True, blank=True)

    register_kind = ""

    class Meta:
        abstract = True

    @property
    def reference(self):
        if self.number is None:
            return ""
        return f"{self.register_prefix}-{self.year}-{self.number:05d}"

    @property
    def is_open(self):
        return self.status in OPEN_STATUSES

    def urgency(self, today=None):
        if not self.is_open or self.due_on is None:
            return ""
        return deadlines.urgency(self.due_on, today)

    def __str__(self):
        return self.reference


def case_constraints(prefix):
    return [
        models.UniqueConstraint(fields=["year", "number"], name=f"{prefix}_number_unique_per_year"),
        models.CheckConstraint(
            condition=Q(status="unverified") | Q(number__isnull=False, registered_at__isnull=False),
            name=f"{prefix}_registered_has_number",
        ),
        models.CheckConstraint(
            condition=~Q(status__in=["refused"]) | ~Q(reason=""), name=f"{prefix}_refusal_has_reason"
        ),
        models.CheckConstraint(
            condition=~Q(status="redirected") | ~Q(redirected_to=""),
            name=f"{prefix}_redirect_names_institution",
        ),
        models.CheckConstraint(
            condition=~Q(channel="online", status__in=OPEN_STATUSES)
            | Q(email_verified_at__isnull=False)
            | Q(requester__isnull=False),
            name=f"{prefix}_online_filing_verified",
        ),
    ]


class InformationRequest(Case):
    """A request for information of public interest (Law 544/2001)."""

    register_prefix = "INF"
    register_kind = "information"
    extension_notified_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-year", "-number"]
        constraints = case_constraints("participation_inforequest")
        indexes = [models.Index(fields=["status", "due_on"])]
        permissions = [("handle_case", "Handle information requests, petitions and complaints")]
        verbose_name = _("information request")
        verbose_name_plural = _("information requests")

    def compute_due_on(self):
        extended = self.extension_notified_at is not None
        return deadlines.information_request_due(self.registered_at, extended=extended)


class Petition(Case):
    """A petition (OG 27/2002). Anonymous petitions are recorded and filed, never answered."""

    register_prefix = "PET"
    register_kind = "petition"
    anonymous = models.BooleanField(default=False)
    extension_days = models.PositiveSmallIntegerField(default=0)
    forwarded_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-year", "-number"]
        constraints = [
            *case_constraints("participation_petition"),
            models.CheckConstraint(
                condition=Q(extension_days__lte=deadlines.PETITION_MAX_EXTENSION_DAYS),
                name="participation_petition_extension_limit",
            ),
            models.CheckConstraint(
                condition=Q(anonymous=False) | Q(answer=""),
                name="participation_petition_anonymous_unanswered",
            ),
        ]
        indexes = [models.Index(fields=["status", "due_on"])]
        verbose_name = _("petition")
        verbose_name_plural = _("petitions")

    def compute_due_on(self):
        if self.anonymous:
            return None
        return deadlines.petition_due(self.registered_at, extension_days=self.extension_days)


class CaseAttachment(models.Model):
    """A file sent with an answer: private, served only to the requester and the desk."""

    information_request = models.ForeignKey(
        InformationRequest, null=True, blank=True, on_delete=models.CASCADE, related_name="attachments"
    )
    petition = models.ForeignKey(
        Petition, null=True, blank=True, on_delete=models.CASCADE, related_name="attachments"
    )
    file = models.FileField(storage=private_storage, upload_to=private_upload_to("participation/answers"))
    filename = models.CharField(max_length=200)
    uploaded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=Q(information_request__isnull=False, petition__isnull=True)
                | Q(information_request__isnull=True, petition__isnull=False),
                name="participation_attachment_one_case",
            )
        ]


class Complaint(models.Model):
    """A complaint: about a request's answer (Law 544/2001 art. 21), or about the centre's
    services (seed 004's indicator "number of justified complaints"). A complaint about the
    services is filed on its own, gets a registration number and a private tracking link, and is
    answered within the term of a petition (a "reclamație" is a petition, OG 27/2002 art. 2)."""

    register_prefix = "REC"
    register_kind = "complaint"

    information_request = models.ForeignKey(
        InformationRequest, null=True, blank=True, on_delete=models.CASCADE, related_name="complaints"
    )
    petition = models.ForeignKey(
        Petition, null=True, blank=True, on_delete=models.CASCADE, related_name="complaints"
    )
    year = models.PositiveSmallIntegerField(null=True, editable=False)
    number = models.PositiveIntegerField(null=True, editable=False)
    tracking_token = models.CharField(max_length=64, unique=True, null=True, editable=False)
    language = models.CharField(max_length=10, default=settings.LANGUAGE_CODE)
    subject = models.CharField(_("subject"), max_length=200, blank=True)
    name = models.CharField(_("name"), max_length=200, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    complainant = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    body = models.TextField(_("complaint"), max_length=10_000)
    registered_at = models.DateTimeField(default=timezone.now)
    due_on = models.DateField(null=True, blank=True)
    answer = models.TextField(_("answer"), blank=True, max_length=10_000)
    answered_at = models.DateTimeField(null=True, blank=True)
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    justified = models.BooleanField(null=True)

    class Meta:
        ordering = ["-registered_at"]
        constraints = [
            models.CheckConstraint(
                condition=Q(answered_at__isnull=True) | Q(justified__isnull=False),
                name="participation_complaint_answer_says_justified",
            ),
            models.UniqueConstraint(fields=["year", "number"], name="participation_complaint_number_unique"),
            # A complaint about the services stands alone, so it must be registered and traceable.
            models.CheckConstraint(
                condition=Q(information_request__isnull=False)
                | Q(petition__isnull=False)
                | Q(number__isnull=False, tracking_token__isnull=False, due_on__isnull=False),
                name="participation_service_complaint_registered",
            ),
            models.CheckConstraint(
                condition=Q(information_request__isnull=True) | Q(petition__isnull=True),
                name="participation_complaint_one_case",
            ),
        ]
        indexes = [models.Index(fields=["answered_at", "due_on"])]

    def __str__(self):
        return self.reference or self.subject or self.body[:60]

    @property
    def about_services(self):
        return self.information_request_id is None and self.petition_id is None

    @property
    def reference(self):
        if self.number is None:
            return ""
        return f"{self.register_prefix}-{self.year}-{self.number:05d}"

    @property
    def answer_by(self):
        if self.about_services:
            return deadlines.service_complaint_terms(self.registered_at).answer_by
        return deadlines.complaint_terms(self.registered_at).answer_by

    def urgency(self, today=None):
        if self.answered_at is not None or self.due_on is None:
            return ""
        return deadlines.urgency(self.due_on, today)


class FrequentAnswer(models.Model):
    """Frequently requested information, published as a page so people find it without asking
    (Law 544/2001 art. 5 lists what is published ex officio; the desk adds what is asked often).
    Staff reword the question and the answer from a case, leaving out anything personal."""

    question = models.CharField(_("question"), max_length=300)
    answer = models.TextField(_("answer"), max_length=20_000)
    domain = models.CharField(_("domain"), max_length=20, choices=Domain.choices, default=Domain.OTHER)
    language = models.CharField(max_length=10, default=settings.LANGUAGE_CODE)
    source = models.ForeignKey(
        InformationRequest, null=True, blank=True, on_delete=models.SET_NULL, related_name="frequent_answers"
    )
    published_at = models.DateTimeField(auto_now_add=True)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["domain", "question"]
        verbose_name = _("frequently requested information")
        verbose_name_plural = _("frequently requested information")

    def __str__(self):
        return self.question
