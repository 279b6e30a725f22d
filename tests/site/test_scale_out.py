"""Several app servers (README, "Past one machine"): media and private files in one S3-compatible
bucket (moto's S3 server stands in for it), cache and rate limits shared on Redis, page search on
OpenSearch by setting. Production settings are read in subprocesses, as each app server would."""

import json
import os
import subprocess
import sys
import uuid

import pytest
import requests
from django.conf import settings as django_settings
from django.core.files.base import ContentFile
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from accounts import roles
from library.models import Audience, DocumentKind
from library.services import file_document
from tests.s3 import BUCKET, readable_anonymously

REDIS_URL = "redis://127.0.0.1:6379/0"


def run_app_server(code, **environment):
    """Run `code` after django.setup() in a fresh process on the production settings; its last
    printed line is JSON."""
    env = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith(("AWS_", "REDIS_", "SEARCH_", "OPENSEARCH_", "PRIVATE_FILES", "DJANGO_"))
    }
    env.update(
        DJANGO_SETTINGS_MODULE="integration_site.settings.production",
        SECRET_KEY="scale-out-test-" + "x" * 40,
        **environment,
    )
    result = subprocess.run(
        [sys.executable, "-c", "import django, json\ndjango.setup()\n" + code],
        env=env,
        cwd=django_settings.BASE_DIR,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.mark.django_db
def test_an_uploaded_image_lands_in_the_bucket_and_its_urls_work(files_on_s3):
    image = get_image_model().objects.create(title="Harta centrului", file=get_test_image_file())
    rendition = image.get_rendition("fill-40x30")

    keys = [item["Key"] for item in files_on_s3.list_objects_v2(Bucket=BUCKET)["Contents"]]
    assert f"media/{image.file.name}" in keys
    assert f"media/{rendition.file.name}" in keys
    for url in (image.file.url, rendition.url):
        answer = requests.get(url, timeout=10)  # anonymous, as a browser
        assert answer.status_code == 200
        assert answer.content[:8] == b"\x89PNG\r\n\x1a\n"


@pytest.mark.django_db
def test_a_members_document_stays_private_in_the_bucket_and_only_members_get_it(
    files_on_s3, client, make_user, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        document = file_document(
            title="Procesul-verbal confidential",
            file=ContentFile(b"Cazurile discutate de echipa.", name="minutes.txt"),
            kind=DocumentKind.MINUTES,
            audience=Audience.MEMBERS,
        )
    key = f"private/{document.file.name}"

    assert files_on_s3.get_object(Bucket=BUCKET, Key=key)["Body"].read() == b"Cazurile discutate de echipa."
    grants = files_on_s3.get_object_acl(Bucket=BUCKET, Key=key)["Grants"]
    assert not [grant for grant in grants if grant["Grantee"].get("URI", "").endswith("/AllUsers")]
    assert not readable_anonymously(files_on_s3, key)
    with pytest.raises(NotImplementedError):
        document.file.url  # noqa: B018

    assert client.get(document.url).status_code in (302, 403)
    client.force_login(make_user(roles.VOLUNTEERS))
    assert client.get(document.url).status_code in (302, 403, 404)
    client.force_login(make_user(roles.TEAM_MEMBERS))
    response = client.get(document.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"Cazurile discutate de echipa."


def test_production_settings_put_files_in_the_bucket_when_one_is_named(s3_environment):
    code = """
from django.conf import settings
from django.core.files.storage import storages
from core.files import private_files_storage
print(json.dumps({
    "media": type(storages["default"]).__name__,
    "media_location": storages["default"].location,
    "private": private_files_storage.__class__.__name__,
    "private_acl": getattr(storages["private"], "default_acl", None),
    "private_location": storages["private"].location,
    "img_src": settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]["img-src"],
}))
"""
    on_s3 = run_app_server(code, **s3_environment)
    assert on_s3["media"] == "S3Storage" and on_s3["media_location"] == "media"
    assert on_s3["private"] == "PrivateS3Storage" and on_s3["private_acl"] == "private"
    assert on_s3["private_location"] == "private"
    assert s3_environment["AWS_S3_ENDPOINT_URL"] in on_s3["img_src"]

    on_disk = run_app_server(code)
    assert on_disk["media"] == "FileSystemStorage" and on_disk["private"] == "PrivateStorage"
    assert on_disk["img_src"] == ["'self'", "data:", "blob:"]


def test_production_settings_search_pages_on_opensearch_when_told():
    """No OpenSearch server here: the backend is resolved and configured, not queried."""
    code = """
from wagtail.models import Page
from wagtail.search.backends import get_search_backend
backend = get_search_backend()
print(json.dumps({
    "backend": type(backend).__module__ + "." + type(backend).__name__,
    "client": type(getattr(backend, "es", None)).__name__,
    "hosts": [str(host) for host in getattr(backend, "hosts", [])],
    "index": backend.get_index_for_model(Page).name if hasattr(backend, "hosts") else "",
}))
"""
    postgresql = {"DATABASE_URL": "postgres://postgres@127.0.0.1:5432/not-connected"}
    opensearch = run_app_server(
        code, SEARCH_BACKEND="opensearch", OPENSEARCH_URL="https://search.example.org:9200", **postgresql
    )
    assert opensearch["backend"] == "modelsearch.backends.opensearch3.OpenSearch3SearchBackend"
    assert opensearch["client"] == "OpenSearch"
    assert "search.example.org" in opensearch["hosts"][0]
    assert opensearch["index"].startswith("integration_")

    by_default = run_app_server(code, **postgresql)
    assert by_default["backend"].startswith("home.search_backend.")


def test_app_servers_share_the_sign_in_rate_limit_through_redis():
    """Five wrong passwords per account in five minutes, counted across app servers: three on
    one, then three on another, and the sixth is refused."""
    code = """
from allauth.core import ratelimit
from django.core.cache import caches
from django.test import RequestFactory
request = RequestFactory().post("/accounts/login/", REMOTE_ADDR="203.0.113.7")
key = "centre.example.org:{email}"
print(json.dumps({
    "cache": type(caches["default"]).__name__,
    "allowed": [ratelimit.consume(request, action="login_failed", key=key) for _ in range(3)],
}))
""".replace("{email}", f"{uuid.uuid4().hex}@example.org")
    prefix = f"scale-out-{uuid.uuid4().hex}"
    first = run_app_server(code, REDIS_URL=REDIS_URL, CACHE_KEY_PREFIX=prefix)
    second = run_app_server(code, REDIS_URL=REDIS_URL, CACHE_KEY_PREFIX=prefix)
    assert first == {"cache": "RedisCache", "allowed": [True, True, True]}
    assert second == {"cache": "RedisCache", "allowed": [True, True, False]}
