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
