"""CSV cells a spreadsheet would run as formulas, neutralised: one rule for every CSV portwatch writes
(`portwatch export`, `portwatch facts --format csv` and the server's .csv pages)."""

from __future__ import annotations

import csv
import io
from typing import Any

# what Excel, LibreOffice and Google Sheets start a formula (or a DDE call) with
FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n", "|", "%")


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return text == text.strip()


def safe_cell(value: Any) -> Any:
    """`value`, with a leading `'` when it is text a spreadsheet would run as a formula, also behind
    leading spaces or line breaks; numbers (a negative longitude) stay numbers."""
    if isinstance(value, list):
        value = "; ".join(map(str, value))
    if not isinstance(value, str) or not value:
        return value
    if value[:1] in FORMULA_START or value.lstrip()[:1] in FORMULA_START:
        if not _is_number(value):
            return "'" + value
    return value


def safe_csv_record(chunk: bytes) -> bytes:
    """One or more complete CSV records (as Datasette streams them, a row a chunk) with every cell made
    safe; a chunk that is not whole records is returned unchanged."""
    try:
        text = chunk.decode("utf-8")
    except UnicodeDecodeError:
        return chunk
    if not text.endswith("\n"):
        return chunk
    try:
        rows = list(csv.reader(io.StringIO(text, newline="")))
    except csv.Error:
        return chunk
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n" if text.endswith("\r\n") else "\n")
    for row in rows:
        writer.writerow([safe_cell(cell) for cell in row])
    return out.getvalue().encode("utf-8")
