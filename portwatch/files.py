"""Read documents given on the command line (HTML pages, plain text, JSON with a text field)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from crawler.article import read_article

DATE_LINE = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\s*$")


def read_document(path: str | Path) -> dict[str, Any]:
    """{'text', 'published', 'lang', 'title'} of one file; a text file may open with ' date YYYY-MM-DD'."""
    p = Path(path)
    raw = p.read_bytes()
    if p.suffix.lower() in (".html", ".htm") or raw.lstrip()[:15].lower().startswith((b"<!doctype", b"<html")):
        art = read_article(raw, p.resolve().as_uri())
        return {"text": art["text"], "published": art["published"], "lang": art["lang"], "title": art["title"]}
    text = raw.decode("utf-8", "replace")
    if p.suffix.lower() == ".json":
        data = json.loads(text)
        text = data.get("text", "")
        published = data.get("published") or data.get("date")
    else:
        published = None
    first, _, rest = text.partition("\n")
    m = DATE_LINE.match(first)
    if m:
        published, text = m.group(1), rest
    return {"text": text, "published": published, "lang": None, "title": None}
