"""News sitemaps and sitemap indexes (gzip too): every URL entry is an article."""

from __future__ import annotations

import re

from crawler.feeds import parse_sitemap
from crawler.spiders.base import SourceSpider

MAX_CHILD_SITEMAPS = 50


class SitemapSpider(SourceSpider):
    """Sources of kind sitemap."""

    name = "sitemaps"
    kinds = ("sitemap",)

    def links_from(self, response, source, depth: int = 0, **kwargs):
        links, children = parse_sitemap(response.body, response.url)
        pattern = source.article_pattern
        if pattern:
            rx = re.compile(pattern)
            links = [lk for lk in links if rx.search(lk.url)]
        follow = [self.source_request(url, source, depth=depth + 1)
                  for url in children[:MAX_CHILD_SITEMAPS] if depth < 2]
        return links, follow
