"""News sitemaps and sitemap indexes (gzip too): every URL entry is an article."""

from __future__ import annotations

import re

from scrapy.utils._compression import _DecompressionMaxSizeExceeded
from scrapy.utils.gz import gunzip

from crawler.feeds import FeedError, parse_sitemap
from crawler.spiders.base import SourceSpider

MAX_CHILD_SITEMAPS = 50


class SitemapSpider(SourceSpider):
    """Sources of kind sitemap."""

    name = "sitemaps"
    kinds = ("sitemap",)

    def links_from(self, response, source, depth: int = 0, **kwargs):
        links, children = parse_sitemap(self.gunzipped(response.body), response.url)
        pattern = source.article_pattern
        if pattern:
            rx = re.compile(pattern)
            links = [lk for lk in links if rx.search(lk.url)]
        follow = [self.source_request(url, source, depth=depth + 1)
                  for url in children[:MAX_CHILD_SITEMAPS] if depth < 2]
        return links, follow

    def gunzipped(self, body: bytes) -> bytes:
        """A .xml.gz body decompressed under the download size cap (a gzip bomb is the source's error)."""
        if body[:2] != b"\x1f\x8b":
            return body
        limit = self.crawler.settings.getint("DOWNLOAD_MAXSIZE") if getattr(self, "crawler", None) else 0
        try:
            return gunzip(body, max_size=limit)
        except _DecompressionMaxSizeExceeded as exc:
            raise FeedError(f"gzipped sitemap larger than the download size limit ({limit} bytes) "
                            f"once decompressed") from exc
        except (OSError, EOFError, ValueError) as exc:
            raise FeedError(f"corrupt gzip body: {exc}") from exc
