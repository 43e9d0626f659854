"""The shared dev corpus served on 127.0.0.1 (issue #3, item 8): every article reachable from its
feeds and news sitemap is stored exactly once, the broken link is recorded, a second run adds nothing."""

from __future__ import annotations

import json
import re
import sqlite3

import pytest

from tests.conftest import Site, run_portwatch

pytestmark = [pytest.mark.issue(3), pytest.mark.slow]

FEEDS = [("customs", "rss", "feed-customs.xml"), ("police", "rss", "feed-police.xml"),
         ("tradepaper", "rss", "feed-tradepaper.xml"), ("scheldemond", "rss", "feed-scheldemond.xml"),
         ("wire", "atom", "feed-wire.atom"), ("meridian", "sitemap", "sitemap.xml")]


def item_links(corpus) -> set[str]:
    """Article paths the feeds and the sitemap point at (items and entries, not channel links)."""
    links = set()
    for _, _, name in FEEDS:
        text = (corpus / name).read_text(encoding="utf-8")
        for block in re.findall(r"<item>.*?</item>|<entry[ >].*?</entry>|<url>.*?</url>", text, re.S):
            m = re.search(r"<link>http://HOST(/[^<]+)</link>|<link[^>]*href=\"http://HOST(/[^\"]+)\"|<loc>http://HOST(/[^<]+)</loc>", block)
            if m:
                links.add(next(g for g in m.groups() if g))
    return links


def test_dev_corpus_crawl_stores_each_reachable_article_once(shared, tmp_path, db_path):
    corpus = shared / "corpus" / "dev"
    sites = json.loads((corpus / "sites.json").read_text(encoding="utf-8"))
    by_path = {v["path"]: k for k, v in sites.items()}
    links = item_links(corpus)
    reachable = {by_path[p] for p in links if p in by_path}
    broken = {p for p in links if p not in by_path}
    assert len(broken) == 1 and len(reachable) > 70

    site = Site(corpus, sites=corpus / "sites.json")
    try:
        catalogue = tmp_path / "sources.yaml"
        catalogue.write_text("sources:\n" + "".join(
            f"  - {{name: dev-{n}, kind: {kind}, url: '{site.url}/{f}', language: multi, country: INT, agency: {n}}}\n"
            for n, kind, f in FEEDS), encoding="utf-8")
        args = ("crawl", "--db", db_path, "--sources", str(catalogue), "--allow-host", "127.0.0.1")
        first = run_portwatch(*args)
        assert first.returncode == 0, first.stderr[-3000:]
        with sqlite3.connect(db_path) as conn:
            stored = {u.replace(site.url, "") for (u,) in conn.execute("SELECT canonical_url FROM articles")}
            pages = dict(conn.execute("SELECT replace(url, ?, ''), reason FROM pages WHERE outcome != 'article'", [site.url]))
        assert {by_path[p] for p in stored} == reachable
        assert len(stored) == len(reachable)  # once each, though some are listed by two feeds
        (gone,) = broken
        assert pages[gone] == "HTTP 404"
        second = run_portwatch(*args)
        assert second.returncode == 0
        assert "0 new articles" in second.stdout
        with sqlite3.connect(db_path) as conn:
            assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == len(reachable)
    finally:
        site.close()
