"""A coordinator runs a meeting end to end in the browser; a member then finds their items."""

import datetime

import pytest
from django.utils import timezone

from accounts import roles
from coordination.models import ActionItem, Attendance, Meeting, MinutesStatus
from tests.coordination.conftest import root_collection  # noqa: F401 (fixture)
from tests.coordination.factories import BodyFactory, TeamMemberFactory, add_members

MINUTES_PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def submit(tab, action_suffix):
    # Each form posts and redirects back to the meeting page: wait for that page, not the old one.
    with tab.expect_navigation():
        tab.locator(f"form[action$='{action_suffix}'] button[type=submit]").click()


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("root_collection")
def test_coordinator_runs_a_meeting_and_member_sees_their_action_items(
    tab, sign_in, make_user, tmp_path, settings
):
    settings.MEDIA_ROOT = tmp_path
    coordinator, member_user = make_user(roles.COORDINATORS), make_user(roles.TEAM_MEMBERS)
    member = TeamMemberFactory(name="Andrei Pop", user=member_user)
    colleague = TeamMemberFactory(name="Elena Rus")
    body = add_members(BodyFactory(name="Local Support Team"), member, colleague)

    sign_in(tab, coordinator)
    tab.goto("/ro/coordination/meetings/new/")
    tab.select_option("#id_body", str(body.pk))
    tab.fill("#id_title", "Ședința LST – trimestrul IV")
    starts = timezone.localtime() - datetime.timedelta(hours=3)
    tab.fill("#id_starts_at", starts.strftime("%Y-%m-%dT%H:%M"))
    tab.fill("#id_ends_at", (starts + datetime.timedelta(hours=2)).strftime("%Y-%m-%dT%H:%M"))
    tab.fill("#id_place", "Primăria Cluj-Napoca, sala 12")
    tab.fill("#id_agenda", "Mecanismul de referire\nRaport trimestrial")
    tab.locator("main form button[type=submit]").click()
    tab.wait_for_url("**/coordination/meetings/*/")
    meeting = Meeting.objects.get()
    assert tab.locator("h1").inner_text() == "Ședința LST – trimestrul IV"

    tab.check(f"#present-{member.pk}")
    tab.fill(f"#deputy-{colleague.pk}", "Mariana Bălan")
    submit(tab, "/attendance/")
    assert set(Attendance.objects.values_list("member__name", "deputy_name")) == {
        ("Andrei Pop", ""),
        ("Elena Rus", "Mariana Bălan"),
    }

    minutes_file = tmp_path / "proces-verbal.pdf"
    minutes_file.write_bytes(MINUTES_PDF)
    tab.set_input_files("#id_file", str(minutes_file))
    submit(tab, "/minutes/upload/")
    assert tab.locator("a[href$='/file/']").count() == 1

    for title, due in (("Trimite formularul de referire", 5), ("Raport privind programările IGI", 20)):
        tab.fill("#id_title", title)
        tab.select_option("#id_owner_member", str(member.pk))
        tab.fill("#id_due_date", (timezone.localdate() + datetime.timedelta(days=due)).isoformat())
        submit(tab, "/action-items/")
    assert ActionItem.objects.filter(owner_member=member).count() == 2

    assert tab.evaluate("document.documentElement.scrollWidth") <= 360
    submit(tab, "/minutes/approve/")
    meeting.minutes.refresh_from_db()
    assert meeting.minutes.status == MinutesStatus.APPROVED, tab.locator("main").inner_text()
    tab.check("input[name=audience][value=members]")
    submit(tab, "/minutes/publish/")
    meeting.minutes.refresh_from_db()
    assert meeting.minutes.status == MinutesStatus.PUBLISHED and meeting.minutes.document_id

    member_tab = tab.context.browser.new_context(
        viewport={"width": 360, "height": 740}, base_url=tab.url.split("/ro/")[0]
    ).new_page()
    sign_in(member_tab, member_user)
    member_tab.goto("/ro/coordination/my/")
    items = member_tab.locator(".my-action-items li")
    assert items.count() == 2
    assert "Trimite formularul de referire" in items.nth(0).inner_text()
    assert "Raport privind programările IGI" in items.nth(1).inner_text()
    assert member_tab.evaluate("document.documentElement.scrollWidth") <= 360
    member_tab.context.close()
