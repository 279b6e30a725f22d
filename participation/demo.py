"""Demo content of participation: an information request due tomorrow, an overdue petition,
frequently requested information, a consultation on the local inclusion plan with comments in
four languages and its synthesis, a survey in four languages with results, page feedback, a
compendium of six good practices, complaints about the services and the non-discrimination
campaign. Safe to run again."""

import uuid
from datetime import datetime, time, timedelta

from django.contrib.auth import get_user_model
from django.utils import timezone
from wagtail.models import Page, Site

from events.models import EventKind, EventPage

from . import deadlines
from .models import (
    CampaignAction,
    CampaignMaterial,
    CampaignPage,
    Choice,
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
    Question,
    QuestionKind,
    Survey,
)
from .services import community, complaints, consultations, desk, surveys

CONSULTATION_SLUG = "palis-cluj-2027"
SECTIONS = [
    ("Informare și orientare", "Un pachet de orientare pentru nou-veniți, tipărit și online, în nouă limbi."),
    (
        "Cursuri de limba română",
        "Cursuri gratuite în cartiere, online și hibrid, unele cu supraveghere pentru copii.",
    ),
    ("Locuire", "Un registru de locuințe accesibile și mediere între proprietari și chiriași migranți."),
    ("Participare", "Dezbateri publice de două ori pe an și o campanie anti-discriminare pe 9 noiembrie."),
]
COMMENTS = [
    (
        1,
        "Olena K.",
        "uk",
        "Будь ласка, додайте вечірні курси для тих, хто працює.",
        "Cursuri și seara, după ora 18.",
        "accepted",
        "Adăugat la măsura 2.1: două grupe de seară.",
    ),
    (
        1,
        "Amal H.",
        "ar",
        "نحتاج إلى دورات مع رعاية الأطفال في مناسطور.",
        "",
        "partly",
        "Supraveghere pentru copii în Mănăștur din 2027; în Gheorgheni după evaluare.",
    ),
    (
        0,
        "Ioana M.",
        "ro",
        "Pachetul ar trebui să includă și numerele de urgență pe o singură pagină.",
        "",
        "accepted",
        "Inclus în capitolul Urgențe.",
    ),
    (
        2,
        "Jean-Baptiste N.",
        "fr",
        "Un registre de logements sans garantie bancaire serait très utile.",
        "Registrul include locuințe fără garanție bancară.",
        "rejected",
        "Garanțiile sunt reglementate de lege; trimis Consiliului Local ca propunere separată.",
    ),
    (
        3,
        "Radu I.",
        "ro",
        "Dezbaterile să fie și online, cu traducere.",
        "",
        "accepted",
        "Transmise online cu interpretare în engleză și arabă.",
    ),
]
PRACTICES = [
    (
        "Cafeneaua limbilor",
        "Cluj-Napoca",
        "language",
        "Nou-veniții nu au ocazii să vorbească românește.",
        "Întâlniri săptămânale la bibliotecă între voluntari și nou-veniți.",
        "120 de participanți într-un an.",
    ),
    (
        "Ghișeul unic pentru migranți",
        "Cluj-Napoca",
        "information",
        "Oamenii umblau la cinci instituții.",
        "Un ghișeu comun al primăriei, IGI și AJOFM, o zi pe săptămână.",
        "Timpul de rezolvare a scăzut la jumătate.",
    ),
    (
        "Mentorat pentru femei",
        "Timișoara",
        "work",
        "Femeile migrante găsesc greu un loc de muncă.",
        "Perechi între femei migrante și profesioniste locale, timp de șase luni.",
        "18 din 25 au găsit un loc de muncă.",
    ),
    (
        "Mediatori în școli",
        "Brașov",
        "education",
        "Părinții nu înțeleg sistemul școlar.",
        "Mediatori culturali prezenți la ședințele cu părinții.",
        "Absenteismul a scăzut cu 30%.",
    ),
    (
        "Campania Non-discriminare în licee",
        "Iași",
        "participation",
        "Elevii nu cunosc drepturile colegilor migranți.",
        "Ateliere în licee în săptămâna de 9 noiembrie, cu filme scurte.",
        "40 de ateliere, 1.100 de elevi.",
    ),
    (
        "Clinica juridică mobilă",
        "Dej",
        "housing",
        "Chiriașii migranți nu își cunosc drepturile.",
        "Avocați voluntari în centre comunitare, lunar.",
        "85 de consultații, 12 contracte renegociate.",
    ),
]


