"""Seizure-fact extraction: text in, facts out. Knows nothing of Scrapy or SQL.

Public API: `Extractor().extract(text, published=..., lang=...)`, `VERSION`, `detect`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from nlp.facts import CONTRACT_FIELDS, SeizureFact
from nlp.lang import LANGS, detect

VERSION = "facts-1"


@dataclass
class Extraction:
    """What the extractor says about one text."""

    lang: str
    relevant: bool
    facts: list[SeizureFact]

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready form: lang, relevant and the facts with their evidence."""
        return {"lang": self.lang, "relevant": self.relevant, "facts": [f.as_dict() for f in self.facts]}


def parse_date(value: Any) -> date | None:
    """A date from an ISO date or datetime string (None when absent or unreadable)."""
    if isinstance(value, date):
        return value
    if not value or not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value.strip().replace("Z", "+00:00")).date()
    except ValueError:
        try:
            return date.fromisoformat(value.strip()[:10])
        except ValueError:
            return None


class Extractor:
    """Loads one pipeline per language on first use and extracts facts from texts."""

    version = VERSION

    def __init__(self) -> None:
        from nlp.pipeline import build

        self._build = build

    def extract(self, text: str, *, published: Any = None, lang: str | None = None) -> Extraction:
        """Facts of one article body; `published` resolves relative dates."""
        return next(self.extract_many([(text, published, lang)]))

    def extract_many(self, items: Iterable[tuple[str, Any, str | None]], batch_size: int = 32) -> Iterator[Extraction]:
        """Facts of many texts, in order; each item is (text, published, lang or None)."""
        for text, published, lang in items:
            code = lang if lang in LANGS else detect(text or "")
            pipe = self._build(code)
            doc = pipe.make_doc(text or "")
            doc._.published = parse_date(published)
            for _name, proc in pipe.pipeline:
                doc = proc(doc)
            facts: list[SeizureFact] = doc._.facts or []
            yield Extraction(code, bool(facts), facts)


__all__ = ["CONTRACT_FIELDS", "VERSION", "Extraction", "Extractor", "SeizureFact", "detect", "parse_date"]
