"""Private files on S3-compatible storage (django-storages), for several app servers: see
core/files.py and site/settings/s3.py."""

from storages.backends.s3 import S3Storage


class PrivateS3Storage(S3Storage):
    """Objects stored with the `private` ACL and never given a URL, not even a presigned one: the
    permission-checking views stream them (core.files.serve_private, Wagtail's document view)."""

    # A class attribute wins over a project-wide AWS_DEFAULT_ACL.
    default_acl = "private"

    def url(self, name, parameters=None, expire=None, http_method=None):
        # NotImplementedError is what Wagtail's document view expects from a storage without
        # URLs: it then streams the file itself, after its permission checks.
        raise NotImplementedError("Private files have no public URL; link to the view that serves them.")
