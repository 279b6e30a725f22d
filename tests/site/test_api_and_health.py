import pytest


@pytest.mark.django_db
def test_health_check_reports_the_database_as_ok(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}


@pytest.mark.django_db
def test_one_openapi_document_describes_the_project_and_the_content_api(client):
    document = client.get("/api/openapi.json").json()
    assert document["openapi"].startswith("3.")
    assert "/api/v3/pages/" in document["paths"]
    assert "/api/v3/documents/" in document["paths"]


@pytest.mark.django_db
def test_browsable_api_docs_are_served_without_a_cdn(client):
    response = client.get("/api/docs")
    assert response.status_code == 200
    assert b"cdn." not in response.content


@pytest.mark.django_db
def test_the_openapi_document_is_valid_openapi_3(client):
    from openapi_spec_validator import validate

    validate(client.get("/api/openapi.json").json())


@pytest.mark.django_db
def test_every_operation_has_a_unique_operation_id(client):
    document = client.get("/api/openapi.json").json()
    operation_ids = [
        operation["operationId"]
        for operations in document["paths"].values()
        for operation in operations.values()
        if isinstance(operation, dict) and "operationId" in operation
    ]
    assert len(operation_ids) == len(set(operation_ids))


@pytest.mark.django_db
@pytest.mark.parametrize(
    "path", ["/api/v3/pages/999999/", "/api/no-such-endpoint/", "/documents/999999/x.pdf"]
)
def test_unknown_api_and_document_paths_answer_404_not_a_redirect(client, path):
    assert client.get(path).status_code == 404


@pytest.mark.django_db
@pytest.mark.parametrize(
    "path",
    [
        "/api/events/68892327408985472082378752",
        "/api/library/documents/99999999999999999999999/",
        "/api/coordination/minutes/99999999999999999999999",
    ],
)
def test_ids_beyond_the_database_range_are_refused_cleanly(client, path):
    response = client.get(path)
    assert response.status_code in (400, 401, 404, 422)
