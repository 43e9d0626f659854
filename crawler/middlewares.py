"""Downloader middlewares: the host guard and incremental crawling (conditional requests, known URLs)."""

from __future__ import annotations

import asyncio

from scrapy import Request
from scrapy.exceptions import IgnoreRequest

from crawler.urls import canonicalize, refuse_reason
from db import open_db
from db.queries import attempted_urls, known_urls, source_validators


class RefusedURL(IgnoreRequest):
    """The URL is not http(s), or points at a private, loopback or link-local address."""


class AlreadyStored(IgnoreRequest):
    """The article URL (in canonical form) is already in the database."""


class HostGuardMiddleware:
    """Refuse non-http(s) URLs and non-public addresses unless the host is allowed explicitly."""

    def __init__(self, allowed: frozenset[str]):
        self.allowed = allowed

    @classmethod
    def from_crawler(cls, crawler):
        hosts = crawler.settings.getlist("PORTWATCH_ALLOW_HOSTS")
        return cls(frozenset(h.strip().lower() for h in hosts if h.strip()))

    def process_request(self, request: Request, spider=None):
        reason = refuse_reason(request.url, self.allowed)
        if reason:
            raise RefusedURL(f"refused {request.url}: {reason}")
        return None


class BackoffMiddleware:
    """Wait before each retry, doubling every time (1 s, 2 s, ... with the default base): a server
    that answered 5xx or timed out gets room to recover instead of an immediate second request."""

    def __init__(self, base: float, cap: float):
        self.base = base
        self.cap = cap

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.settings.getfloat("PORTWATCH_RETRY_BACKOFF", 1.0),
                   crawler.settings.getfloat("PORTWATCH_RETRY_BACKOFF_MAX", 60.0))

    async def process_request(self, request: Request, spider=None):
        tries = int(request.meta.get("retry_times") or 0)
        if tries and self.base > 0:
            await asyncio.sleep(min(self.cap, self.base * 2 ** (tries - 1)))
        return None


class IncrementalMiddleware:
    """Send If-None-Match/If-Modified-Since for sources; skip article URLs stored in earlier runs."""

    def __init__(self, db_path: str):
        db = open_db(db_path)
        self.known = known_urls(db) | attempted_urls(db)
        self.validators = source_validators(db)
        self.seen: set[str] = set()
        db.close()

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.settings.get("PORTWATCH_DB"))

    def process_request(self, request: Request, spider=None):
        source_id = request.meta.get("portwatch_source_fetch")
        if source_id:
            etag, modified = self.validators.get(source_id, (None, None))
            if etag:
                request.headers.setdefault(b"If-None-Match", etag.encode("latin-1", "replace"))
            if modified:
                request.headers.setdefault(b"If-Modified-Since", modified.encode("latin-1", "replace"))
        elif request.meta.get("portwatch_article") and not _follow_up(request):
            url = canonicalize(request.url)
            if url in self.known or request.url in self.known:
                raise AlreadyStored(f"already stored: {url}")
            if url in self.seen:
                raise AlreadyStored(f"already requested in this run: {url}")
            self.seen.add(url)
        return None


def _follow_up(request: Request) -> bool:
    """Retries and redirects of a request that already passed the check."""
    return bool(request.meta.get("retry_times") or request.meta.get("redirect_times"))
