"""RSS and Atom feeds: each entry's link is an article; feedparser reads the response bytes."""

from __future__ import annotations

from crawler.feeds import parse_feed
from crawler.spiders.base import SourceSpider


class FeedSpider(SourceSpider):
    """Sources of kind rss and atom."""

    name = "feeds"
    kinds = ("rss", "atom")

    def links_from(self, response, source, **kwargs):
        return parse_feed(response.body, response.url), ()
