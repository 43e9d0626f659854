"""Query feeds of news aggregators (GDELT DOC 2.0, Google News RSS): a search to article links."""

from __future__ import annotations

from crawler.feeds import gdelt_links, parse_feed
from crawler.spiders.base import SourceSpider


class QuerySpider(SourceSpider):
    """Sources of kind gdelt and google-news."""

    name = "queries"
    kinds = ("gdelt", "google-news")

    def links_from(self, response, source, **kwargs):
        if source.kind == "gdelt":
            return gdelt_links(response.body, response.url), ()
        return parse_feed(response.body, response.url), ()
