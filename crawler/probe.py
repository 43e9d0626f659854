"""`portwatch sources --probe`: fetch each source once through the Scrapy engine, store nothing, and say
what it serves and what is wrong (HTTP status, final URL, kind detected, items, newest item date,
robots.txt), so that an operator can check the catalogue after editing it.

The probe reads robots.txt itself (one request per site) so that it can report a refusal instead of
only skipping the source; a source that robots.txt forbids is not fetched.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import feedparser
import scrapy
from protego import Protego
from scrapy.crawler import CrawlerProcess
from scrapy.http import Response, TextResponse
from scrapy.settings import Settings
from scrapy.utils.sitemap import Sitemap
from twisted.python.failure import Failure

from crawler import gnews
from crawler.encoding import header_text
from crawler.feeds import FeedError, Link, gdelt_links, listing_links, maybe_gunzip, parse_feed, parse_sitemap
from crawler.sources import Source

FEED_KINDS = ("rss", "atom", "google-news")
EXPECTED = {"rss": "an RSS or Atom feed", "atom": "an RSS or Atom feed", "google-news": "an RSS feed",
            "sitemap": "a sitemap", "listing": "an HTML page", "gdelt": "a GDELT answer (JSON or RSS)"}
ERROR_STATUSES = list(range(400, 600))
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}")


@dataclass
class ProbeResult:
    """What one fetch of a source showed."""

    name: str
    kind: str
    url: str
    status: int | None = None
    final_url: str | None = None
    detected: str | None = None
    items: int | None = None
    newest: str | None = None
    robots_allowed: bool | None = None
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def broken(self) -> bool:
        return bool(self.problems)


def detect(body: bytes, content_type: str) -> str:
    """What a body is, by content: rss, atom, sitemap, sitemap index, gdelt json, html, or its media type."""
    raw = maybe_gunzip(body) if body[:2] == b"\x1f\x8b" else body
    head = raw[:2048].lstrip().lower()
    if head[:1] in (b"{", b"["):
        try:
            data = json.loads(raw.decode("utf-8", "replace"))
        except json.JSONDecodeError:
            return "broken JSON"
        return "gdelt json" if isinstance(data, dict) and "articles" in data else "json"
    if b"<urlset" in head or b"<sitemapindex" in head:
        try:
            kind = Sitemap(raw).type
        except Exception:  # noqa: BLE001 - lxml raises several types for broken XML
            return "broken XML"
        return "sitemap index" if kind == "sitemapindex" else "sitemap"
    if b"<html" in head or b"<!doctype html" in head or content_type.startswith(("text/html", "application/xhtml")):
        return "html"
    parsed = feedparser.parse(raw)
    version = parsed.get("version") or ""
    if version.startswith("atom"):
        return "atom"
    if version.startswith("rss"):
        return "rss"
    if raw.lstrip()[:1] == b"<":
        return "broken XML" if parsed.bozo else "XML (not a feed or sitemap)"
    return content_type.split(";")[0].strip() or "unknown"


def _fits(kind: str, detected: str) -> bool:
    if kind in FEED_KINDS:
        return detected in ("rss", "atom")
    if kind == "sitemap":
        return detected in ("sitemap", "sitemap index")
    if kind == "listing":
        return detected == "html"
    if kind == "gdelt":
        return detected in ("gdelt json", "rss", "atom")
    return False


def _links(src: Source, response: Response) -> tuple[list[Link], list[str]]:
    """(article links, child sitemaps) by the parser the crawl would use for this source."""
    if src.kind in FEED_KINDS:
        return parse_feed(response.body, response.url), []
    if src.kind == "gdelt":
        return gdelt_links(response.body, response.url), []
    if src.kind == "sitemap":
        return parse_sitemap(response.body, response.url)
    html = response.text if isinstance(response, TextResponse) else response.body.decode("utf-8", "replace")
    links, _ = listing_links(html, response.url, css=src.link_css, xpath=src.link_xpath,
                             pattern=src.article_pattern, next_css=src.next_css)
    return links, []


def _newest(links: list[Link]) -> str | None:
    days = [lk.published[:10] for lk in links if lk.published and DATE_RE.match(lk.published)]
    return max(days) if days else None


def examine(src: Source, response: Response, result: ProbeResult, gnews_base: str | None = None) -> None:
    """Fill `result` from the source's response."""
    result.status = response.status
    result.final_url = response.url
    ctype = (header_text(response, b"Content-Type") or "").lower()
    if response.status != 200:
        result.problems.append(f"HTTP {response.status}")
        return
    result.detected = detect(response.body, ctype)
    if not _fits(src.kind, result.detected):
        result.problems.append(f"the catalogue says {src.kind}: expected {EXPECTED[src.kind]}, got {result.detected}")
        return
    try:
        links, children = _links(src, response)
    except (FeedError, ValueError) as exc:
        result.problems.append(str(exc))
        return
    result.items = len(links)
    result.newest = _newest(links)
    if children:
        result.notes.append(f"{len(children)} child sitemaps (their items are counted when crawling)")
    elif not links:
        result.problems.append("no items found" if src.kind != "listing" else
                               "no article links match the source's rules (link_css / link_xpath / article_pattern)")
    if src.kind == "google-news" and links:
        google = sum(1 for lk in links if gnews.article_id(lk.url, gnews_base))
        if google:
            result.notes.append(f"{google} of {len(links)} items link to Google News article pages: "
                                "each is resolved to the publisher's URL while crawling")
    if src.host and result.final_url and urlsplit(result.final_url).hostname != src.host:
        result.notes.append(f"redirected to another host: {urlsplit(result.final_url).hostname}")


