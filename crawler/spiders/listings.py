"""Press-release listings: an index page's article links by the source's CSS/XPath/regex rules."""

from __future__ import annotations

from crawler.feeds import listing_links
from crawler.spiders.base import SourceSpider


class ListingSpider(SourceSpider):
    """Sources of kind listing, following `next_css` up to `max_pages` index pages."""

    name = "listings"
    kinds = ("listing",)

    def links_from(self, response, source, page: int = 1, **kwargs):
        links, nxt = listing_links(
            response.text, response.url, css=source.link_css, xpath=source.link_xpath,
            pattern=source.article_pattern, next_css=source.next_css,
        )
        follow = [self.source_request(nxt, source, page=page + 1)] if nxt and page < source.max_pages else []
        return links, follow
