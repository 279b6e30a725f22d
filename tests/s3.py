"""An S3-compatible bucket for tests: moto's S3 server on a free port, and the settings of this
process pointed at it as production.py does (site/settings/s3.py). A plugin of tests/conftest.py."""

import pytest

from integration_site.settings.s3 import s3_storages

BUCKET = "centre-files"
REGION = "eu-central-1"


@pytest.fixture(scope="module")
def s3_endpoint():
    from moto.server import ThreadedMotoServer

    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    yield f"http://{host}:{port}"
    server.stop()


@pytest.fixture
def s3_environment(s3_endpoint):
    return {
        "AWS_STORAGE_BUCKET_NAME": BUCKET,
        "AWS_S3_ENDPOINT_URL": s3_endpoint,
        "AWS_S3_REGION_NAME": REGION,
        "AWS_ACCESS_KEY_ID": "centre-key",
        "AWS_SECRET_ACCESS_KEY": "centre-secret",
    }


@pytest.fixture
def files_on_s3(settings, s3_environment):
    """Media and private files in an empty bucket; the boto3 client, to look inside it."""
    import boto3

    client = boto3.client(
        "s3",
        endpoint_url=s3_environment["AWS_S3_ENDPOINT_URL"],
        region_name=REGION,
        aws_access_key_id=s3_environment["AWS_ACCESS_KEY_ID"],
        aws_secret_access_key=s3_environment["AWS_SECRET_ACCESS_KEY"],
    )
    client.create_bucket(Bucket=BUCKET, CreateBucketConfiguration={"LocationConstraint": REGION})
    settings.STORAGES = {**settings.STORAGES, **s3_storages(s3_environment)}
    yield client
    for item in client.list_objects_v2(Bucket=BUCKET).get("Contents", []):
        client.delete_object(Bucket=BUCKET, Key=item["Key"])
    client.delete_bucket(Bucket=BUCKET)


def readable_anonymously(client, key):
    """What a browser given the object's address would get: is it the object?"""
    import requests

    return requests.get(f"{client.meta.endpoint_url}/{BUCKET}/{key}", timeout=10).status_code == 200
