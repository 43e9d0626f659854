"""Seizure-fact extraction: text in, facts out. Knows nothing of Scrapy or SQL.

Public API: `Extractor().extract(text, published=..., lang=...)`, `VERSION`, `detect`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from itertools import groupby
from typing import Any

from nlp.facts import CONTRACT_FIELDS, SeizureFact
from nlp.lang import LANGS, detect, resolve
from nlp.wrap import unwrap

VERSION = "facts-3"  # bumped when extraction changes: stored articles are extracted again
MONTH_ONLY = re.compile(r"^\s*(\d{4})-(\d{2})\s*$")


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
    """A date from an ISO date or datetime string (None when absent or unreadable);
    a month alone ('2024-08', a ` date YYYY-MM` line) gives its last day: see `date_precision`."""
    if isinstance(value, date):
        return value
    if not value or not isinstance(value, str):
        return None
    m = MONTH_ONLY.match(value)
    if m:
        y, mo = int(m.group(1)), int(m.group(2))
        if not 1 <= mo <= 12:
            return None
        return (date(y + mo // 12, mo % 12 + 1, 1) - timedelta(days=1))
    try:
        return datetime.fromisoformat(value.strip().replace("Z", "+00:00")).date()
    except ValueError:
        try:
            return date.fromisoformat(value.strip()[:10])
        except ValueError:
            return None


def date_precision(value: Any) -> str:
    """'month' for a month-only publication date ('2024-08'), else 'day'."""
    return "month" if isinstance(value, str) and MONTH_ONLY.match(value) else "day"


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
        """Facts of many texts, in order; each item is (text, published, lang or None).

        Consecutive texts of one language go through its pipeline together, `Language.pipe(...,
        as_tuples=True)`, each with its publication date as context (the first component puts it on the doc)."""
        pending: tuple[int, str, list[SeizureFact]] | None = None
        for code, group in groupby(self._units(items), key=lambda unit: unit[0]):
            if code not in LANGS:
                # a text in none of the seven is kept with its language and no facts rather than read by a wrong pipeline
                for _code, _index, _piece in group:
                    yield Extraction(code, False, [])
                continue
            stream = ((piece, ctx) for _code, _index, (piece, ctx) in group)
            for doc, ctx in self._build(code).pipe(stream, as_tuples=True, batch_size=batch_size):
                if pending is not None and pending[0] != ctx["index"]:
                    yield Extraction(pending[1], bool(pending[2]), pending[2])
                    pending = None
                if pending is None:
                    pending = (ctx["index"], code, [])
                for fact in doc._.facts or []:
                    # a text longer than spaCy's max_length is read in pieces; offsets stay relative to the whole text
                    fact.start_char += ctx["offset"]
                    fact.end_char += ctx["offset"]
                    pending[2].append(fact)
            if pending is not None:
                yield Extraction(pending[1], bool(pending[2]), pending[2])
                pending = None

    def _units(self, items: Iterable[tuple[str, Any, str | None]]) -> Iterator[tuple[str, int, tuple[str, dict[str, Any]]]]:
        """(language, item index, (piece, context)) for every piece of every text: the declared language when
        there is one, else detected; pieces cut at paragraph breaks when a text is longer than spaCy takes."""
        for index, (text, published, lang) in enumerate(items):
            code = resolve(text or "", lang)
            if code not in LANGS:
                yield code, index, ("", {})
                continue
            ctx = {"published": parse_date(published), "published_precision": date_precision(published), "index": index}
            # a hard-wrapped text is read as its sentences run, not one sentence a line (offsets unchanged)
            for offset, piece in pieces(unwrap(text or ""), self._build(code).max_length):
                yield code, index, (piece, dict(ctx, offset=offset))


PIECE_CHARS = 100_000


def pieces(text: str, max_length: int, size: int = PIECE_CHARS) -> Iterator[tuple[int, str]]:
    """(offset, piece) of `text`: the whole text when spaCy takes it, else pieces of at most `size`
    characters cut at a paragraph break, a line break or a sentence end where there is one."""
    if len(text) <= max_length:
        yield 0, text
        return
    size = max(1, min(size, max_length))
    start = 0
    while start < len(text):
        end = min(len(text), start + size)
        if end < len(text):
            for sep in ("\n\n", "\n", ". ", " "):
                cut = text.rfind(sep, start + size // 2, end)
                if cut > start:
                    end = cut + len(sep)
                    break
        yield start, text[start:end]
        start = end


__all__ = ["CONTRACT_FIELDS", "VERSION", "Extraction", "Extractor", "SeizureFact", "detect", "parse_date"]
