"""Demo content: a Cluj-Napoca integration team with its directory, bodies, meetings, minutes,
action items, action plan and work plan. Idempotent: running it again changes nothing."""

import datetime

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from .. import services
from ..models import (
    Action,
    Answer,
    Body,
    BodyMembership,
    Expert,
    Indicator,
    Institution,
    Invitation,
    Meeting,
    ProgressUpdate,
    StrategicObjective,
    TeamMember,
    WorkPlanEntry,
)
from .data import (
    BODIES,
    EXPERTS,
    INSTITUTIONS,
    MEMBERS,
    OBJECTIVES,
    PAST_MEETINGS,
    UPCOMING_MEETING,
    WORK_PLAN,
)


def _directory():
    institutions = [
        Institution.objects.get_or_create(
            name=name, defaults={"tier": tier, "migrant_led": migrant_led, "email": email, "phone": phone}
        )[0]
        for name, tier, migrant_led, email, phone in INSTITUTIONS
    ]
    users = {
        user.email: user
        for user in get_user_model().objects.filter(email__in=[m[8] for m in MEMBERS if m[8]])
    }
    members = {}
    for name, role, institution, email, phone, migrant, language, _deputy_of, account in MEMBERS:
        member, _created = TeamMember.objects.get_or_create(
            name=name,
            defaults={
                "role": role,
                "institution": institutions[institution],
                "email": email,
                "phone": phone,
                "is_migrant": migrant,
                "preferred_language": language,
            },
        )
        user = users.get(account)
        if user and member.user_id is None and not TeamMember.objects.filter(user=user).exists():
            member.user = user
            member.save(update_fields=["user"])
        members[name] = member
    for name, *_fields, deputy_of, _account in MEMBERS:
        if deputy_of and members[name].deputy_of_id is None:
            members[name].deputy_of = members[deputy_of]
            members[name].save(update_fields=["deputy_of"])
    for name, kind, languages, specialties, organisation, email, phone in EXPERTS:
        Expert.objects.get_or_create(
            name=name,
            defaults={
                "kind": kind,
                "languages": languages,
                "specialties": specialties,
                "organisation": organisation,
                "email": email,
                "phone": phone,
            },
        )
    return institutions, members


def _bodies(members):
    bodies = []
    for name, description, minimum, share, member_names, chair in BODIES:
        body, _created = Body.objects.get_or_create(
            name=name,
            defaults={
                "description": description,
                "min_meetings_per_year": minimum,
                "min_migrant_share": share,
            },
        )
        for member_name in member_names:
            BodyMembership.objects.get_or_create(
                body=body, member=members[member_name], defaults={"is_chair": member_name == chair}
            )
        bodies.append(body)
    return bodies


def _owner(name, members):
    if name in members:
        return {"owner_member": members[name]}
    return {"owner_institution": Institution.objects.get(name=name)}


def _meeting(body, title, days_from_now, place, agenda, coordinator):
    existing = Meeting.objects.filter(body=body, title=title).first()
    if existing:
        return existing, False
    starts_at = (timezone.now() + datetime.timedelta(days=days_from_now)).replace(
        hour=10, minute=0, second=0, microsecond=0
    )
    online = place == "Online"
    meeting = services.create_meeting(
        body=body,
        title=title,
        starts_at=starts_at,
        ends_at=starts_at + datetime.timedelta(hours=2),
        place="" if online else place,
        online_url="https://meet.example.org/lst-cluj" if online else "",
        agenda=agenda,
        user=coordinator,
    )
    return meeting, True


