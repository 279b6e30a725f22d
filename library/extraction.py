"""Text extraction from library files. Runs only in a background task (tasks.py) queued after the
upload commits, never in the upload's request. The file is read in a child process (extractors.py)
with limits on pages, decompressed size, memory and time: a file over a limit is kept, marked
"text not extracted" with the reason, and its editors see why on the document's form."""

import json
import logging
import subprocess
import sys
from pathlib import Path

from django.conf import settings
from django.db import transaction
from django.utils.translation import gettext as _

logger = logging.getLogger(__name__)

#: Enough text to find a document by; PostgreSQL's tsvector has a 1 MB ceiling anyway.
MAX_TEXT_LENGTH = 200_000
EXTRACTOR_SCRIPT = Path(__file__).with_name("extractors.py")
EXTRACTABLE = ("pdf", "docx", "odt", "txt")
MB = 1024 * 1024


class UnsupportedFormat(Exception):
    pass


class LimitReached(Exception):
    """The file is over an extraction limit; `args[0]` is an ExtractionLimit value."""


class ExtractionFailed(Exception):
    pass


def limits():
    """The limits of one extraction, from settings (LIBRARY_EXTRACTION_*)."""
    return {
        "max_pages": settings.LIBRARY_EXTRACTION_MAX_PAGES,
        "max_uncompressed_bytes": settings.LIBRARY_EXTRACTION_MAX_UNCOMPRESSED_MB * MB,
        "max_ratio": settings.LIBRARY_EXTRACTION_MAX_COMPRESSION_RATIO,
        "max_memory_bytes": settings.LIBRARY_EXTRACTION_MAX_MEMORY_MB * MB,
        "max_chars": MAX_TEXT_LENGTH,
    }


def limit_reason(limit):
    """Why a file's text was not extracted, in the active language, with the limit it passed."""
    from .models import ExtractionLimit

    reasons = {
        ExtractionLimit.PAGES: _("The file has more than %(pages)d pages.")
        % {"pages": settings.LIBRARY_EXTRACTION_MAX_PAGES},
        ExtractionLimit.SIZE: _(
            "Unpacked, the file would take more than %(size)d MB (or is packed suspiciously tight)."
        )
        % {"size": settings.LIBRARY_EXTRACTION_MAX_UNCOMPRESSED_MB},
        ExtractionLimit.MEMORY: _("Reading the file needed more than %(memory)d MB of memory.")
        % {"memory": settings.LIBRARY_EXTRACTION_MAX_MEMORY_MB},
        ExtractionLimit.TIME: _("Reading the file took longer than %(seconds)d seconds.")
        % {"seconds": settings.LIBRARY_EXTRACTION_TIMEOUT_SECONDS},
    }
    return reasons.get(limit, "")


def extract_text(data, extension):
    """The file's text, read in a bounded child process. Raises UnsupportedFormat, LimitReached
    or ExtractionFailed."""
    extension = extension.lower()
    if extension not in EXTRACTABLE:
        raise UnsupportedFormat(extension)
    try:
        child = subprocess.run(
            [sys.executable, "-I", str(EXTRACTOR_SCRIPT), extension, json.dumps(limits())],
            input=data,
            capture_output=True,
            check=False,
            timeout=settings.LIBRARY_EXTRACTION_TIMEOUT_SECONDS,
        )
    except subprocess.TimeoutExpired as error:
        raise LimitReached("time") from error
    try:
        answer = json.loads(child.stdout)
    except ValueError:
        answer = {}
    if "text" in answer:
        return answer["text"]
    if "limit" in answer:
        raise LimitReached(answer["limit"])
    if "error" in answer:
        raise ExtractionFailed(answer["error"])
    stderr = child.stderr.decode(errors="replace")
    if child.returncode < 0 or "MemoryError" in stderr:
        raise LimitReached("memory")  # killed, or out of memory before it could answer
    raise ExtractionFailed(stderr[-1000:] or f"exit status {child.returncode}")


def run_extraction(document):
    """Extract the document's text, store it with its status, and reindex the document."""
    from .models import DocumentText, ExtractionStatus
    from .search import index_document

    text, _created = DocumentText.objects.get_or_create(document=document)
    text.content, text.error, text.limit = "", "", ""
    try:
        with document.open_file() as handle:
            data = handle.read()
        text.content = extract_text(data, document.file_extension)
        text.status = ExtractionStatus.DONE
    except UnsupportedFormat:
        text.status = ExtractionStatus.UNSUPPORTED
    except LimitReached as limit:
        logger.info("Text of document %s not extracted: over the %s limit", document.pk, limit.args[0])
        text.status, text.limit = ExtractionStatus.OVER_LIMIT, limit.args[0]
    except ExtractionFailed as error:
        logger.warning("Text extraction failed for document %s: %s", document.pk, error)
        text.status, text.error = ExtractionStatus.FAILED, str(error)[:1000]
    except Exception as error:  # noqa: BLE001 - any broken file must end as a failed status
        logger.warning("Text extraction failed for document %s: %s", document.pk, error)
        text.status = ExtractionStatus.FAILED
        text.error = f"{type(error).__name__}: {error}"[:1000]
    text.save()
    index_document(document)
    return text


def schedule_extraction(document):
    """Queue the extraction once the upload's transaction has committed."""
    from .models import DocumentText, ExtractionStatus
    from .tasks import extract_document_text

    DocumentText.objects.update_or_create(
        document=document, defaults={"status": ExtractionStatus.PENDING, "error": "", "limit": ""}
    )
    transaction.on_commit(lambda: extract_document_text.enqueue(document.pk))
