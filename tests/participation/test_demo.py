import io
from datetime import timedelta

import pytest
from django.utils import timezone

from accounts import demo as accounts_demo
from participation import demo, queries
from participation.models import (
    CampaignPage,
    Comment,
    Complaint,
    Consultation,
    FrequentAnswer,
    GoodPractice,
    InformationRequest,
    PageFeedback,
    Petition,
    PracticeStatus,
    Response,
)

pytestmark = pytest.mark.django_db


def test_demo_has_every_promised_item_and_is_idempotent(client):
    accounts_demo.load(io.StringIO())
    demo.load(io.StringIO())
    counts = [
        model.objects.count() for model in (InformationRequest, Petition, Comment, Response, GoodPractice)
    ]
    demo.load(io.StringIO())
    assert counts == [
        model.objects.count() for model in (InformationRequest, Petition, Comment, Response, GoodPractice)
    ]
    today = timezone.localdate()
    assert InformationRequest.objects.get(domain="budget").due_on == today + timedelta(days=1)
    assert Petition.objects.get().due_on < today
    consultation = Consultation.objects.get()
    assert consultation.synthesis.published_at is not None
    languages = set(queries.synthesis_rows(consultation).values_list("language", flat=True))
    assert len(languages) >= 3
    survey = Response.objects.first().survey
    results = queries.survey_results(survey, published=True)
    assert results["responses"] >= 5
    assert {"en", "uk", "ar"} <= set(survey.translations)
    assert {code for code, _count in queries.survey_results(survey, published=False)["languages"]} >= {
        "ro",
        "ar",
    }
    assert GoodPractice.objects.filter(status=PracticeStatus.PUBLISHED).count() >= 5
    assert PageFeedback.objects.filter(helpful=False).exists()
    assert client.get(f"/ro/participation/consultations/{consultation.slug}/").status_code == 200
    assert FrequentAnswer.objects.count() >= 3
    faq = client.get("/ro/participation/frequently-requested/")
    assert faq.status_code == 200 and FrequentAnswer.objects.first().question in faq.text
    campaign = CampaignPage.objects.get()
    assert campaign.day.month == 11 and campaign.day.day == 9
    per_locality = campaign.actions_per_locality(campaign.actions.all())
    assert {locality for locality, _count, _missing in per_locality} == {"Cluj-Napoca", "Dej", "Turda"}
    assert client.get(campaign.url).status_code == 200
    service_complaints = Complaint.objects.filter(information_request__isnull=True, petition__isnull=True)
    assert (
        service_complaints.filter(justified=True).exists()
        and service_complaints.filter(answered_at=None).exists()
    )
