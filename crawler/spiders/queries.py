"""Query feeds of news aggregators (GDELT DOC 2.0, Google News RSS): a search to article links.

Google News items link to Google's own article pages; each is resolved to the publisher's URL
(crawler/gnews.py) with two requests through this engine, politely (the host's download slot,
robots.txt, the User-Agent) and once: resolved links are kept in the database and a later run goes
straight to the publisher. The publisher page is then fetched like any other article. A link that
cannot be resolved is recorded with its reason and never stored as an article.
"""

from __future__ import annotations

from urllib.parse import urlsplit

import scrapy
from scrapy.http import Response
from twisted.python.failure import Failure

from crawler import gnews
from crawler.feeds import Link, gdelt_links, parse_feed
from crawler.items import SkippedPage
from crawler.sources import Source
from crawler.spiders.base import SourceSpider, _reason, _status
from db import open_db
from db.queries import attempted_urls, resolved_links
from db.writes import record_resolution

GNEWS_BASE = "https://news.google.com"


class QuerySpider(SourceSpider):
    """Sources of kind gdelt and google-news."""

    name = "queries"
    kinds = ("gdelt", "google-news")

    def links_from(self, response, source, **kwargs):
        if source.kind == "gdelt":
            return gdelt_links(response.body, response.url), ()
        links = parse_feed(response.body, response.url)
        if source.kind == "google-news":  # links that could not be resolved before are not tried again
            given_up = self._gnews_cache()[1]
            keep = [lk for lk in links if self._gnews_key(lk.url) not in given_up]
            self.crawler.stats.inc_value("portwatch/gnews/given-up", len(links) - len(keep))
            links = keep
        return links, ()

    # ------------------------------------------------------------------ Google News links
    @property
    def gnews_base(self) -> str:
        return str(self.settings.get("PORTWATCH_GNEWS_BASE") or GNEWS_BASE).rstrip("/")

    def _gnews_cache(self) -> tuple[dict[str, str], set[str]]:
        """(resolved link -> publisher URL, links given up on), read once per crawl from the database."""
        if not hasattr(self, "_resolved"):
            database = open_db(self.settings.get("PORTWATCH_DB"))
            try:
                self._resolved = resolved_links(database)
                self._given_up = attempted_urls(database)
            finally:
                database.close()
        return self._resolved, self._given_up

    def article_request(self, link: Link, source: Source) -> scrapy.Request:
        gnews_id = gnews.article_id(link.url, self.gnews_base) if source.kind == "google-news" else None
        if gnews_id is None:
            return super().article_request(link, source)
        key = f"{GNEWS_BASE}/rss/articles/{gnews_id}"  # one key per article, whatever address served it
        resolved = self._gnews_cache()[0]
        if key in resolved:
            self.crawler.stats.inc_value("portwatch/gnews/cached")
            return super().article_request(_publisher_link(link, resolved[key]), source)
        page = gnews.article_page_url(self.gnews_base, gnews_id, link.url, source.url)
        return scrapy.Request(
            page,
            callback=self.parse_gnews_page,
            errback=self.gnews_failed,
            cb_kwargs={"source": source, "link": link, "key": key, "gnews_id": gnews_id},
            meta={"portwatch_gnews": True},
            dont_filter=True,
        )

    def _gnews_key(self, url: str) -> str | None:
        gnews_id = gnews.article_id(url, self.gnews_base)
        return f"{GNEWS_BASE}/rss/articles/{gnews_id}" if gnews_id else None

    def parse_gnews_page(self, response: Response, source: Source, link: Link, key: str, gnews_id: str):
        landed = urlsplit(response.url).netloc
        if landed != urlsplit(self.gnews_base).netloc:  # a consent or "unusual traffic" page: try next run
            yield self._unresolved(key, source, f"Google sent the article page on to {landed}", response.status)
            return
        try:
            signature, timestamp = gnews.read_signature(response.text)
        except gnews.ResolveError as exc:
            yield self._unresolved(key, source, str(exc), response.status, final=True)
            return
        except AttributeError:  # not a text response
            yield self._unresolved(key, source, "the Google News article page is not HTML", response.status,
                                   final=True)
            return
        yield scrapy.Request(
            gnews.batch_url(self.gnews_base),
            method="POST",
            body=gnews.batch_body(gnews_id, signature, timestamp),
            headers={"Content-Type": "application/x-www-form-urlencoded;charset=UTF-8",
                     "Referer": f"{self.gnews_base}/"},
            callback=self.parse_gnews_answer,
            errback=self.gnews_failed,
            cb_kwargs={"source": source, "link": link, "key": key, "gnews_id": gnews_id},
            meta={"portwatch_gnews": True},
            dont_filter=True,
        )

    def parse_gnews_answer(self, response: Response, source: Source, link: Link, key: str, gnews_id: str):
        try:
            url = gnews.read_batch_answer(response.text)
        except (gnews.ResolveError, AttributeError) as exc:
            # an error row may be an expired signature or a refusal of the moment: the link is asked
            # again next run while its search feed still lists it
            yield self._unresolved(key, source, str(exc) or "the batch answer is not text", response.status)
            return
        self.crawler.stats.inc_value("portwatch/gnews/resolved")
        self._gnews_cache()[0][key] = url
        database = open_db(self.settings.get("PORTWATCH_DB"))
        try:
            record_resolution(database, key, url, source_id=source.name, reason="Google News link to the publisher")
        finally:
            database.close()
        yield super().article_request(_publisher_link(link, url), source)

    def gnews_failed(self, failure: Failure):
        kw = failure.request.cb_kwargs
        status = _status(failure)
        final = "robots.txt" in str(failure.value) or status in (404, 410)
        yield self._unresolved(kw["key"], kw["source"], _reason(failure), status, final=final)

    def _unresolved(self, key: str, source: Source, why: str, status: int | None, final: bool = False) -> SkippedPage:
        """A Google News link that gave no publisher URL: 'skipped' (final) or 'error' (tried next run)."""
        self.crawler.stats.inc_value("portwatch/gnews/unresolved")
        self.logger.warning("Google News link %s not resolved: %s", key, why)
        return SkippedPage(key, source.name, f"Google News link not resolved: {why}"[:500], status,
                           outcome="skipped" if final else "error")


def _publisher_link(link: Link, url: str) -> Link:
    """The feed item's metadata, pointing at the publisher's page."""
    return Link(url=url, title=link.title, published=link.published, author=link.author, lang=link.lang,
                summary=link.summary)