def _users():
    emails = [
        "desk@example.org",
        "coordinator@example.org",
        "moderator@example.org",
        "member@example.org",
        "volunteer@example.org",
    ]
    return {user.email: user for user in get_user_model().objects.filter(email__in=emails)}


def _cases(staff):
    now = timezone.now()
    if not InformationRequest.objects.filter(
        subject="Bugetul centrului de informare pentru migranți"
    ).exists():
        request = desk.register_at_desk(
            "information",
            channel="email",
            user=staff,
            data={
                "name": "Andrei Popescu",
                "email": "andrei.popescu@example.org",
                "requester_type": "journalist",
                "domain": "budget",
                "subject": "Bugetul centrului de informare pentru migranți",
                "body": "Vă rog să îmi comunicați bugetul alocat în 2026 și cheltuielile pe trimestre.",
                "language": "ro",
            },
        )
        desk.assign(request, assignee=staff, user=staff)
        # Registered nine days ago, so the ten-day term ends tomorrow.
        registered = now - timedelta(days=9)
        InformationRequest.objects.filter(pk=request.pk).update(
            registered_at=registered, due_on=deadlines.information_request_due(registered)
        )
    if not Petition.objects.filter(subject="Stație de autobuz lângă centrul comunitar").exists():
        petition = desk.register_at_desk(
            "petition",
            channel="paper",
            user=staff,
            data={
                "name": "Amal Haddad",
                "email": "newcomer@example.org",
                "postal_address": "Str. Primăverii 2",
                "domain": "housing",
                "subject": "Stație de autobuz lângă centrul comunitar",
                "body": "Cerem o stație de autobuz lângă Centrul Comunitar Mănăștur.",
                "language": "ar",
            },
        )
        desk.assign(petition, assignee=staff, user=staff)
        registered = now - timedelta(days=32)
        Petition.objects.filter(pk=petition.pk).update(
            registered_at=registered, due_on=deadlines.petition_due(registered)
        )


FREQUENT_ANSWERS = [
    (
        "Care este programul centrului de informare pentru migranți?",
        "Luni-joi 9-17, vineri 9-14; miercuri până la 19 pentru cei care lucrează. Fără programare.",
    ),
    (
        "Ce acte îmi trebuie pentru prelungirea dreptului de ședere?",
        "Pașaportul, permisul actual, contractul de muncă sau adeverința de student, dovada locuinței "
        "și a asigurării de sănătate. Centrul vă ajută să completați cererea pentru IGI.",
    ),
    (
        "Sunt gratuite cursurile de limba română?",
        "Da, pentru adulții cu drept de ședere în județ. Înscrierea se face la centru sau online.",
    ),
]


def _frequent_answers(staff):
    if FrequentAnswer.objects.exists():
        return
    source = desk.register_at_desk(
        "information",
        channel="phone",
        user=staff,
        data={
            "name": "Olena Kovalenko",
            "email": "olena@example.org",
            "domain": "migration",
            "subject": "Programul centrului de informare",
            "body": "Când este deschis centrul în afara orelor de lucru?",
            "language": "uk",
        },
    )
    source = desk.answer(source, user=staff, text=FREQUENT_ANSWERS[0][1])
    for question, answer in FREQUENT_ANSWERS:
        desk.publish_frequent_answer(source, user=staff, question=question, answer=answer)


