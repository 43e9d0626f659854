"""Pure parsers for what sources serve: RSS/Atom feeds, (news) sitemaps, listing pages, GDELT answers.

Each takes bytes (or text) and the URL they came from and returns links with whatever metadata the
source gives; none fetches anything.
"""

from __future__ import annotations

import gzip
import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin as _urljoin

import feedparser
from parsel import Selector
from scrapy.utils.sitemap import Sitemap


class FeedError(ValueError):
    """The body is not a usable feed or sitemap."""


@dataclass
class Link:
    """An article link found on a source, with the source's own metadata about it."""

    url: str
    title: str | None = None
    published: str | None = None
    author: str | None = None
    lang: str | None = None
    summary: str | None = None

    def hints(self) -> dict[str, Any]:
        """The metadata as a plain dict, for the article reader's fallbacks."""
        return {k: v for k, v in (("title", self.title), ("published", self.published),
                                  ("author", self.author), ("lang", self.lang),
                                  ("summary", self.summary)) if v}


def urljoin(base: str, href: str) -> str:
    """urljoin that never raises: a link it cannot join (a bad port, a broken IPv6 literal) is kept as
    written, so that the spider records it as that link's failure instead of losing the whole document."""
    try:
        return _urljoin(base, href)
    except ValueError:
        return href


def _iso(struct: Any) -> str | None:
    if not struct:
        return None
    try:
        return datetime(*struct[:6], tzinfo=UTC).isoformat()
    except (TypeError, ValueError):
        return None


def parse_feed(body: bytes, url: str) -> list[Link]:
    """Entries of an RSS 0.9x/1.0/2.0 or Atom feed; FeedError when nothing usable is there."""
    parsed = feedparser.parse(body, response_headers={"content-location": url})
    links: list[Link] = []
    for entry in parsed.entries:
        href = entry.get("link") or next(
            (lk.get("href") for lk in entry.get("links", []) if lk.get("href")), None
        )
        if not href:
            continue
        lang = None
        detail = entry.get("title_detail") or entry.get("summary_detail") or {}
        if detail.get("language"):
            lang = detail["language"]
        links.append(
            Link(
                url=urljoin(url, href.strip()),
                title=(entry.get("title") or None),
                published=_iso(entry.get("published_parsed") or entry.get("updated_parsed")),
                author=entry.get("author") or None,
                lang=lang or parsed.feed.get("language"),
                summary=entry.get("summary") or None,
            )
        )
    if not links and parsed.bozo:
        raise FeedError(f"malformed feed: {parsed.get('bozo_exception')}")
    if not links and not parsed.get("version"):
        raise FeedError("not an RSS or Atom feed")
    return links


def maybe_gunzip(body: bytes) -> bytes:
    """Decompress a gzip body (a .xml.gz sitemap); leave anything else alone."""
    if body[:2] == b"\x1f\x8b":
        try:
            return gzip.decompress(body)
        except (OSError, EOFError) as exc:
            raise FeedError(f"corrupt gzip body: {exc}") from exc
    return body


def parse_sitemap(body: bytes, url: str) -> tuple[list[Link], list[str]]:
    """(article links, child sitemap URLs) of a sitemap or sitemap index, news extension included."""
    raw = maybe_gunzip(body)
    try:
        sitemap = Sitemap(raw)
    except Exception as exc:  # lxml raises several types for broken XML
        raise FeedError(f"malformed sitemap: {exc}") from exc
    links: list[Link] = []
    children: list[str] = []
    for entry in sitemap:
        loc = entry.get("loc")
        if not loc:
            continue
        if sitemap.type == "sitemapindex":
            children.append(urljoin(url, loc))
            continue
        links.append(Link(url=urljoin(url, loc), published=entry.get("lastmod")))
    _add_news_fields(raw, links)
    if sitemap.type not in ("sitemapindex", "urlset"):
        raise FeedError(f"not a sitemap (root element {sitemap.type!r})")
    return links, children


def _add_news_fields(raw: bytes, links: list[Link]) -> None:
    """Google News sitemaps carry title, date and language per URL; keep them as hints."""
    try:
        sel = Selector(text=raw.decode("utf-8", "replace"), type="xml")
    except Exception:  # noqa: BLE001 - hints are optional
        return
    sel.remove_namespaces()
    by_url = {lk.url: lk for lk in links}
    for node in sel.xpath("//url"):
        loc = (node.xpath("loc/text()").get() or "").strip()
        link = by_url.get(loc)
        if link is None:
            continue
        link.title = node.xpath("news/title/text()").get() or link.title
        link.published = node.xpath("news/publication_date/text()").get() or link.published
        link.lang = node.xpath("news/publication/language/text()").get() or link.lang


def listing_links(
    html: str,
    url: str,
    *,
    css: str | None = None,
    xpath: str | None = None,
    pattern: str | None = None,
    next_css: str | None = None,
) -> tuple[list[Link], str | None]:
    """(article links, next page URL) of an index page, by the source's CSS/XPath/regex rules."""
    sel = Selector(text=html)
    if css:
        hrefs = sel.css(css).xpath("./@href | .//a/@href").getall()
    elif xpath:
        hrefs = sel.xpath(xpath).getall()
    else:
        hrefs = sel.css("a::attr(href)").getall()
    rx = re.compile(pattern) if pattern else None
    seen: set[str] = set()
    links: list[Link] = []
    for href in hrefs:
        absolute = urljoin(url, href.strip())
        if not absolute.startswith(("http://", "https://")) or absolute in seen:
            continue
        if rx and not rx.search(absolute):
            continue
        seen.add(absolute)
        links.append(Link(url=absolute))
    nxt = None
    if next_css:
        href = sel.css(next_css).xpath("./@href").get()
        nxt = urljoin(url, href) if href else None
    return links, nxt


def gdelt_links(body: bytes, url: str) -> list[Link]:
    """Article links of a GDELT DOC 2.0 answer, in its JSON or RSS format."""
    text = body.lstrip()
    if text[:1] in (b"{", b"["):
        try:
            data = json.loads(text.decode("utf-8", "replace"))
        except json.JSONDecodeError as exc:
            raise FeedError(f"malformed GDELT JSON: {exc}") from exc
        articles = data.get("articles", []) if isinstance(data, dict) else []
        return [
            Link(url=a["url"], title=a.get("title"), lang=a.get("language"), published=_gdelt_date(a.get("seendate")))
            for a in articles
            if isinstance(a, dict) and a.get("url")
        ]
    return parse_feed(body, url)


def _gdelt_date(value: str | None) -> str | None:
    if not value:
        return None
    try:
        return datetime.strptime(value, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC).isoformat()
    except ValueError:
        return None
