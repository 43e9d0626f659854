"""Pure parsers: feeds, sitemaps, listings, GDELT answers, and the article reader."""

from __future__ import annotations

import gzip
import json

import pytest

from crawler.article import read_article
from crawler.feeds import FeedError, gdelt_links, listing_links, parse_feed, parse_sitemap
from tests.conftest import FIXTURES

SITE = FIXTURES / "site"


def test_rss2_atom_and_rss1_entries():
    rss = parse_feed(SITE.joinpath("feed.xml").read_bytes().replace(b"{base}", b"http://x"), "http://x/feed.xml")
    assert len(rss) == 12 and rss[0].url.startswith("http://x/news/article1.html")
    assert rss[0].published.startswith("2025-03-04")
    atom = parse_feed(SITE.joinpath("atom.xml").read_bytes().replace(b"{base}", b"http://x"), "http://x/atom.xml")
    assert [lk.url for lk in atom] == ["http://x/news/article3.html", "http://x/news/article1.html"]
    rdf = parse_feed(SITE.joinpath("rss1.xml").read_bytes().replace(b"{base}", b"http://x"), "http://x/rss1.xml")
    assert [lk.url for lk in rdf] == ["http://x/news/article4.html"]


@pytest.mark.parametrize("body", [b"<html><body>not a feed</body></html>", b"\x00\x01garbage", b""], ids=["html", "binary", "empty"])
def test_non_feeds_raise(body):
    with pytest.raises(FeedError):
        parse_feed(body, "http://x/f")


def test_sitemap_index_and_gzip_news_sitemap():
    links, children = parse_sitemap(SITE.joinpath("sitemap-index.xml").read_bytes().replace(b"{base}", b"http://x"), "http://x/")
    assert links == [] and children == ["http://x/sitemap-news.xml.gz"]
    child = gzip.compress(gzip.decompress(SITE.joinpath("sitemap-news.xml.gz").read_bytes()).replace(b"{base}", b"http://x"))
    links, children = parse_sitemap(child, "http://x/sitemap-news.xml.gz")
    assert [(lk.url, lk.title, lk.published, lk.lang) for lk in links] == [
        ("http://x/news/article5.html", "Valencia", "2025-03-12", "en")]


def test_listing_rules_and_next_page():
    links, nxt = listing_links(SITE.joinpath("listing.html").read_text(), "http://x/listing.html",
                               css="ul.releases a", pattern="/news/", next_css="a.next")
    assert [lk.url for lk in links] == ["http://x/news/article6.html"]
    assert nxt == "http://x/listing2.html"


def test_gdelt_json():
    body = json.dumps({"articles": [{"url": "https://news.example/a", "title": "T", "seendate": "20250301T101500Z",
                                     "language": "Spanish"}]}).encode()
    (link,) = gdelt_links(body, "https://api.gdeltproject.org/api/v2/doc/doc")
    assert (link.url, link.published) == ("https://news.example/a", "2025-03-01T10:15:00+00:00")


def test_reader_cuts_related_boxes_and_reads_metadata():
    html = SITE.joinpath("news", "article3.html").read_text().replace("{base}", "http://x")
    art = read_article(html, "http://x/news/article3.html?utm_source=a")
    assert art["title"] == "Port of Antwerp-Bruges: 2.5 tonnes of cocaine in scrap metal"
    assert art["published"] == "2025-03-08T09:00:00+00:00"
    assert art["author"] == "Fixture Desk"
    assert art["canonical_url"] == "http://x/news/article3.html"
    assert "2.5 tonnes" in art["text"] and "9 tonnes" not in art["text"]


def test_reader_survives_garbage():
    art = read_article(b"\xff\xfe\x00garbage", "http://x/", {"title": "From the feed", "summary": "<p>Feed text</p>"})
    assert art["title"] == "From the feed"


def test_reader_keeps_a_story_whose_container_class_mentions_sharing():
    story = "Customs seized 2 tonnes of cocaine at the port of Rotterdam on Monday, hidden in bananas. " * 3
    html = (f"<html><body><nav>menu</nav><div class='article-body has-share-tools'><p>{story}</p>"
            "<div class='share-box'>Share on X</div></div></body></html>")
    text = read_article(html, "http://x/a")["text"]
    assert "2 tonnes of cocaine" in text and "Share on X" not in text