def _complaints(staff):
    if Complaint.objects.filter(information_request__isnull=True, petition__isnull=True).exists():
        return
    waited = complaints.file_service_complaint(
        name="Jean-Baptiste Nkurunziza",
        email="jb@example.org",
        subject="Am așteptat două ore la ghișeu",
        body="Joi dimineață era un singur consilier pentru zece persoane.",
        language="fr",
    )
    complaints.answer_service_complaint(
        waited,
        user=staff,
        justified=True,
        text="Aveți dreptate. De joi sunt doi consilieri dimineața și se poate face programare online.",
    )
    complaints.file_service_complaint(
        name="Amal Haddad",
        email="newcomer@example.org",
        subject="Formularul nu există în arabă",
        body="Cererea de înscriere la curs este doar în română.",
        language="ar",
    )


def _consultation(coordinator, moderator):
    if Consultation.objects.filter(slug=CONSULTATION_SLUG).exists():
        return
    today = timezone.localdate()
    debate = EventPage.objects.filter(kind=EventKind.PUBLIC_MEETING).first()
    consultation = consultations.create_consultation(
        user=coordinator,
        title="Planul de acțiune local pentru incluziune 2027 (PALIS)",
        slug=CONSULTATION_SLUG,
        summary="Proiectul planului local de incluziune socială a migranților, în consultare publică.",
        opens_on=today - timedelta(days=12),
        closes_on=today + timedelta(days=5),
        adoption_on=deadlines.consultation_terms(today - timedelta(days=12)).earliest_adoption_on,
        sections=SECTIONS,
        debate_event=debate,
    )
    sections = list(consultation.sections.all())
    for section_index, name, language, body, proposal, decision, reason in COMMENTS:
        comment = Comment.objects.create(
            section=sections[section_index],
            author_name=name,
            language=language,
            body=body,
            proposed_text=proposal,
        )
        consultations.moderate(comment, user=moderator, publish=True)
        consultations.decide(comment, user=coordinator, decision=decision, reason=reason)
    Comment.objects.create(
        section=sections[0],
        author_name="Anonim",
        language="ro",
        body="Reclamă!",
        status=ModerationStatus.PENDING,
    )
    consultations.publish_synthesis(
        consultation,
        user=coordinator,
        introduction="Mulțumim tuturor celor care au trimis propuneri, în patru limbi.",
    )


def _survey(volunteer):
    if Survey.objects.filter(slug="nevoi-nou-veniti").exists():
        return
    survey = Survey.objects.create(
        title="Nevoile nou-veniților",
        slug="nevoi-nou-veniti",
        results_published=True,
        introduction="Chestionar aplicat de voluntari în cartiere (anonim).",
    )
    works = Question.objects.create(
        survey=survey, position=1, kind=QuestionKind.SINGLE, required=True, text="Lucrați în prezent?"
    )
    yes = Choice.objects.create(question=works, position=1, label="Da")
    no = Choice.objects.create(question=works, position=2, label="Nu")
    where = Question.objects.create(
        survey=survey, position=2, kind=QuestionKind.TEXT, text="În ce domeniu?", shown_if_choice=yes
    )
    scale = Question.objects.create(
        survey=survey,
        position=3,
        kind=QuestionKind.SCALE,
        text="Cât de ușor găsiți informații despre servicii? (1-5)",
    )
    needs = Question.objects.create(
        survey=survey, position=4, kind=QuestionKind.MULTIPLE, text="De ce ajutor aveți nevoie?"
    )
    need_choices = [
        Choice.objects.create(question=needs, position=index, label=label)
        for index, label in enumerate(["Limba română", "Locuință", "Loc de muncă", "Acte"], start=1)
    ]
    for number in range(14):
        answers = {
            works.pk: yes.pk if number % 3 else no.pk,
            scale.pk: 1 + number % 5,
            needs.pk: [need_choices[0].pk, need_choices[number % 4].pk],
        }
        if number % 3:
            answers[where.pk] = ["IT", "Construcții", "Restaurante"][number % 3]
        surveys.submit_response(
            survey,
            submission_id=uuid.uuid5(uuid.NAMESPACE_URL, f"demo-survey-{number}"),
            answers=answers,
            language="ro",
            collected_by=volunteer,
        )


