"""Load and validate the source catalogue (`crawler/sources.yaml` or a file of the user's).

A malformed catalogue raises SourceError naming the entry and the field at fault.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

from crawler.urls import url_problem

KINDS = ("rss", "atom", "sitemap", "listing", "gdelt", "google-news")
REQUIRED = ("name", "kind", "url", "language", "country", "agency")
OPTIONAL = (
    "enabled",
    "crawl_delay",
    "article_pattern",
    "link_css",
    "link_xpath",
    "next_css",
    "max_pages",
    "max_articles",
    "notes",
    "confidence",
    "fallback_urls",
)
NAME_RE = re.compile(r"^[a-z0-9][a-z0-9._-]*$")


class SourceError(ValueError):
    """The catalogue is malformed; the message names the file, the entry and the field."""


@dataclass(frozen=True)
class Source:
    """One catalogue entry."""

    name: str
    kind: str
    url: str
    language: str
    country: str
    agency: str
    enabled: bool = True
    crawl_delay: float | None = None
    article_pattern: str | None = None
    link_css: str | None = None
    link_xpath: str | None = None
    next_css: str | None = None
    max_pages: int = 3
    max_articles: int | None = None
    extra: dict[str, Any] = field(default_factory=dict, compare=False)

    @property
    def host(self) -> str:
        """The host name of the source URL ('' when the URL is invalid)."""
        try:
            return urlsplit(self.url).hostname or ""
        except ValueError:
            return ""

    def as_row(self) -> dict[str, Any]:
        """The fields stored in the `sources` table."""
        return {k: getattr(self, k) for k in ("name", "kind", "url", "language", "country", "agency", "enabled")}


def default_catalogue() -> Path:
    """Path of the catalogue shipped with portwatch."""
    return Path(str(resources.files("crawler").joinpath("sources.yaml")))


def load_sources(path: str | Path | None = None, *, keep_bad_urls: bool = False) -> list[Source]:
    """Read and validate a catalogue file; raise SourceError on the first problem.

    With `keep_bad_urls` (a crawl) an entry whose URL is invalid is kept, so that it is recorded as
    that source's failure while every other source is fetched; `sources --check` refuses it."""
    path = Path(path) if path else default_catalogue()
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise SourceError(f"{path}: cannot read the source catalogue: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise SourceError(f"{path}: the source catalogue is not UTF-8: {exc}") from exc
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" line {mark.line + 1}" if mark is not None else ""
        raise SourceError(f"{path}:{where} is not valid YAML: {getattr(exc, 'problem', exc)}") from exc
    entries = data.get("sources") if isinstance(data, dict) else data
    if not isinstance(entries, list):
        raise SourceError(f"{path}: expected a list of sources under the key 'sources'")
    out: list[Source] = []
    seen: set[str] = set()
    for index, entry in enumerate(entries, start=1):
        src = _parse_entry(path, index, entry, keep_bad_urls)
        if src.name in seen:
            raise SourceError(f"{path}: entry {index} ({src.name}): field 'name': duplicate name")
        seen.add(src.name)
        out.append(src)
    return out


def _parse_entry(path: Path, index: int, entry: Any, keep_bad_urls: bool = False) -> Source:
    label = f"{path}: entry {index}"
    if not isinstance(entry, dict):
        raise SourceError(f"{label}: expected a mapping of fields, got {type(entry).__name__}")
    name = entry.get("name")
    if isinstance(name, str):
        label += f" ({name})"

    def fail(fld: str, why: str) -> SourceError:
        return SourceError(f"{label}: field '{fld}': {why}")

    for fld in REQUIRED:
        value = entry.get(fld)
        if value is None or (isinstance(value, str) and not value.strip()):
            raise fail(fld, "is required")
        if not isinstance(value, str):
            raise fail(fld, f"must be text, got {value!r}")
    unknown = sorted(set(entry) - set(REQUIRED) - set(OPTIONAL))
    if unknown:
        raise fail(unknown[0], f"unknown field (known: {', '.join(REQUIRED + OPTIONAL)})")
    if not NAME_RE.match(entry["name"]):
        raise fail("name", "use lower-case letters, digits, '.', '_' and '-' only")
    if entry["kind"] not in KINDS:
        raise fail("kind", f"{entry['kind']!r} is not one of {', '.join(KINDS)}")
    problem = url_problem(entry["url"])
    if problem and not keep_bad_urls:
        raise fail("url", problem)
    enabled = entry.get("enabled", True)
    if not isinstance(enabled, bool):
        raise fail("enabled", f"must be true or false, got {enabled!r}")
    delay = entry.get("crawl_delay")
    if delay is not None and (isinstance(delay, bool) or not isinstance(delay, int | float) or delay < 0):
        raise fail("crawl_delay", f"must be a number of seconds >= 0, got {delay!r}")
    pattern = entry.get("article_pattern")
    if pattern is not None:
        try:
            re.compile(pattern)
        except (re.error, TypeError) as exc:
            raise fail("article_pattern", f"not a regular expression: {exc}") from exc
    for fld in ("max_pages", "max_articles"):
        value = entry.get(fld)
        if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 1):
            raise fail(fld, f"must be a whole number >= 1, got {value!r}")
    for fld in ("link_css", "link_xpath", "next_css"):
        value = entry.get(fld)
        if value is not None and not isinstance(value, str):
            raise fail(fld, "must be text")
    return Source(
        name=entry["name"],
        kind=entry["kind"],
        url=entry["url"],
        language=entry["language"],
        country=entry["country"],
        agency=entry["agency"],
        enabled=enabled,
        crawl_delay=float(delay) if delay is not None else None,
        article_pattern=pattern,
        link_css=entry.get("link_css"),
        link_xpath=entry.get("link_xpath"),
        next_css=entry.get("next_css"),
        max_pages=entry.get("max_pages") or 3,
        max_articles=entry.get("max_articles"),
        extra={k: entry[k] for k in ("notes", "confidence", "fallback_urls") if k in entry},
    )
