"""Reading the text out of a library file, inside a child process with bounded memory.

This module runs as a script (`python extractors.py ...`), started by extraction.py with the
file's bytes on stdin, and answers with one JSON object on stdout: {"text": ...} or
{"limit": "pages" | "size" | "memory"} or {"error": ...}. It imports nothing from Django or the
project, so a file crafted to exhaust memory only ever takes down this child. The parent also
enforces the time limit, by killing the child."""

import io
import json
import sys
import zipfile

#: Below this, a tightly packed archive (a short text repeated) is harmless whatever its ratio.
RATIO_FLOOR_BYTES = 1024 * 1024


class LimitReached(Exception):
    """The file is over one of the limits; `args[0]` names which (pages, size)."""


def check_archive(data, *, max_uncompressed_bytes, max_ratio):
    """Refuse a zip (DOCX, ODT) whose members would decompress to more than the limit, or far
    more than the file itself, before any XML parser opens it."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            uncompressed = sum(member.file_size for member in archive.infolist())
    except zipfile.BadZipFile as error:
        raise ValueError(f"not a zip archive: {error}") from error
    too_tight = uncompressed > RATIO_FLOOR_BYTES and uncompressed > max_ratio * len(data)
    if uncompressed > max_uncompressed_bytes or too_tight:
        raise LimitReached("size")


def extract_pdf(data, *, max_pages, max_chars, **_limits):
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    if len(reader.pages) > max_pages:
        raise LimitReached("pages")
    texts, length = [], 0
    for page in reader.pages:
        text = page.extract_text() or ""
        texts.append(text)
        length += len(text)
        if length >= max_chars:
            break
    return "\n".join(texts)


def extract_docx(data, **limits):
    check_archive(data, **archive_limits(limits))
    import docx

    document = docx.Document(io.BytesIO(data))
    paragraphs = [paragraph.text for paragraph in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            paragraphs.append(" ".join(cell.text for cell in row.cells))
    return "\n".join(paragraphs)


def extract_odt(data, **limits):
    check_archive(data, **archive_limits(limits))
    from odf import teletype
    from odf.opendocument import load
    from odf.text import H, P

    document = load(io.BytesIO(data))
    elements = document.getElementsByType(H) + document.getElementsByType(P)
    return "\n".join(teletype.extractText(element) for element in elements)


def extract_txt(data, **_limits):
    for encoding in ("utf-8-sig", "cp1250", "latin-1"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("utf-8", errors="replace")


def archive_limits(limits):
    return {key: limits[key] for key in ("max_uncompressed_bytes", "max_ratio")}


EXTRACTORS = {"pdf": extract_pdf, "docx": extract_docx, "odt": extract_odt, "txt": extract_txt}


def extract(data, extension, **limits):
    """The file's text, cut to `max_chars`. Raises LimitReached or the parser's own error."""
    text = EXTRACTORS[extension](data, **limits).replace("\x00", "")
    return text[: limits["max_chars"]].strip()


def limit_memory(max_bytes):
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (max_bytes, max_bytes))


def main():
    extension, limits = sys.argv[1], json.loads(sys.argv[2])
    data = sys.stdin.buffer.read()
    limit_memory(limits.pop("max_memory_bytes"))
    try:
        answer = {"text": extract(data, extension, **limits)}
    except LimitReached as limit:
        answer = {"limit": limit.args[0]}
    except MemoryError:
        answer = {"limit": "memory"}
    except Exception as error:  # noqa: BLE001 - a broken file is reported, not raised
        answer = {"error": f"{type(error).__name__}: {error}"[:1000]}
    sys.stdout.write(json.dumps(answer))


if __name__ == "__main__":
    main()
