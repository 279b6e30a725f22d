"""Demo content of participation: an information request due tomorrow, an overdue petition, a
consultation on the local inclusion plan with comments in four languages and its synthesis, a
survey with results, page feedback and a compendium of six good practices. Safe to run again."""

import uuid
from datetime import datetime, time, timedelta

from django.contrib.auth import get_user_model
from django.utils import timezone
from wagtail.models import Page

from events.models import EventKind, EventPage

from . import deadlines
from .models import (
    Choice,
    Comment,
    Consultation,
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
from .services import community, consultations, desk, surveys

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
    _feedback()
    _practices(member, moderator)
    _audiences(staff)
    stdout.write(
        f"Participation: {InformationRequest.objects.count()} information requests, "
        f"{Petition.objects.count()} petitions, {Consultation.objects.count()} consultation, "
        f"{Comment.objects.count()} comments, {Survey.objects.count()} survey, "
        f"{GoodPractice.objects.filter(status=PracticeStatus.PUBLISHED).count()} good practices"
    )
