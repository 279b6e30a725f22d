"""Reads shared by the pages and the API: each returns querysets or plain data with the related
rows already joined, so list pages and endpoints keep a constant number of queries."""

from collections import Counter, defaultdict

from django.db.models import Count, F, Prefetch, Q
from django.utils import timezone

from .access import is_requester, may
from .models import (
    OPEN_STATUSES,
    SMALL_GROUP_THRESHOLD,
    Answer,
    CaseStatus,
    Comment,
    Complaint,
    Consultation,
    FrequentAnswer,
    GoodPractice,
    InformationRequest,
    ModerationStatus,
    PageFeedback,
    Petition,
    PracticeStatus,
    QuestionKind,
    Survey,
)

CASE_MODELS = {"information": InformationRequest, "petition": Petition}


def desk_cases(kind, *, open_only=True):
    cases = CASE_MODELS[kind].objects.exclude(status=CaseStatus.UNVERIFIED).select_related("assignee")
    if open_only:
        cases = cases.filter(status__in=OPEN_STATUSES)
    return cases.order_by("due_on", "number")


def case_by_token(token):
    """The case a private tracking link stands for (an unconfirmed filing has no page yet)."""
    for model in CASE_MODELS.values():
        case = (
            model.objects.exclude(status=CaseStatus.UNVERIFIED)
            .prefetch_related("attachments", "complaints")
            .filter(tracking_token=token)
            .first()
        )
        if case is not None:
            return case
    return None


def case_for(user, kind, pk):
    """A case as `user` may see it: the desk sees every case, the requester their own."""
    case = CASE_MODELS[kind].objects.select_related("assignee").prefetch_related("attachments", "complaints")
    case = case.filter(pk=pk).first()
    if case is None or not (may(user, "participation.handle_case") or is_requester(user, case)):
        return None
    return case


def my_cases(user):
    return [
        *InformationRequest.objects.filter(requester=user).exclude(status=CaseStatus.UNVERIFIED),
        *Petition.objects.filter(requester=user).exclude(status=CaseStatus.UNVERIFIED),
    ]


def frequent_answers(language):
    """[(domain label, [answers])], each topic's answers in the reader's language first."""
    groups = defaultdict(list)
    for published in sorted(
        FrequentAnswer.objects.all(), key=lambda item: (item.language != language, item.question.casefold())
    ):
        groups[published.get_domain_display()].append(published)
    return sorted(groups.items(), key=lambda item: str(item[0]))


def public_consultations():
    return Consultation.objects.filter(published=True).select_related("synthesis").order_by("-opens_on")


def published_comments():
    return Comment.objects.filter(status=ModerationStatus.PUBLISHED).order_by("created_at", "pk")


def consultation_page(slug):
    """A consultation with its sections, each with its published comments, in four queries
    whatever the number of comments."""
    return (
        Consultation.objects.filter(published=True, slug=slug)
        .select_related("debate_event", "synthesis")
        .prefetch_related(
            "documents",
            Prefetch("sections__comments", queryset=published_comments(), to_attr="published_comments"),
        )
        .first()
    )


def synthesis_rows(consultation):
    """Every published comment with its section and decision, in reading order."""
    return (
        published_comments()
        .filter(section__consultation=consultation)
        .select_related("section", "action")
        .order_by("section__position", "created_at", "pk")
    )


def pending_comments(consultation):
    return (
        Comment.objects.filter(section__consultation=consultation, status=ModerationStatus.PENDING)
        .select_related("section")
        .order_by("created_at")
    )


def survey_with_questions(slug):
    return Survey.objects.filter(slug=slug).prefetch_related("questions__choices").first()


def survey_in_language(survey, language):
    """The survey's wording in `language` (a survey fetched by survey_with_questions): the
    original wording wherever a translation is missing, and whether the survey as a whole is
    shown in the language asked for (else the page says so and shows it in its own language)."""
    translated = survey.is_translated_into(language)
    shown = language if translated else survey.language
    return {
        "language": shown,
        "translated": translated,
        "title": survey.title_in(shown),
        "introduction": survey.introduction_in(shown),
        "questions": [
            {
                "question": question,
                "text": question.text_in(shown),
                "choices": [(choice, choice.label_in(shown)) for choice in question.choices.all()],
            }
            for question in survey.questions.all()
        ],
    }


def survey_languages(survey):
    """Languages the survey can be answered in: its own and those with a translated title."""
    return [survey.language, *sorted(code for code in survey.translations if survey.is_translated_into(code))]


