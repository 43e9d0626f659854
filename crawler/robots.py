"""robots.txt obeyed from a cache kept in the database (#13): a quiet night asks nothing unconditionally.

Scrapy's RobotsTxtMiddleware downloads every host's robots.txt once per spider and run. This one keeps
each origin's robots.txt (body, ETag, Last-Modified, when it was last checked) in the database:

* checked less than PORTWATCH_ROBOTS_MAX_AGE seconds ago (default 24 h, the longest RFC 9309 lets a
  crawler keep a copy without asking again): the kept copy is obeyed and no request is sent;
* older: it is asked again with If-None-Match / If-Modified-Since; a 304 keeps the copy (checked now),
  a 200 replaces it, a 4xx means "no robots.txt" (everything allowed) and is kept as such;
* a 5xx, a timeout or a refused connection keeps the old copy in force when there is one (RFC 9309
  lets a crawler use its cached copy while robots.txt is unreachable); without one, Scrapy's own
  behaviour applies (the error body is parsed, a failed download allows everything).

Only an origin that never gave validators (no robots.txt at all, or a server sending neither ETag nor
Last-Modified) is asked plainly, once its copy is older than the max-age.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime

from scrapy import signals
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Request
from scrapy.http.request import NO_CALLBACK
from scrapy.utils.httpobj import urlparse_cached
from scrapy.utils.misc import build_from_crawler
from twisted.internet.defer import Deferred

from db import open_db
from db.queries import robots_cache
from db.writes import save_robots

logger = logging.getLogger(__name__)

DEFAULT_MAX_AGE = 24 * 3600.0


def _age(checked_at: str | None) -> float:
    """Seconds since an ISO time (infinite when unknown or unreadable)."""
    try:
        then = datetime.fromisoformat(checked_at) if checked_at else None
    except ValueError:
        then = None
    if then is None:
        return float("inf")
    if then.tzinfo is None:
        then = then.replace(tzinfo=UTC)
    return (datetime.now(UTC) - then).total_seconds()


class CachedRobotsTxtMiddleware(RobotsTxtMiddleware):
    """Scrapy's robots.txt middleware with the copy kept in the database and revalidated conditionally."""

    def __init__(self, crawler):
        super().__init__(crawler)
        self.db_path = crawler.settings.get("PORTWATCH_DB")
        self.max_age = crawler.settings.getfloat("PORTWATCH_ROBOTS_MAX_AGE", DEFAULT_MAX_AGE)
        db = open_db(self.db_path)
        self.cache = robots_cache(db)
        db.close()
        self._db = None
        crawler.signals.connect(self._close_db, signal=signals.spider_closed)

    def _close_db(self, spider=None) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None

    def _save(self, origin: str, **values) -> None:
        if self._db is None:
            self._db = open_db(self.db_path)
        save_robots(self._db, origin, **values)

    async def robot_parser(self, request: Request):
        url = urlparse_cached(request)
        netloc = url.netloc
        if netloc in self._parsers:
            return await super().robot_parser(request)  # parsed or being fetched for another request
        origin = f"{url.scheme}://{netloc}"
        kept = self.cache.get(origin)
        if kept is not None and _age(kept["checked_at"]) < self.max_age:
            self._stats.inc_value("robotstxt/cached")
            self._parsers[netloc] = Deferred()
            await self._use(netloc, kept["body"], request)
            return self._parsers[netloc]
        self._parsers[netloc] = Deferred()
        headers = {}
        if kept is not None and kept["status"] == 200:
            if kept["etag"]:
                headers["If-None-Match"] = kept["etag"]
            if kept["last_modified"]:
                headers["If-Modified-Since"] = kept["last_modified"]
        robotsreq = Request(f"{origin}/robots.txt", headers=headers, priority=self.DOWNLOAD_PRIORITY,
                            meta={"dont_obey_robotstxt": True}, callback=NO_CALLBACK)
        self._stats.inc_value("robotstxt/request_count")
        if headers:
            self._stats.inc_value("robotstxt/conditional_request_count")
        try:
            resp = await self.crawler.engine.download_async(robotsreq)
        except Exception as exc:  # noqa: BLE001 - whatever failed, the kept copy or Scrapy's fallback applies
            if kept is not None:
                logger.info("robots.txt of %s unreachable (%s): the copy kept from %s applies",
                            origin, exc, kept["checked_at"])
                await self._use(netloc, kept["body"], request)
            else:
                if not isinstance(exc, IgnoreRequest):
                    logger.error("Error downloading %(request)s: %(f_exception)s",
                                 {"request": robotsreq, "f_exception": exc}, extra={"spider": self.crawler.spider})
                self._robots_error(exc, netloc)
            return self._parsers[netloc]
        self._stats.inc_value("robotstxt/response_count")
        self._stats.inc_value(f"robotstxt/response_status_count/{resp.status}")
        etag = _header(resp, b"ETag")
        modified = _header(resp, b"Last-Modified")
        if resp.status == 304 and kept is not None:
            self._save(origin, status=kept["status"], body=None, etag=etag, last_modified=modified)
            body = kept["body"]
        elif resp.status == 200:
            self._save(origin, status=200, body=resp.body, etag=etag, last_modified=modified)
            body = resp.body
        elif 400 <= resp.status < 500 and resp.status != 429:
            self._save(origin, status=resp.status, body=b"")  # no robots.txt: everything is allowed
            body = b""
        elif kept is not None:  # 5xx, 429: the site is struggling, the kept copy stays in force
            body = kept["body"]
        else:
            body = resp.body  # as Scrapy does
        await self._use(netloc, body, request)
        return self._parsers[netloc]

    async def _use(self, netloc: str, body: bytes, request: Request) -> None:
        """Parse `body` as the host's robots.txt and hand it to every request waiting for it."""
        rp = build_from_crawler(self._parserimpl, self.crawler, body)
        await self.crawler.signals.send_catch_log_async(signal=signals.robots_parsed, robotparser=rp, request=request)
        waiting = self._parsers[netloc]
        self._parsers[netloc] = rp
        if isinstance(waiting, Deferred):
            waiting.callback(rp)


def _header(resp, name: bytes) -> str | None:
    value = resp.headers.get(name)
    return value.decode("latin-1") if value else None
