"""Item pipeline: read each fetched page into an article and store it through `db.writes`."""

from __future__ import annotations

import logging

from crawler.article import read_article
from crawler.items import ArticlePage, SkippedPage, SourceOutcome
from crawler.urls import canonicalize
from db import open_db
from scrapy import signals

from db.writes import commit_validators, record_skip, record_source_result, save_article

log = logging.getLogger(__name__)


class StorePipeline:
    """Store articles (deduplicated by canonical URL and body), skipped pages and source outcomes."""

    def __init__(self, db_path: str, run_id: int | None, stats, read_articles: bool = True):
        self.db_path = db_path
        self.read_articles = read_articles
        self.run_id = run_id
        self.stats = stats
        self.db = None
        self.fetched: set[str] = set()  # sources fetched in this crawl
        self.failed: set[str] = set()  # sources with an article that failed (to be retried next run)

    @classmethod
    def from_crawler(cls, crawler):
        run_id = crawler.settings.getint("PORTWATCH_RUN_ID") or None
        pipeline = cls(crawler.settings.get("PORTWATCH_DB"), run_id, crawler.stats,
                       crawler.settings.getbool("PORTWATCH_READ_ARTICLES", True))
        crawler.signals.connect(pipeline.spider_closed, signal=signals.spider_closed)
        return pipeline

    def spider_closed(self, spider=None, reason: str = "finished"):
        """Only a crawl that finished lets its sources answer 304 next time (nothing is left unfetched)."""
        if self.db is None:
            return
        if reason == "finished":
            commit_validators(self.db, sorted(self.fetched - self.failed))
        self.db.close()
        self.db = None

    def open_spider(self, spider=None):
        self.db = open_db(self.db_path)

    def close_spider(self, spider=None):
        """The database stays open until spider_closed has committed the validators."""

    def process_item(self, item, spider=None):
        if isinstance(item, SourceOutcome):
            record_source_result(
                self.db, item.source_id, outcome=item.outcome, run_id=self.run_id, http_status=item.status,
                reason=item.reason, links_found=item.links_found, etag=item.etag,
                last_modified=item.last_modified,
            )
            self.stats.inc_value(f"portwatch/sources/{item.outcome}")
            if item.outcome == "ok":
                self.fetched.add(item.source_id)
            if item.outcome == "error":
                log.warning("source %s failed: %s", item.source_id, item.reason)
            else:
                log.info("source %s: %s, %s links", item.source_id, item.outcome, item.links_found)
        elif isinstance(item, SkippedPage):
            if item.outcome == "error":
                self.failed.add(item.source_id)
            record_skip(self.db, item.url, source_id=item.source_id, reason=item.reason,
                        http_status=item.status, content_type=item.content_type, outcome=item.outcome)
            self.stats.inc_value(f"portwatch/pages/{item.outcome}")
            log.info("no article from %s: %s", item.url, item.reason)
        elif isinstance(item, ArticlePage):
            if self.read_articles:
                article = read_article(item.html, item.final_url, item.hints)
            else:  # store the raw page now, read it at extraction time (reader_version stays empty)
                article = {"title": item.hints.get("title"), "canonical_url": item.final_url, "reader_version": None,
                           "published": item.hints.get("published")}
            article["canonical_url"] = canonicalize(article["canonical_url"] or item.final_url)
            page = {
                "url": item.url,
                "final_url": item.final_url,
                "source_id": item.source_id,
                "status": item.status,
                "content_type": item.content_type,
                "encoding": item.encoding,
                "body": item.body,
            }
            article_id, created = save_article(self.db, page, article)
            self.stats.inc_value("portwatch/articles/new" if created else "portwatch/articles/duplicate")
            log.info("%s article %s from %s", "stored" if created else "linked duplicate", article_id, item.url)
        return item
