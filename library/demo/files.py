"""Small real files (PDF, DOCX, ODT, TXT) generated in code, for the demo and the tests."""

import io
from pathlib import Path

import reportlab

FONT_CANDIDATES = (
    Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
    Path(reportlab.__file__).parent / "fonts" / "Vera.ttf",
)


def pdf_bytes(title, paragraphs):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    font_path = next(path for path in FONT_CANDIDATES if path.exists())
    if "LibrarySans" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("LibrarySans", str(font_path)))
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, invariant=True)
    pdf.setTitle(title)
    text = pdf.beginText(50, 790)
    text.setFont("LibrarySans", 14)
    text.textLine(title)
    text.setFont("LibrarySans", 10)
    for paragraph in paragraphs:
        text.textLine("")
        for line in wrap(paragraph, 95):
            text.textLine(line)
    pdf.drawText(text)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def docx_bytes(title, paragraphs):
    import docx

    document = docx.Document()
    document.core_properties.title = title
    document.add_heading(title, level=1)
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def odt_bytes(title, paragraphs):
    from odf.opendocument import OpenDocumentText
    from odf.text import H, P

    document = OpenDocumentText()
    document.text.addElement(H(outlinelevel=1, text=title))
    for paragraph in paragraphs:
        document.text.addElement(P(text=paragraph))
    buffer = io.BytesIO()
    document.write(buffer)
    return buffer.getvalue()


def txt_bytes(title, paragraphs):
    return "\n\n".join([title, *paragraphs]).encode("utf-8")


GENERATORS = {"pdf": pdf_bytes, "docx": docx_bytes, "odt": odt_bytes, "txt": txt_bytes}


def make_file(extension, title, paragraphs):
    return GENERATORS[extension](title, paragraphs)


def wrap(paragraph, width):
    line = ""
    for word in paragraph.split():
        if line and len(line) + len(word) + 1 > width:
            yield line
            line = word
        else:
            line = f"{line} {word}".strip()
    if line:
        yield line