def _past_meetings(bodies, members, coordinator):
    for body_index, title, days_ago, place, agenda, summaries, decisions, audience, items in PAST_MEETINGS:
        meeting, created = _meeting(bodies[body_index], title, -days_ago, place, agenda, coordinator)
        if not created:
            continue
        body_members = list(meeting.body.members.order_by("pk"))
        Invitation.objects.bulk_create(
            Invitation(meeting=meeting, member=member, answer=Answer.ATTENDING, sent_at=meeting.starts_at)
            for member in body_members
        )
        services.record_attendance(
            meeting,
            present_member_ids=[m.pk for m in body_members[1:]],
            deputies={body_members[0].pk: "Vlad Cătană"},
            user=coordinator,
        )
        agenda_items = list(meeting.agenda_items.order_by("position"))
        services.save_minutes(
            meeting,
            item_summaries={str(item.pk): text for item, text in zip(agenda_items, summaries, strict=False)},
            decisions=decisions,
            user=coordinator,
        )
        for item_title, owner, due_in_days in items:
            services.add_action_item(
                meeting,
                title=item_title,
                due_date=timezone.localdate() + datetime.timedelta(days=due_in_days),
                user=coordinator,
                **_owner(owner, members),
            )
        minutes = services.approve_minutes(meeting.minutes, user=coordinator)
        services.publish_minutes(minutes, audience=audience, user=coordinator)


def _upcoming_meeting(bodies, coordinator):
    body_index, title, days_ahead, place, agenda = UPCOMING_MEETING
    meeting, created = _meeting(bodies[body_index], title, days_ahead, place, agenda, coordinator)
    if created:
        answers = [Answer.ATTENDING, Answer.DEPUTY, Answer.PENDING, Answer.NOT_ATTENDING]
        for index, member in enumerate(meeting.body.members.order_by("pk")):
            answer = answers[index % len(answers)]
            Invitation.objects.create(
                meeting=meeting,
                member=member,
                answer=answer,
                sent_at=timezone.now(),
                deputy_name="Mariana Bălan" if answer == Answer.DEPUTY else "",
                answered_at=timezone.now() if answer != Answer.PENDING else None,
            )


def _action_plan(institutions):
    start = datetime.date(timezone.localdate().year, 1, 1)
    for number, title, actions in OBJECTIVES:
        objective, _created = StrategicObjective.objects.get_or_create(
            number=number, defaults={"title": title}
        )
        for code, action_title, leader, partners, progress, status, indicators, updates in actions:
            action, created = Action.objects.get_or_create(
                code=code,
                defaults={
                    "objective": objective,
                    "title": action_title,
                    "leader": institutions[leader],
                    "starts_on": start,
                    "ends_on": start.replace(year=start.year + 2) - datetime.timedelta(days=1),
                    "progress": progress,
                    "status": status,
                },
            )
            if not created:
                continue
            action.partners.set([institutions[index] for index in partners])
            for name, unit, target, current in indicators:
                Indicator.objects.create(action=action, name=name, unit=unit, target=target, current=current)
            for step, (text, step_progress) in enumerate(updates, start=1):
                ProgressUpdate.objects.create(
                    action=action,
                    text=text,
                    progress=step_progress,
                    status=status,
                    date=start + datetime.timedelta(days=60 * step),
                )


def _work_plan(institutions, members):
    start = datetime.date(timezone.localdate().year, 1, 1)
    for days, activity, member_names, institution_indexes, resources in WORK_PLAN:
        entry, created = WorkPlanEntry.objects.get_or_create(
            activity=activity,
            defaults={"date": start + datetime.timedelta(days=days), "resources": resources},
        )
        if created:
            entry.responsible_members.set([members[name] for name in member_names])
            entry.responsible_institutions.set([institutions[index] for index in institution_indexes])


@transaction.atomic
def load(stdout):
    coordinator = get_user_model().objects.filter(email="coordinator@example.org").first()
    if coordinator is None:
        stdout.write("Coordination demo skipped: load the accounts demo first (coordinator@example.org).")
        return
    institutions, members = _directory()
    bodies = _bodies(members)
    _past_meetings(bodies, members, coordinator)
    _upcoming_meeting(bodies, coordinator)
    _action_plan(institutions)
    _work_plan(institutions, members)
    stdout.write(
        f"Coordination: {Institution.objects.count()} institutions, {TeamMember.objects.count()} team members, "
        f"{Meeting.objects.count()} meetings, {StrategicObjective.objects.count()} strategic objectives"
    )
