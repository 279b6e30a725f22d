"""A request that does not match an operation's schema gets its 422 in the caller's language:
each entry of `errors` keeps Pydantic's `type` and `loc` for programs, and its `msg` is a sentence
a person understands, translated."""

import json

import pytest

pytestmark = pytest.mark.django_db

LIBRARY = "/api/library/documents/"
ME = "/api/accounts/me"


def errors_by_field(response):
    assert response.status_code == 422, response.content[:300]
    body = response.json()
    assert body["detail"]
    return {error["loc"][-1]: error for error in body["errors"]}


@pytest.mark.parametrize(
    "language, whole_number, at_most, request_not_valid",
    [
        (
            "ro",
            "Introduceţi un număr întreg.",
            "Asiguraţi-vă că această valoare este mai mică sau egală cu 100 .",
            "Cererea nu este validă.",
        ),
        (
            "ar",
            "أدخل رقما صحيحا.",
            "تحقق من أن تكون هذه القيمة أقل من 100 أو مساوية لها.",
            "الطلب غير صالح.",
        ),
    ],
)
def test_query_parameters_are_refused_in_the_callers_language(
    client, language, whole_number, at_most, request_not_valid
):
    response = client.get(LIBRARY, {"year": "abc", "page_size": 1000}, HTTP_ACCEPT_LANGUAGE=language)

    errors = errors_by_field(response)
    assert response.json()["detail"] == request_not_valid
    assert (errors["year"]["type"], errors["year"]["msg"]) == ("int_parsing", whole_number)
    assert (errors["page_size"]["type"], errors["page_size"]["msg"]) == ("less_than_equal", at_most)
    assert errors["page_size"]["ctx"] == {"le": 100}


@pytest.mark.parametrize(
    "language, required, date",
    [
        ("ro", "Acest câmp este obligatoriu.", "Introduceți o dată validă."),
        ("ar", "هذا الحقل مطلوب.", "أدخل تاريخاً صحيحاً."),
    ],
)
def test_a_body_is_refused_in_the_callers_language(client, make_user, language, required, date):
    client.force_login(make_user("Participants"))
    body = {"met_on": "2 December", "hours": 1}

    response = client.post(
        "/api/mentoring/my/matches/1/check-ins",
        json.dumps(body),
        content_type="application/json",
        HTTP_ACCEPT_LANGUAGE=language,
    )

    errors = errors_by_field(response)
    assert errors["met_on"]["msg"] == date
    assert (errors["how_it_goes"]["type"], errors["how_it_goes"]["msg"]) == ("missing", required)
