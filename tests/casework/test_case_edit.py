"""Editing a case file: the assessment, goals, categories and caseworkers change through one
service, from the page and from the API, and every change is in the audit log."""

from django.urls import reverse
from wagtail.models import ModelLogEntry

from casework.models import Case


def _edit(client, case, **fields):
    data = {
        "needs_assessment": "Needs a family doctor and a flat.",
        "goals": "Registered with a doctor by March.",
        "vulnerabilities": ["single_parent", "illness"],
        "caseworker": case.caseworker_id,
        **fields,
    }
    return client.post(reverse("casework:edit_case", args=[case.pk]), data, HTTP_ACCEPT_LANGUAGE="en")


def test_the_caseworker_edits_the_case_and_the_change_is_audited(client, staff_a, lead_a, case):
    client.force_login(staff_a)
    detail = client.get(reverse("casework:case_detail", args=[case.pk])).content.decode()
    assert reverse("casework:edit_case", args=[case.pk]) in detail
    form = client.get(reverse("casework:edit_case", args=[case.pk])).content.decode()
    assert "Needs a family doctor." in form
    response = _edit(client, case, deputy=lead_a.pk)
    assert response.status_code == 302
    case.refresh_from_db()
    assert case.goals == "Registered with a doctor by March."
    assert case.vulnerabilities == ["single_parent", "illness"] and case.deputy == lead_a
    assert ModelLogEntry.objects.filter(action="casework.update_case", user=staff_a).exists()
    page = client.get(reverse("casework:case_detail", args=[case.pk])).content.decode()
    assert "Registered with a doctor by March." in page


def test_a_deputy_from_another_centre_is_refused_and_nothing_changes(client, staff_a, staff_b, case):
    client.force_login(staff_a)
    response = _edit(client, case, deputy=staff_b.pk)
    assert response.status_code == 200 and 'id="id_deputy-error"' in response.content.decode()
    assert Case.objects.get(pk=case.pk).goals == ""


def test_the_deputy_cannot_be_the_caseworker(client, staff_a, case):
    client.force_login(staff_a)
    response = _edit(client, case, deputy=staff_a.pk)
    assert 'class="errors" role="alert"' in response.content.decode()
    assert Case.objects.get(pk=case.pk).deputy is None


def test_the_network_coordinator_reads_but_does_not_edit(client, network_coordinator, staff_b, case):
    for person in (network_coordinator, staff_b):
        client.force_login(person)
        assert _edit(client, case).status_code == 403
    assert Case.objects.get(pk=case.pk).goals == ""


def test_the_api_changes_the_case_through_the_same_service(client, staff_a, staff_b, lead_a, case):
    client.force_login(staff_a)
    url = f"/api/casework/cases/{case.pk}"
    body = {
        "needs_assessment": "Housing first.",
        "vulnerabilities": ["single_parent"],
        "caseworker_id": staff_a.pk,
        "deputy_id": lead_a.pk,
    }
    response = client.put(url, body, content_type="application/json")
    assert response.status_code == 200 and response.json()["id"] == case.pk
    assert Case.objects.get(pk=case.pk).needs_assessment == "Housing first."
    assert ModelLogEntry.objects.filter(action="casework.update_case", user=staff_a).exists()
    wrong = client.put(
        url, {**body, "deputy_id": staff_b.pk}, content_type="application/json", HTTP_ACCEPT_LANGUAGE="en"
    )
    assert wrong.status_code == 400 and "work at the centre" in wrong.json()["detail"]
    unknown = client.put(
        url, {**body, "vulnerabilities": ["tall"]}, content_type="application/json", HTTP_ACCEPT_LANGUAGE="en"
    )
    assert unknown.status_code == 400 and "vulnerability categories" in unknown.json()["detail"]
    client.force_login(staff_b)
    assert client.put(url, body, content_type="application/json").status_code == 403
    assert Case.objects.get(pk=case.pk).deputy == lead_a
