from .consultations import Comment, Consultation, ConsultationDocument, Decision, ModerationStatus, Section, Synthesis
from .desk import (
    OPEN_STATUSES,
    Case,
    CaseAttachment,
    CaseStatus,
    Channel,
    Complaint,
    Domain,
    InformationRequest,
    Outcome,
    Petition,
    RegisterCounter,
    RequesterType,
)
from .feedback import Adoption, GoodPractice, PageFeedback, PracticeFile, PracticeStatus, Topic
from .surveys import SMALL_GROUP_THRESHOLD, Answer, Choice, Question, QuestionKind, Response, Survey

__all__ = [
    "OPEN_STATUSES", "SMALL_GROUP_THRESHOLD", "Adoption", "Answer", "Case", "CaseAttachment", "CaseStatus",
    "Channel", "Choice", "Comment", "Complaint", "Consultation", "ConsultationDocument", "Decision", "Domain",
    "GoodPractice", "InformationRequest", "ModerationStatus", "Outcome", "PageFeedback", "Petition",
    "PracticeFile", "PracticeStatus", "Question", "QuestionKind", "RegisterCounter", "RequesterType",
    "Response", "Section", "Survey", "Synthesis", "Topic",
]
