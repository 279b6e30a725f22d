"""CSV and XLSX downloads. A cell beginning with = + - @ (or a tab or carriage return) would run as
a formula in a spreadsheet program: every text cell is neutralised here, once for every app."""

import csv
from io import BytesIO, StringIO

from openpyxl import Workbook

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value):
    if value is None:
        return ""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return value
    text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def write_csv(rows, header):
    """UTF-8 with a byte-order mark, which spreadsheet programs need to read non-Latin scripts."""
    buffer = StringIO()
    writer = csv.writer(buffer)
    writer.writerow([safe_cell(cell) for cell in header])
    for row in rows:
        writer.writerow([safe_cell(cell) for cell in row])
    return "\ufeff" + buffer.getvalue()


def write_xlsx(rows, header, title="Sheet", sheets=()):
    """One sheet of `rows` under `header`; `sheets` adds more as (title, header, rows)."""
    workbook = Workbook()
    for index, (sheet_title, sheet_header, sheet_rows) in enumerate([(title, header, rows), *sheets]):
        sheet = workbook.active if index == 0 else workbook.create_sheet()
        sheet.title = str(sheet_title)[:31]
        sheet.append([safe_cell(cell) for cell in sheet_header])
        for row in sheet_rows:
            sheet.append([safe_cell(cell) for cell in row])
    buffer = BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
