"""Participation in Chromium at 360 px: an anonymous request in Arabic answered by the desk, a
comment on a consultation, and a survey answered while the connection drops and returns."""

import re
import time
from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from accounts import roles
from participation.models import Choice, Comment, InformationRequest, Question, QuestionKind, Response, Survey
from participation.services import consultations

pytestmark = pytest.mark.django_db(transaction=True)


def fits_the_phone(tab):
    return tab.evaluate("document.documentElement.scrollWidth") <= 360


def wait_for(condition, seconds=10):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.2)
    return False


def test_anonymous_person_files_in_arabic_on_a_phone_and_the_desk_answers(
    tab, sign_in, make_user, live_server
):
    tab.goto("/ar/participation/information/new/")
    assert tab.evaluate("document.documentElement.dir") == "rtl"
    assert fits_the_phone(tab)
    tab.locator("[name=name]").fill("أمل حداد")
    tab.locator("[name=email]").fill("amal@example.org")
    tab.locator("[name=domain]").select_option("migration")
    tab.locator("[name=subject]").fill("مواعيد مكتب الهجرة")
    tab.locator("[name=body]").fill("ما هي ساعات عمل المكتب في ديسمبر؟")
    tab.locator("form button[type=submit]").click()
    tab.wait_for_load_state()
    assert "amal@example.org" in tab.locator("main").inner_text()
    assert wait_for(lambda: len(mail.outbox) == 1)
    confirm = re.search(r"/ar/participation/confirm/\S+/", mail.outbox[0].body).group(0)
    tab.goto(confirm)
    case = InformationRequest.objects.get()
    assert case.status == "registered" and case.language == "ar"
    assert case.reference in tab.locator("h1").inner_text()
    assert fits_the_phone(tab)

    desk_tab = tab.context.browser.new_context(
        viewport={"width": 360, "height": 740}, base_url=live_server.url
    )
    staff_page = desk_tab.new_page()
    sign_in(staff_page, make_user(roles.CIVIC_STAFF))
    staff_page.goto(f"/ro/participation/desk/information/{case.pk}/")
    staff_page.locator("[name=text]").fill("المكتب مفتوح من الاثنين إلى الجمعة، من 9 إلى 16.")
    staff_page.locator("form[action$='/answer/'] button[type=submit]:not([formaction])").click()
    staff_page.wait_for_load_state()
    assert staff_page.get_by_test_id("status").inner_text().strip()
    desk_tab.close()

    tab.reload()
    assert "من الاثنين إلى الجمعة" in tab.get_by_test_id("answer").inner_text()
    case.refresh_from_db()
    assert case.status == "answered"


def test_a_resident_comments_on_a_consultation_section(tab, make_user):
    coordinator = make_user(roles.COORDINATORS)
    today = timezone.localdate()
    consultation = consultations.create_consultation(
        user=coordinator,
        title="Planul local de incluziune",
        slug="palis",
        opens_on=today - timedelta(days=1),
        closes_on=today + timedelta(days=20),
        sections=[("Locuire", "Măsuri."), ("Limba română", "Cursuri.")],
    )
    section = consultation.sections.get(position=2)
    tab.goto(f"/fr/participation/consultations/{consultation.slug}/")
    assert fits_the_phone(tab)
    tab.locator("#section-2 summary").click()
    tab.locator(f"#name-{section.pk}").fill("Jean-Baptiste")
    tab.locator(f"#body-{section.pk}").fill("Des cours le soir, s'il vous plaît.")
    tab.locator(f"#proposal-{section.pk}").fill("Cursuri și seara.")
    tab.locator("#section-2 button[type=submit]").click()
    tab.wait_for_load_state()
    assert tab.locator(".messages").is_visible()
    comment = Comment.objects.get()
    assert (comment.section_id, comment.language, comment.status) == (section.pk, "fr", "pending")


def test_survey_answers_survive_a_dropped_connection_and_arrive_once(tab):
    survey = Survey.objects.create(title="Nevoi", slug="nevoi")
    question = Question.objects.create(
        survey=survey, position=1, kind=QuestionKind.SINGLE, text="Lucrați?", required=True
    )
    yes = Choice.objects.create(question=question, position=1, label="Da")
    Choice.objects.create(question=question, position=2, label="Nu")
    tab.goto(f"/ro/participation/surveys/{survey.slug}/")
    assert fits_the_phone(tab)

    tab.context.set_offline(True)
    tab.locator(f"input[value='{yes.pk}']").check()
    tab.locator("form button[type=submit]").click()
    status = tab.locator("[data-survey-status]")
    status.wait_for(state="visible")
    stored = tab.evaluate(f"JSON.parse(localStorage.getItem('participation-survey-{survey.slug}'))")
    assert len(stored) == 1 and stored[0]["answers"] == {str(question.pk): yes.pk}
    assert not Response.objects.exists()

    tab.context.set_offline(False)
    assert wait_for(lambda: Response.objects.count() == 1)
    assert wait_for(
        lambda: (
            tab.evaluate(
                f"JSON.parse(localStorage.getItem('participation-survey-{survey.slug}') || '[]').length"
            )
            == 0
        )
    )
    tab.reload()
    tab.wait_for_timeout(500)
    assert Response.objects.count() == 1
    assert str(Response.objects.get().submission_id) == stored[0]["submission_id"]