class ProbeSpider(scrapy.Spider):
    """robots.txt once per site, then each source it allows, once; results land in `results`."""

    name = "probe"

    def __init__(self, *args: Any, sources: list[Source], results: dict[str, ProbeResult], **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.sources = sources
        self.results = results

    async def start(self):
        by_site: dict[str, list[Source]] = {}
        for src in self.sources:
            self.results[src.name] = ProbeResult(src.name, src.kind, src.url)
            parts = urlsplit(src.url)
            by_site.setdefault(f"{parts.scheme}://{parts.netloc}", []).append(src)
        for site, sources in by_site.items():
            yield scrapy.Request(f"{site}/robots.txt", callback=self.robots_read, errback=self.robots_failed,
                                 cb_kwargs={"sources": sources}, meta={"handle_httpstatus_all": True},
                                 dont_filter=True)

    def robots_read(self, response: Response, sources: list[Source]):
        rules = None
        if response.status == 200:
            rules = Protego.parse(response.body.decode("utf-8", "replace"))
        agent = self.settings.get("USER_AGENT") or "portwatch"
        for src in sources:
            allowed = rules.can_fetch(src.url, agent) if rules is not None else True
            self.results[src.name].robots_allowed = allowed
            if not allowed:
                self.results[src.name].problems.append(f"robots.txt forbids {urlsplit(src.url).path or '/'} to portwatch")
                continue
            yield self.source_request(src)

    def robots_failed(self, failure: Failure):
        for src in failure.request.cb_kwargs["sources"]:
            if _refused(failure):
                self.results[src.name].problems.append(_why(failure))
                continue
            self.results[src.name].notes.append(f"robots.txt unreachable ({_why(failure)}): crawled as allowed")
            yield self.source_request(src)

    def source_request(self, src: Source) -> scrapy.Request:
        return scrapy.Request(src.url, callback=self.source_read, errback=self.source_failed, cb_kwargs={"src": src},
                              meta={"handle_httpstatus_list": ERROR_STATUSES}, dont_filter=True)

    def source_read(self, response: Response, src: Source):
        examine(src, response, self.results[src.name], self.settings.get("PORTWATCH_GNEWS_BASE"))

    def source_failed(self, failure: Failure):
        result = self.results[failure.request.cb_kwargs["src"].name]
        response = getattr(failure.value, "response", None)
        if response is not None:
            result.status = response.status
            result.final_url = response.url
        result.problems.append(_why(failure))


def _refused(failure: Failure) -> bool:
    return type(failure.value).__name__ == "RefusedURL"


def _why(failure: Failure) -> str:
    text = str(failure.value) or failure.type.__name__
    return f"{failure.type.__name__}: {text}"[:300]


def probe(sources: list[Source], settings: Settings) -> list[ProbeResult]:
    """Fetch each source once (blocks; a Twisted reactor runs once per process) and return what was seen."""
    settings.set("ITEM_PIPELINES", {}, priority="cmdline")
    settings.set("DOWNLOADER_MIDDLEWARES", {"crawler.middlewares.HostGuardMiddleware": 50}, priority="cmdline")
    settings.set("ROBOTSTXT_OBEY", False, priority="cmdline")  # read by the probe itself, to report it
    settings.set("RETRY_ENABLED", False, priority="cmdline")  # once
    settings.set("LOG_INSTALL_ROOT_HANDLER", False, priority="cmdline")
    results: dict[str, ProbeResult] = {}
    process = CrawlerProcess(settings)
    process.crawl(ProbeSpider, sources=sources, results=results)
    process.start()
    return [results.get(s.name) or ProbeResult(s.name, s.kind, s.url, problems=["not probed"]) for s in sources]
