"""What spiders yield: a fetched article page, a page skipped with its reason, a source's outcome."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class ArticlePage:
    """A fetched HTML page that should hold an article."""

    url: str
    final_url: str
    source_id: str
    status: int
    content_type: str
    encoding: str | None
    body: bytes
    html: str
    hints: dict[str, Any] = field(default_factory=dict)


@dataclass
class SkippedPage:
    """A URL that gave no article (not HTML, failed, refused), and why."""

    url: str
    source_id: str
    reason: str
    status: int | None = None
    content_type: str | None = None
    outcome: str = "skipped"  # 'skipped' is final; 'error' and 'disallowed' (robots.txt) are tried again next run


@dataclass
class SourceOutcome:
    """How fetching one source went."""

    source_id: str
    outcome: str  # ok | not-modified | error
    status: int | None = None
    reason: str | None = None
    links_found: int | None = None
    etag: str | None = None
    last_modified: str | None = None
