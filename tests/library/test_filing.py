import pytest
from django.core.files.base import ContentFile

from library.models import Audience, DocumentKind
from library.services import file_document


@pytest.mark.django_db
def test_members_only_document_is_not_served_to_anonymous_visitors(client):
    document = file_document(
        title="Minutes",
        file=ContentFile(b"internal", name="minutes.txt"),
        kind=DocumentKind.MINUTES,
        audience=Audience.MEMBERS,
    )
    response = client.get(document.url)
    assert response.status_code in (302, 403)
    assert b"internal" not in b"".join(getattr(response, "streaming_content", [response.content]))


@pytest.mark.django_db
def test_public_document_is_served_to_anyone(client):
    document = file_document(
        title="Guide",
        file=ContentFile(b"public guide", name="guide.txt"),
        kind=DocumentKind.INFORMATIONAL,
        audience=Audience.PUBLIC,
    )
    response = client.get(document.url)
    assert response.status_code == 200
