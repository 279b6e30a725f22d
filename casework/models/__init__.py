from .appointments import Appointment, Slot
from .cases import Case, CaseAction, CaseDocument
from .contacts import Contact, ContactAttachment, ContactDomain, ContactParticipant, Correction
from .network import Centre, CentreMembership, CodeCounter, Network
from .reports import MonthlyReport
from .visitors import Visitor, VisitorIdentity

__all__ = [
    "Appointment",
    "Case",
    "CaseAction",
    "CaseDocument",
    "Centre",
    "CentreMembership",
    "CodeCounter",
    "Contact",
    "ContactAttachment",
    "ContactDomain",
    "ContactParticipant",
    "Correction",
    "MonthlyReport",
    "Network",
    "Slot",
    "Visitor",
    "VisitorIdentity",
]
