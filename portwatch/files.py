"""Read documents given on the command line (HTML pages, plain text, JSON with a text field)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from crawler.article import read_article

# " date 2024-08-02" or " date 2024-08" (month only), alone on its line or before the text
DATE_LINE = re.compile(r"^[ \t]*date[ \t]+(\d{4}-\d{2}(?:-\d{2})?)(?:[ \t]*\n|[ \t]+|[ \t]*$)")


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
    m = DATE_LINE.match(text)
    if m:
        published, text = m.group(1), text[m.end():]
    return {"text": text, "published": published, "lang": None, "title": None}
