"""The shared spider: one request per catalogue source, one article path, one failure path.

Subclasses say which kinds they serve and how a source response turns into article links.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import scrapy
from scrapy.http import Response, TextResponse
from twisted.python.failure import Failure

from crawler.encoding import decode_page, header_text
from crawler.feeds import FeedError, Link
from crawler.items import ArticlePage, SkippedPage, SourceOutcome
from crawler.middlewares import AlreadyStored, RefusedURL
from crawler.sources import Source, load_sources
from crawler.urls import canonicalize, check_url

HTML_TYPES = ("text/html", "application/xhtml+xml")


class SourceSpider(scrapy.Spider):
    """Base class: subclasses set `name`, `kinds` and `links_from`."""

    kinds: tuple[str, ...] = ()
    custom_settings: dict[str, Any] = {}

    def __init__(self, *args: Any, sources: list[Source] | None = None, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self._sources = sources

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        if spider._sources is None:
            path = crawler.settings.get("PORTWATCH_SOURCES")
            only = set(crawler.settings.getlist("PORTWATCH_ONLY"))
            spider._sources = [
                s for s in load_sources(path) if (s.name in only if only else s.enabled)
            ]
        return spider

    def my_sources(self) -> list[Source]:
        """The enabled sources of this spider's kinds."""
        return [s for s in self._sources or [] if s.kind in self.kinds]

    async def start(self):
        for src in self.my_sources():
            # one source's bad URL is that source's failure; every other source is still fetched
            request = self.source_request(src.url, src)
            if isinstance(request, SkippedPage):
                yield SourceOutcome(src.name, "error", reason=request.reason)
            else:
                yield request

    def source_request(self, url: str, src: Source, **cb_kwargs: Any) -> scrapy.Request | SkippedPage:
        """A request for a source document (feed, sitemap, listing page), conditional where possible;
        a SkippedPage saying why when the URL is invalid."""
        try:
            return self._source_request(check_url(url), src, **cb_kwargs)
        except ValueError as exc:  # InvalidURL, or anything else scrapy.Request refuses
            return SkippedPage(str(url)[:2000], src.name, str(exc)[:500])

    def _source_request(self, url: str, src: Source, **cb_kwargs: Any) -> scrapy.Request:
        return scrapy.Request(
            url,
            callback=self.parse_source,
            errback=self.source_failed,
            cb_kwargs={"source": src, **cb_kwargs},
            meta={"portwatch_source_fetch": src.name if url == src.url.strip() else None,
                  "handle_httpstatus_list": [304]},
            dont_filter=True,
            priority=10,
        )

    def parse_source(self, response: Response, source: Source, **kwargs: Any):
        if response.status == 304:
            yield SourceOutcome(source.name, "not-modified", status=304, links_found=0)
            return
        try:
            links, follow = self.links_from(response, source, **kwargs)
        except FeedError as exc:
            yield SourceOutcome(source.name, "error", status=response.status, reason=str(exc))
            return
        except Exception as exc:  # noqa: BLE001 - a hostile document is this source's failure, not the crawl's
            self.logger.warning("reading source %s failed: %s: %s", source.name, type(exc).__name__, exc)
            yield SourceOutcome(source.name, "error", status=response.status,
                                reason=f"unreadable source document: {type(exc).__name__}: {exc}"[:500])
            return
        seen: set[str] = set()
        count = 0
        for link in links:
            try:
                url = canonicalize(link.url)
                request = self.article_request(link, source)
            except ValueError as exc:  # InvalidURL: this link fails, the links after it are still fetched
                self.crawler.stats.inc_value("portwatch/links/invalid")
                yield SkippedPage(str(link.url)[:2000], source.name, str(exc)[:500])
                continue
            if url in seen:
                continue
            seen.add(url)
            if source.max_articles and count >= source.max_articles:
                break
            count += 1
            yield request
        yield from follow
        if response.meta.get("portwatch_source_fetch"):
            yield SourceOutcome(
                source.name,
                "ok",
                status=response.status,
                links_found=count,
                etag=header_text(response, b"ETag"),
                last_modified=header_text(response, b"Last-Modified"),
            )

    def links_from(self, response: Response, source: Source, **kwargs: Any) -> tuple[list[Link], Iterable[Any]]:
        """Article links of a source response, and further source requests to follow."""
        raise NotImplementedError

    def article_request(self, link: Link, source: Source) -> scrapy.Request:
        """The request for one article page; its feed metadata rides along as hints."""
        return scrapy.Request(
            link.url,
            callback=self.parse_article,
            errback=self.article_failed,
            cb_kwargs={"source": source, "hints": link.hints()},
            meta={"portwatch_article": True},
            # duplicates are dropped by canonical URL in IncrementalMiddleware; the default filter
            # would also swallow a redirect loop silently instead of reporting it
            dont_filter=True,
        )

    def parse_article(self, response: Response, source: Source, hints: dict[str, Any]):
        ctype = header_text(response, b"Content-Type") or ""
        mime = ctype.split(";")[0].strip().lower()
        if response.status != 200:
            yield SkippedPage(response.url, source.name, f"HTTP {response.status}", response.status, ctype,
                              outcome=_outcome(response.status))
            return
        if mime and mime not in HTML_TYPES or not isinstance(response, TextResponse):
            yield SkippedPage(response.url, source.name, f"not an HTML page ({mime or 'unknown type'})",
                              response.status, ctype)
            return
        url = response.request.meta.get("redirect_urls", [response.url])[0] if response.request else response.url
        # the declared charset only when the bytes fit it (a page "in UTF-8" written in Latin-1 is common)
        html, encoding = decode_page(response.body, ctype, response.encoding)
        yield ArticlePage(
            url=url,
            final_url=response.url,
            source_id=source.name,
            status=response.status,
            content_type=ctype,
            encoding=encoding,
            body=response.body,
            html=html,
            hints=hints,
        )

    def source_failed(self, failure: Failure):
        request = failure.request
        source: Source = request.cb_kwargs["source"]
        yield SourceOutcome(source.name, "error", status=_status(failure), reason=_reason(failure))

    def article_failed(self, failure: Failure):
        if failure.check(AlreadyStored):
            self.crawler.stats.inc_value("portwatch/articles/known")
            return
        if failure.check(RefusedURL):
            self.crawler.stats.inc_value("portwatch/pages/refused")
        request = failure.request
        source: Source = request.cb_kwargs["source"]
        status = _status(failure)
        # a redirect to an invalid URL (Scrapy's RedirectMiddleware raises ValueError building it) is as
        # final as a refused host: fetching it again next night would fail the same way
        final = failure.check(RefusedURL, ValueError)
        # a page robots.txt forbids is not final: asked again each night (from the kept robots.txt, so
        # no request goes out), it is fetched once the site allows it
        disallowed = "robots.txt" in str(failure.value)
        outcome = "disallowed" if disallowed and not final else "skipped" if final else _outcome(status)
        reason = _reason(failure)
        if failure.check(ValueError) and not failure.check(RefusedURL):
            reason = f"invalid URL (redirect from {request.url[:200]}): {failure.value}"[:500]
        yield SkippedPage(request.url, source.name, reason, status, outcome=outcome)


def _outcome(status: int | None) -> str:
    """'skipped' (final: not fetched again) for pages that are gone; 'error' (retried next run) otherwise."""
    return "skipped" if status in (404, 410, 451) else "error"


def _status(failure: Failure) -> int | None:
    response = getattr(failure.value, "response", None)
    return getattr(response, "status", None)


def _reason(failure: Failure) -> str:
    status = _status(failure)
    if status:
        return f"HTTP {status}"
    text = str(failure.value) or failure.type.__name__
    return f"{failure.type.__name__}: {text}"[:500]