SURVEY_TRANSLATIONS = {
    "en": (
        "Newcomers' needs",
        "A questionnaire applied by volunteers in the neighbourhoods (anonymous).",
        [
            "Do you work at present?",
            "In which field?",
            "How easy is it to find information on services? (1-5)",
            "What help do you need?",
        ],
        [["Yes", "No"], ["Romanian language", "Housing", "Work", "Papers"]],
    ),
    "uk": (
        "Потреби новоприбулих",
        "Анкета, яку волонтери проводять у районах (анонімно).",
        [
            "Чи працюєте ви зараз?",
            "У якій галузі?",
            "Наскільки легко знайти інформацію про послуги? (1-5)",
            "Якої допомоги ви потребуєте?",
        ],
        [["Так", "Ні"], ["Румунська мова", "Житло", "Робота", "Документи"]],
    ),
    "ar": (
        "احتياجات القادمين الجدد",
        "استبيان يطبقه المتطوعون في الأحياء (دون ذكر الاسم).",
        [
            "هل تعمل حاليًا؟",
            "في أي مجال؟",
            "ما مدى سهولة العثور على معلومات عن الخدمات؟ (1-5)",
            "ما المساعدة التي تحتاجها؟",
        ],
        [["نعم", "لا"], ["اللغة الرومانية", "السكن", "العمل", "الأوراق"]],
    ),
}


def _translate_survey(staff):
    """The demo survey in English, Ukrainian and Arabic, with answers in each: the results add
    them up with the Romanian ones."""
    survey = Survey.objects.filter(slug="nevoi-nou-veniti").first()
    if survey is None or survey.translations:
        return
    questions = list(survey.questions.prefetch_related("choices"))
    choice_questions = [question for question in questions if question.kind in ("single", "multiple")]
    for language, (title, introduction, texts, labels) in SURVEY_TRANSLATIONS.items():
        surveys.translate_survey(
            survey,
            user=staff,
            language=language,
            title=title,
            introduction=introduction,
            questions={question.pk: text for question, text in zip(questions, texts, strict=True)},
            choices={
                choice.pk: label
                for question, question_labels in zip(choice_questions, labels, strict=True)
                for choice, label in zip(question.choices.all(), question_labels, strict=True)
            },
        )
    survey.refresh_from_db()
    works, _where, scale, needs = questions
    for number, language in enumerate(["en", "uk", "uk", "ar", "ar", "ar"]):
        surveys.submit_response(
            survey,
            submission_id=uuid.uuid5(uuid.NAMESPACE_URL, f"demo-survey-{language}-{number}"),
            answers={
                works.pk: works.choices.all()[number % 2].pk,
                scale.pk: 2 + number % 4,
                needs.pk: [needs.choices.all()[number % 4].pk],
            },
            language=language,
        )


def _campaign():
    """The non-discrimination campaign around 9 November (seed 003), with actions in three
    localities (one still short of the two agreed) and posters from the library."""
    from library.models import Audience, LibraryDocument

    if CampaignPage.objects.exists():
        return
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is None:
        return
    root = site.root_page
    year = timezone.localdate().year
    day = datetime(year, 11, 9).date()
    meeting = EventPage.objects.filter(kind=EventKind.PUBLIC_MEETING).first()
    campaign = CampaignPage(
        title="Campania Nediscriminare",
        slug="campania-nediscriminare",
        slogan="Diferiți, dar egali",
        intro="<p>O săptămână de acțiuni împotriva discriminării, în jurul zilei de 9 noiembrie.</p>",
        day=day,
        starts_on=day - timedelta(days=7),
        ends_on=day + timedelta(days=4),
        localities="Cluj-Napoca\nDej\nTurda",
        news_tag="nediscriminare",
    )
    campaign.actions = [
        CampaignAction(
            locality="Cluj-Napoca", title="Ziua porților deschise la centru", date=day, event=meeting
        ),
        CampaignAction(
            locality="Cluj-Napoca",
            title="Film și dezbatere: „Vecinii noștri”",
            date=day + timedelta(days=1),
            partner="Asociația Studenților Internaționali",
        ),
        CampaignAction(locality="Dej", title="Atelier în Liceul Andrei Mureșanu", date=day),
        CampaignAction(
            locality="Dej", title="Expoziție foto la biblioteca municipală", date=day + timedelta(days=2)
        ),
        CampaignAction(locality="Turda", title="Masă rotundă cu angajatorii", date=day - timedelta(days=2)),
    ]
    campaign.materials = [
        CampaignMaterial(document=document)
        for document in LibraryDocument.objects.filter(audience=Audience.PUBLIC).order_by("title")[:2]
    ]
    root.add_child(instance=campaign)
    campaign.save_revision().publish()


