"""Run every spider over the catalogue in one Scrapy process and report what happened.

Called by `portwatch crawl` and `portwatch run`; a Twisted reactor runs once per process.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings

from crawler import settings as default_settings
from crawler.sources import Source, load_sources
from crawler.spiders.feeds import FeedSpider
from crawler.spiders.listings import ListingSpider
from crawler.spiders.queries import QuerySpider
from crawler.spiders.sitemaps import SitemapSpider

SPIDERS = (FeedSpider, SitemapSpider, ListingSpider, QuerySpider)
# GDELT answers HTTP 429 to more than one request per 5 seconds from one address.
# Google News article links are resolved a few seconds apart (the decoders' advice against HTTP 429),
# on top of AutoThrottle.
HOST_DELAYS = {"api.gdeltproject.org": 6.0, "news.google.com": 3.0}


@dataclass
class CrawlResult:
    """Counters from one crawl."""

    sources: int
    stats: dict[str, Any]
    interrupted: bool = False  # stopped by SIGTERM/SIGINT before every source was done

    def get(self, key: str) -> int:
        """A portwatch counter, 0 when absent."""
        return int(self.stats.get(f"portwatch/{key}", 0))


def select_sources(path: str | Path | None, only: list[str] | None = None) -> list[Source]:
    """Enabled catalogue entries, or exactly those named in `only` (enabled or not)."""
    sources = load_sources(path, keep_bad_urls=True)  # a bad URL fails its source, not the whole run
    if only:
        names = {s.name for s in sources}
        missing = sorted(set(only) - names)
        if missing:
            raise ValueError(f"no source named {', '.join(missing)} in the catalogue")
        return [s for s in sources if s.name in only]
    return [s for s in sources if s.enabled]


def crawl_settings(db_path: str, sources: list[Source], *, sources_path: str | None, allow_hosts: list[str],
                   run_id: int | None, overrides: dict[str, Any] | None = None) -> Settings:
    """Scrapy settings for one crawl: defaults, per-host delays from the catalogue, run values."""
    s = Settings()
    s.setmodule(default_settings, priority="project")
    slots: dict[str, dict[str, float]] = {h: {"delay": d} for h, d in HOST_DELAYS.items()}
    for src in sources:
        if src.crawl_delay is not None:
            slots[src.host] = {"delay": max(src.crawl_delay, slots.get(src.host, {}).get("delay", 0))}
    s.set("DOWNLOAD_SLOTS", slots, priority="cmdline")
    s.set("PORTWATCH_DB", str(db_path), priority="cmdline")
    s.set("PORTWATCH_SOURCES", sources_path, priority="cmdline")
    s.set("PORTWATCH_ALLOW_HOSTS", list(allow_hosts), priority="cmdline")
    s.set("PORTWATCH_RUN_ID", run_id or 0, priority="cmdline")
    for key, value in (overrides or {}).items():
        s.set(key, value, priority="cmdline")
    return s


def run_crawl(db_path: str, sources: list[Source], settings: Settings) -> CrawlResult:
    """Crawl `sources` with every spider in one process; blocks until all are done."""
    settings.set("LOG_INSTALL_ROOT_HANDLER", False, priority="cmdline")
    process = CrawlerProcess(settings)
    if settings.get("LOG_LEVEL") != "DEBUG":
        # portwatch logs what happened per source and article; Scrapy's INFO chatter is noise
        for name in ("scrapy", "py.warnings"):
            logging.getLogger(name).setLevel(logging.WARNING)
    crawlers = []
    for spider_cls in SPIDERS:
        mine = [s for s in sources if s.kind in spider_cls.kinds]
        if not mine:
            continue
        crawler = process.create_crawler(spider_cls)
        crawlers.append(crawler)
        process.crawl(crawler, sources=mine)
    if crawlers:
        process.start()
    totals: dict[str, Any] = {}
    # Scrapy stops gracefully on the first SIGTERM/SIGINT and closes its spiders with 'shutdown'
    reasons = {crawler.stats.get_value("finish_reason") for crawler in crawlers}
    interrupted = bool(reasons - {"finished", None})
    for crawler in crawlers:
        for key, value in (crawler.stats.get_stats() or {}).items():
            if isinstance(value, int | float) and not isinstance(value, bool):
                totals[key] = totals.get(key, 0) + value
    return CrawlResult(sources=len(sources), stats=totals, interrupted=interrupted)
