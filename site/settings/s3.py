"""Media and private files on S3-compatible storage (django-storages, the `s3` extra), so that
several app servers share them: switched on by AWS_STORAGE_BUCKET_NAME (README, "Past one machine").

Public media (Wagtail images) go under `media/` with public URLs. Private files (library
documents, minutes, case files) go to AWS_PRIVATE_STORAGE_BUCKET_NAME, or the same bucket under
`private/`, without a public ACL and without URLs: only the app's permission-checking views hand
them out."""

from urllib.parse import urlsplit

# Larger private files are spooled to disk while a view streams them, not held in memory.
PRIVATE_FILE_MEMORY_BYTES = 5 * 1024 * 1024


def s3_storages(environ):
    """The STORAGES entries "default" and "private" that `environ` asks for, or {} for none."""
    bucket = environ.get("AWS_STORAGE_BUCKET_NAME", "")
    if not bucket:
        return {}
    endpoint = environ.get("AWS_S3_ENDPOINT_URL") or None
    common = {
        "endpoint_url": endpoint,
        "region_name": environ.get("AWS_S3_REGION_NAME") or None,
        # Unset: boto3 finds credentials itself (AWS_* variables, instance role...).
        "access_key": environ.get("AWS_ACCESS_KEY_ID") or None,
        "secret_key": environ.get("AWS_SECRET_ACCESS_KEY") or None,
        # S3-compatible services (MinIO, Garage, most providers) take path-style addresses.
        "addressing_style": environ.get("AWS_S3_ADDRESSING_STYLE") or ("path" if endpoint else None),
        "file_overwrite": False,
    }
    public = {
        **common,
        "bucket_name": bucket,
        "location": environ.get("AWS_MEDIA_LOCATION", "media"),
        "custom_domain": environ.get("AWS_S3_CUSTOM_DOMAIN") or None,
        "querystring_auth": False,
        # Empty when the bucket's policy makes `media/` readable and ACLs are switched off.
        "default_acl": environ.get("AWS_MEDIA_ACL", "public-read") or None,
    }
    private = {
        **common,
        "bucket_name": environ.get("AWS_PRIVATE_STORAGE_BUCKET_NAME") or bucket,
        "location": environ.get("AWS_PRIVATE_LOCATION", "private"),
        "max_memory_size": PRIVATE_FILE_MEMORY_BYTES,
    }
    return {
        "default": {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": public},
        "private": {"BACKEND": "core.s3.PrivateS3Storage", "OPTIONS": private},
    }


def s3_media_origins(environ):
    """Where browsers load public media from, for the Content-Security-Policy."""
    bucket = environ.get("AWS_STORAGE_BUCKET_NAME", "")
    if not bucket:
        return []
    if environ.get("AWS_S3_CUSTOM_DOMAIN"):
        return [f"https://{environ['AWS_S3_CUSTOM_DOMAIN']}"]
    if environ.get("AWS_S3_ENDPOINT_URL"):
        endpoint = urlsplit(environ["AWS_S3_ENDPOINT_URL"])
        return [f"{endpoint.scheme}://{endpoint.netloc}"]
    region = environ.get("AWS_S3_REGION_NAME")
    return [f"https://{bucket}.s3.amazonaws.com"] + (
        [f"https://{bucket}.s3.{region}.amazonaws.com"] if region else []
    )
