"""Case documents with several app servers: in the bucket's private part, never readable from it
by address, handed out only by the case view to those who may open the case."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from tests.s3 import BUCKET, readable_anonymously

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.mark.django_db
def test_a_case_document_in_the_bucket_reaches_only_the_case_team(
    client, case, staff_a, staff_b, files_on_s3
):
    client.force_login(staff_a)
    client.post(
        reverse("casework:case_upload", args=[case.pk]),
        {"title": "Scrisoare medicală", "file": SimpleUploadedFile("scrisoare.pdf", PDF)},
    )
    document = case.documents.get()
    key = f"private/{document.file.name}"
    assert files_on_s3.get_object(Bucket=BUCKET, Key=key)["Body"].read() == PDF
    assert not readable_anonymously(files_on_s3, key)

    url = reverse("casework:case_document", args=[case.pk, document.pk])
    response = client.get(url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF
    assert response["Cache-Control"] == "private, no-store"
    client.force_login(staff_b)
    assert client.get(url).status_code == 403
    client.logout()
    assert client.get(url).status_code == 302