def survey_results(survey, *, published, language=None):
    """Per question: the count of each choice, the scale's distribution, the free-text answers
    (staff only), whatever language each respondent answered in (answers point at the same
    choices), labelled in `language`; and the responses per language. In published results any
    count below SMALL_GROUP_THRESHOLD is hidden (None)."""
    language = language if language and survey.is_translated_into(language) else survey.language
    questions = list(survey.questions.prefetch_related("choices"))
    answered = Counter(Answer.objects.filter(question__survey=survey).values_list("question_id", flat=True))
    choice_counts = Counter(
        Answer.choices.through.objects.filter(answer__question__survey=survey).values_list(
            "choice_id", flat=True
        )
    )
    scales = defaultdict(Counter)
    for question_id, value in Answer.objects.filter(
        question__survey=survey, question__kind=QuestionKind.SCALE
    ).values_list("question_id", "scale_value"):
        scales[question_id][value] += 1
    texts = defaultdict(list)
    if not published:
        for question_id, text in Answer.objects.filter(
            question__survey=survey, question__kind=QuestionKind.TEXT
        ).values_list("question_id", "text"):
            texts[question_id].append(text)

    def shown(count):
        return None if published and count < SMALL_GROUP_THRESHOLD else count

    results = []
    for question in questions:
        rows = []
        if question.kind in (QuestionKind.SINGLE, QuestionKind.MULTIPLE):
            rows = [
                (choice.label_in(language), shown(choice_counts[choice.pk]))
                for choice in question.choices.all()
            ]
        elif question.kind == QuestionKind.SCALE:
            rows = [
                (str(value), shown(scales[question.pk][value]))
                for value in range(question.scale_min, question.scale_max + 1)
            ]
        results.append(
            {
                "question": question,
                "text": question.text_in(language),
                "answered": shown(answered[question.pk]),
                "rows": rows,
                "texts": texts[question.pk],
            }
        )
    by_language = Counter(survey.responses.values_list("language", flat=True))
    return {
        "responses": shown(sum(by_language.values())),
        "languages": [(code, shown(count)) for code, count in sorted(by_language.items())],
        "questions": results,
    }


def published_practices(*, search="", topic="", locality=""):
    practices = GoodPractice.objects.filter(status=PracticeStatus.PUBLISHED).annotate(
        adoption_count=Count("adoptions")
    )
    if search:
        practices = practices.filter(
            Q(title__icontains=search)
            | Q(problem__icontains=search)
            | Q(what_was_done__icontains=search)
            | Q(results__icontains=search)
        )
    if topic:
        practices = practices.filter(topic=topic)
    if locality:
        practices = practices.filter(locality__iexact=locality)
    return practices.order_by("title")


def practice_localities():
    return list(
        GoodPractice.objects.filter(status=PracticeStatus.PUBLISHED)
        .order_by("locality")
        .values_list("locality", flat=True)
        .distinct()
    )


def feedback_report(limit=50):
    """Pages with the most 'not helpful' answers first, with their latest comments."""
    pages = (
        PageFeedback.objects.values("page_id", "page__title", "page__url_path")
        .annotate(negative=Count("pk", filter=Q(helpful=False)), positive=Count("pk", filter=Q(helpful=True)))
        .order_by("-negative", "-positive")[:limit]
    )
    comments = defaultdict(list)
    for feedback in (
        PageFeedback.objects.exclude(comment="")
        .filter(page_id__in=[row["page_id"] for row in pages])
        .order_by("-created_at")[:500]
    ):
        comments[feedback.page_id].append(feedback)
    return [{**row, "comments": comments[row["page_id"]][:5]} for row in pages]


def annual_statistics(year):
    """What Law 544/2001's annual report and OG 27/2002's half-yearly report count."""
    information = InformationRequest.objects.filter(year=year)
    petitions = Petition.objects.filter(year=year)
    this_year = Complaint.objects.filter(registered_at__year=year)
    service_complaints = this_year.filter(information_request__isnull=True, petition__isnull=True)
    case_complaints = this_year.exclude(pk__in=service_complaints.values("pk"))
    return {
        "year": year,
        "information_by_domain": dict(Counter(information.values_list("domain", flat=True))),
        "information_by_outcome": dict(
            Counter(information.exclude(outcome="").values_list("outcome", flat=True))
        ),
        "information_by_requester": dict(Counter(information.values_list("requester_type", flat=True))),
        "information_by_channel": dict(Counter(information.values_list("channel", flat=True))),
        # Law 544/2001 art. 21 complaints (about a request's answer) apart from those about the services.
        "complaints": case_complaints.count(),
        "complaints_justified": case_complaints.filter(justified=True).count(),
        "service_complaints": service_complaints.count(),
        "service_complaints_justified": service_complaints.filter(justified=True).count(),
        "petitions_by_half": {
            "1": petitions.filter(registered_at__month__lte=6).count(),
            "2": petitions.filter(registered_at__month__gt=6).count(),
        },
        "petitions_by_outcome": dict(
            Counter(petitions.exclude(outcome="").values_list("outcome", flat=True))
        ),
        "open_overdue": sum(
            model.objects.filter(status__in=OPEN_STATUSES, due_on__lt=timezone.localdate()).count()
            for model in CASE_MODELS.values()
        ),
    }


def upcoming_audience_slots():
    from django.db.models import Count

    from .models import AudienceSlot, AudienceStatus

    return list(
        AudienceSlot.objects.filter(starts_at__gt=timezone.now())
        .annotate(taken=Count("requests", filter=Q(requests__status=AudienceStatus.CONFIRMED)))
        .order_by("starts_at")[:200]
    )


def open_audience_requests():
    from .models import AudienceRequest, AudienceStatus

    return (
        AudienceRequest.objects.filter(status__in=[AudienceStatus.REQUESTED, AudienceStatus.CONFIRMED])
        .select_related("slot")
        .order_by("created_at")
    )


def service_complaint_by_token(token):
    return Complaint.objects.filter(tracking_token=token[:64]).first() if token else None


def desk_service_complaints(*, open_only=False):
    """Complaints about the centre's services: unanswered first, by due date, then the answered."""
    complaints = Complaint.objects.filter(information_request__isnull=True, petition__isnull=True)
    if open_only:
        complaints = complaints.filter(answered_at__isnull=True)
    return complaints.select_related("answered_by").order_by(
        F("answered_at").desc(nulls_first=True), "due_on", "number"
    )
