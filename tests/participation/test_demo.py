import io
from datetime import timedelta

import pytest
from django.utils import timezone

from accounts import demo as accounts_demo
from participation import demo, queries
from participation.models import (
    Comment,
    Consultation,
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
    assert InformationRequest.objects.get().due_on == today + timedelta(days=1)
    assert Petition.objects.get().due_on < today
    consultation = Consultation.objects.get()
    assert consultation.synthesis.published_at is not None
    languages = set(queries.synthesis_rows(consultation).values_list("language", flat=True))
    assert len(languages) >= 3
    results = queries.survey_results(Response.objects.first().survey, published=True)
    assert results["responses"] >= 5
    assert GoodPractice.objects.filter(status=PracticeStatus.PUBLISHED).count() >= 5
    assert PageFeedback.objects.filter(helpful=False).exists()
    assert client.get(f"/ro/participation/consultations/{consultation.slug}/").status_code == 200
