"""The fixed vocabularies of the counter: what the monthly report counts by."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Gender(models.TextChoices):
    WOMAN = "woman", _("Woman")
    MAN = "man", _("Man")
    OTHER = "other", _("Other")
    UNDISCLOSED = "undisclosed", _("Prefers not to say")


class ResidenceCategory(models.TextChoices):
    INTERNATIONAL_PROTECTION = "international_protection", _("Beneficiary of international protection")
    TEMPORARY_PROTECTION = "temporary_protection", _("Beneficiary of temporary protection")
    RESIDENCE_PERMIT = "residence_permit", _("Third-country national with a residence permit")
    ASYLUM_SEEKER = "asylum_seeker", _("Asylum seeker")
    FAMILY_MEMBER = "family_member", _("Family member")
    STUDENT = "student", _("Student")
    OTHER = "other", _("Other")


class LawfulBasis(models.TextChoices):
    CONSENT = "consent", _("Consent")
    PUBLIC_TASK = "public_task", _("Task in the public interest")
    VITAL_INTERESTS = "vital_interests", _("Vital interests")


class Service(models.TextChoices):
    INFORMATION = "information", _("Information")
    COUNSELLING = "counselling", _("Counselling")
    ASSISTANCE = "assistance", _("Assistance")


class Domain(models.TextChoices):
    EMPLOYMENT = "employment", _("Employment")
    HOUSING = "housing", _("Housing")
    HEALTH = "health", _("Health")
    SOCIAL = "social", _("Social assistance and insurance")
    EDUCATION = "education", _("Education and diploma recognition")
    RESIDENCE = "residence", _("Residence and legal status")
    LANGUAGE = "language", _("Romanian language and culture")
    OTHER = "other", _("Other")


class Channel(models.TextChoices):
    IN_PERSON = "in_person", _("In person")
    PHONE = "phone", _("Phone")
    EMAIL = "email", _("E-mail")
    ONLINE = "online", _("Online")
    OUTREACH = "outreach", _("Outreach")


class LanguageHelp(models.TextChoices):
    NONE = "none", _("No help needed")
    INTERPRETER = "interpreter", _("Interpreter")
    MEDIATOR = "mediator", _("Cultural mediator")


class ReferralOutcome(models.TextChoices):
    PENDING = "pending", _("Waiting for an answer")
    ACCEPTED = "accepted", _("Accepted")
    RESOLVED = "resolved", _("Resolved")
    REFUSED = "refused", _("Refused")
    NO_ANSWER = "no_answer", _("No answer")


class Vulnerability(models.TextChoices):
    MINOR = "minor", _("Unaccompanied or separated minor")
    DISABILITY = "disability", _("Disability")
    ELDERLY = "elderly", _("Older person")
    PREGNANT = "pregnant", _("Pregnant woman")
    SINGLE_PARENT = "single_parent", _("Single parent with minor children")
    ILLNESS = "illness", _("Serious illness")
    TRAUMA = "trauma", _("Victim of torture, violence or trafficking")
    OTHER = "other", _("Other")


class CaseStatus(models.TextChoices):
    OPEN = "open", _("Open")
    PROPOSED = "proposed", _("Proposed for assistance")
    APPROVED = "approved", _("Assistance approved")
    REFUSED = "refused", _("Assistance refused")
    CLOSED = "closed", _("Closed")


class AssistanceKind(models.TextChoices):
    MATERIAL = "material", _("Material")
    MEDICAL = "medical", _("Medical")
    LEGAL = "legal", _("Legal")


class CaseOutcome(models.TextChoices):
    RESOLVED = "resolved", _("Needs met")
    PARTLY = "partly", _("Needs partly met")
    REFERRED = "referred", _("Referred to another service")
    WITHDRAWN = "withdrawn", _("Withdrawn by the person")
    LOST_CONTACT = "lost_contact", _("Contact lost")


class AppointmentMode(models.TextChoices):
    IN_PERSON = "in_person", _("In person")
    PHONE = "phone", _("By phone")


class AppointmentStatus(models.TextChoices):
    UNVERIFIED = "unverified", _("Waiting for confirmation")
    BOOKED = "booked", _("Booked")
    CANCELLED = "cancelled", _("Cancelled")
    ATTENDED = "attended", _("Attended")
    NO_SHOW = "no_show", _("Did not come")


class ReportStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    SUBMITTED = "submitted", _("Submitted")
    APPROVED = "approved", _("Approved")
    RETURNED = "returned", _("Returned for changes")


class StaffRole(models.TextChoices):
    STAFF = "staff", _("Staff")
    LEAD = "lead", _("Centre lead")
