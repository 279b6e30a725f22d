"""The audit actions of participation (written through core.audit.record)."""

ACTIONS = {
    "participation.file": "Case filed",
    "participation.confirm": "Filing confirmed by e-mail",
    "participation.register": "Case registered at the desk",
    "participation.assign": "Case assigned",
    "participation.extend": "Term extended",
    "participation.answer": "Case answered",
    "participation.refuse": "Request refused",
    "participation.redirect": "Case forwarded to another institution",
    "participation.close": "Case closed",
    "participation.complaint": "Complaint registered",
    "participation.complaint_answer": "Complaint answered",
    "participation.consultation": "Consultation created",
    "participation.comment": "Comment submitted",
    "participation.moderate": "Comment moderated",
    "participation.decide": "Decision on a proposal",
    "participation.synthesis": "Synthesis published",
    "participation.survey_response": "Survey response received",
    "participation.feedback": "Page feedback received",
    "participation.practice_submit": "Good practice submitted",
    "participation.practice_review": "Good practice reviewed",
    "participation.practice_adopt": "Good practice adopted",
}

