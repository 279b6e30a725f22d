"""Text extraction from library files. Runs in a background task (tasks.py) after upload; a file
that cannot be read gets a failed status and its error, never an exception to the uploader."""

import io
import logging

from django.db import transaction

logger = logging.getLogger(__name__)

#: Enough text to find a document by; PostgreSQL's tsvector has a 1 MB ceiling anyway.
MAX_TEXT_LENGTH = 200_000


class UnsupportedFormat(Exception):
    pass


def extract_pdf(data):
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def extract_docx(data):
    import docx

    document = docx.Document(io.BytesIO(data))
    paragraphs = [paragraph.text for paragraph in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            paragraphs.append(" ".join(cell.text for cell in row.cells))
    return "\n".join(paragraphs)


def extract_odt(data):
    from odf import teletype
    from odf.opendocument import load
    from odf.text import H, P

    document = load(io.BytesIO(data))
    elements = document.getElementsByType(H) + document.getElementsByType(P)
    return "\n".join(teletype.extractText(element) for element in elements)


def extract_txt(data):
    for encoding in ("utf-8-sig", "cp1250", "latin-1"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("utf-8", errors="replace")


EXTRACTORS = {"pdf": extract_pdf, "docx": extract_docx, "odt": extract_odt, "txt": extract_txt}


def extract_text(data, extension):
    extractor = EXTRACTORS.get(extension.lower())
    if extractor is None:
        raise UnsupportedFormat(extension)
    text = extractor(data).replace("\x00", "")
    return text[:MAX_TEXT_LENGTH].strip()


def run_extraction(document):
    """Extract the document's text, store it with its status, and reindex the document."""
    from .models import DocumentText, ExtractionStatus
    from .search import index_document

    text, _created = DocumentText.objects.get_or_create(document=document)
    try:
        with document.open_file() as handle:
            data = handle.read()
        text.content = extract_text(data, document.file_extension)
        text.status, text.error = ExtractionStatus.DONE, ""
    except UnsupportedFormat:
        text.content, text.status, text.error = "", ExtractionStatus.UNSUPPORTED, ""
    except Exception as error:  # noqa: BLE001 - any broken file must end as a failed status
        logger.warning("Text extraction failed for document %s: %s", document.pk, error)
        text.content, text.status = "", ExtractionStatus.FAILED
        text.error = f"{type(error).__name__}: {error}"[:1000]
    text.save()
    index_document(document)
    return text


def schedule_extraction(document):
    """Queue the extraction once the upload's transaction has committed."""
    from .models import DocumentText, ExtractionStatus
    from .tasks import extract_document_text

    DocumentText.objects.update_or_create(
        document=document, defaults={"status": ExtractionStatus.PENDING, "error": ""}
    )
    transaction.on_commit(lambda: extract_document_text.enqueue(document.pk))
