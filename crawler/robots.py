"""robots.txt obeyed from a cache kept in the database (#13): a quiet night asks nothing unconditionally.

Scrapy's RobotsTxtMiddleware downloads every host's robots.txt once per spider and run. This one asks
each origin at most once per crawl (the spiders of one crawl share the answer) and keeps its robots.txt
(body, ETag, Last-Modified, when it was last checked) in the database:

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
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy.utils.httpobj import urlparse_cached
from scrapy.utils.misc import build_from_crawler
from twisted.internet.defer import Deferred

from crawler.encoding import header_text
from db import open_db
from db.queries import robots_cache
from db.writes import save_robots

logger = logging.getLogger(__name__)

DEFAULT_MAX_AGE = 24 * 3600.0

# Shared by the spiders of one crawl (one process, one reactor): per database, each origin's robots.txt as
# loaded from it and as answered in this crawl, and the spiders waiting for an answer another one is getting.
_KEPT: dict[str, dict[str, dict]] = {}
_ASKING: dict[tuple[str, str], list[Deferred]] = {}


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
        if self.db_path not in _KEPT:
            db = open_db(self.db_path)
            _KEPT[self.db_path] = robots_cache(db)
            db.close()
        self.cache = _KEPT[self.db_path]
        self._db = None
        crawler.signals.connect(self._close_db, signal=signals.spider_closed)

    def _close_db(self, spider=None) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None

    def _save(self, origin: str, **values) -> None:
        """Keep what the origin answered; a database that refuses the write (locked past the busy
        timeout, full) costs only the cache: the answer is obeyed in this run all the same."""
        try:
            if self._db is None:
                self._db = open_db(self.db_path)
            save_robots(self._db, origin, **values)
        except Exception as exc:  # noqa: BLE001 - requests waiting for this robots.txt must not hang
            logger.warning("robots.txt of %s not kept in the database: %s", origin, exc)

    async def robot_parser(self, request: Request):
        url = urlparse_cached(request)
        netloc = url.netloc
        if netloc in self._parsers:
            return await super().robot_parser(request)  # parsed or being fetched for another request
        self._parsers[netloc] = Deferred()  # this spider's other requests to the host wait for it
        origin = f"{url.scheme}://{netloc}"
        kept = self.cache.get(origin)
        if kept is not None and (kept.get("this_crawl") or _age(kept["checked_at"]) < self.max_age):
            self._stats.inc_value("robotstxt/cached")
            body = kept["body"]
        elif (self.db_path, origin) in _ASKING:  # another spider of this crawl is asking: its answer serves all
            waiter: Deferred = Deferred()
            _ASKING[(self.db_path, origin)].append(waiter)
            body = await maybe_deferred_to_future(waiter)
        else:
            waiting: list[Deferred] = []
            _ASKING[(self.db_path, origin)] = waiting
            body = kept["body"] if kept is not None else None
            try:
                body = await self._ask(origin, kept)
            finally:
                del _ASKING[(self.db_path, origin)]
                for waiter in waiting:
                    waiter.callback(body)
        if body is None:  # no robots.txt could be had and none was kept: Scrapy's fallback, allow everything
            waiting_here = self._parsers[netloc]
            self._parsers[netloc] = None
            if isinstance(waiting_here, Deferred):
                waiting_here.callback(None)
            return None
        await self._use(netloc, body, request)
        return self._parsers[netloc]

    async def _ask(self, origin: str, kept: dict | None) -> bytes | None:
        """Ask the origin for its robots.txt (conditionally when a copy with validators is kept) and return
        the robots.txt to obey, None when there is none to be had; what is answered is kept for this crawl's
        other spiders and, when it says something, in the database for the next nights."""
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
        body: bytes | None
        try:
            resp = await self.crawler.engine.download_async(robotsreq)
        except Exception as exc:  # noqa: BLE001 - whatever failed, the kept copy or Scrapy's fallback applies
            if kept is not None:
                logger.info("robots.txt of %s unreachable (%s): the copy kept from %s applies",
                            origin, exc, kept["checked_at"])
                body = kept["body"]
            else:
                if not isinstance(exc, IgnoreRequest):
                    logger.error("Error downloading %(request)s: %(f_exception)s",
                                 {"request": robotsreq, "f_exception": exc}, extra={"spider": self.crawler.spider})
                    self._stats.inc_value(f"robotstxt/exception_count/{type(exc)}")
                body = None
            self._remember(origin, kept, body)
            return body
        self._stats.inc_value("robotstxt/response_count")
        self._stats.inc_value(f"robotstxt/response_status_count/{resp.status}")
        etag = header_text(resp, b"ETag")
        modified = header_text(resp, b"Last-Modified")
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
        self._remember(origin, kept, body)
        return body

    def _remember(self, origin: str, kept: dict | None, body: bytes | None) -> None:
        """What this crawl obeys for `origin`: its other spiders do not ask again."""
        self.cache[origin] = {**(kept or {"status": None, "etag": None, "last_modified": None, "checked_at": None}),
                              "body": body, "this_crawl": True}

    async def _use(self, netloc: str, body: bytes, request: Request) -> None:
        """Parse `body` as the host's robots.txt and hand it to every request waiting for it."""
        rp = build_from_crawler(self._parserimpl, self.crawler, body)
        await self.crawler.signals.send_catch_log_async(signal=signals.robots_parsed, robotparser=rp, request=request)
        waiting = self._parsers[netloc]
        self._parsers[netloc] = rp
        if isinstance(waiting, Deferred):
            waiting.callback(rp)