def _feedback():
    if PageFeedback.objects.exists():
        return
    pages = list(Page.objects.filter(depth__gte=2, live=True).order_by("path")[:3])
    for index, page in enumerate(pages):
        community.record_feedback(page, locale="ro", helpful=True)
        community.record_feedback(
            page, locale="ar", helpful=index != 0, comment="لم أجد ساعات العمل." if index == 0 else ""
        )


def _practices(member, moderator):
    for title, locality, topic, problem, done, results in PRACTICES:
        if GoodPractice.objects.filter(title=title).exists():
            continue
        practice = community.submit_practice(
            user=member,
            data={
                "title": title,
                "locality": locality,
                "topic": topic,
                "problem": problem,
                "what_was_done": done,
                "results": results,
                "contact": "centru@example.org",
                "language": "ro",
            },
        )
        community.review_practice(practice, user=moderator, publish=True)
    first = GoodPractice.objects.filter(title=PRACTICES[0][0]).first()
    if first and not first.adoptions.exists():
        community.adopt_practice(first, user=member, municipality="Dragacz", note="Z biblioteką gminną.")


def _audiences(staff):
    from .models import AudienceRequest, AudienceSlot
    from .services import audiences

    if AudienceSlot.objects.exists():
        return
    today = timezone.localdate()
    for days, official in ((3, "Primar"), (5, "Viceprimar"), (10, "Secretar general")):
        starts = timezone.make_aware(datetime.combine(today + timedelta(days=days), time(10)))
        audiences.publish_slot(
            user=staff,
            official=official,
            starts_at=starts,
            ends_at=starts + timedelta(hours=2),
            place="Primăria, sala 12",
            capacity=4,
        )
    audiences.request_audience(
        data={
            "official": "Primar",
            "name": "Olena Kovalenko",
            "email": "olena@example.org",
            "topic": "Loc de joacă în Mănăștur",
        },
        language="uk",
    )
    first = AudienceRequest.objects.first()
    audiences.confirm_audience(first, slot=AudienceSlot.objects.order_by("starts_at").first(), user=staff)


def load(stdout):
    users = _users()
    staff, coordinator = users.get("desk@example.org"), users.get("coordinator@example.org")
    moderator, member = users.get("moderator@example.org"), users.get("member@example.org")
    if None in (staff, coordinator, moderator, member):
        stdout.write("Participation demo skipped: load the accounts demo first.")
        return
    _cases(staff)
    _consultation(coordinator, moderator)
    _survey(users.get("volunteer@example.org"))
    _translate_survey(staff)
    _frequent_answers(staff)
    _complaints(staff)
    _campaign()
    _feedback()
    _practices(member, moderator)
    _audiences(staff)
    stdout.write(
        f"Participation: {InformationRequest.objects.count()} information requests, "
        f"{Petition.objects.count()} petitions, {Consultation.objects.count()} consultation, "
        f"{Comment.objects.count()} comments, {Survey.objects.count()} survey, "
        f"{GoodPractice.objects.filter(status=PracticeStatus.PUBLISHED).count()} good practices, "
        f"{FrequentAnswer.objects.count()} frequently requested answers, "
        f"{CampaignPage.objects.count()} campaign"
    )
