"""The real Scrapy engine against a fixture site on 127.0.0.1: every crawl case of issue #3."""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest

from tests.conftest import FIXTURES, Site, run_portwatch

pytestmark = pytest.mark.issue(3)


def rows(db_path: str, sql: str, params=()):
    with sqlite3.connect(db_path) as conn:
        return conn.execute(sql, params).fetchall()


@pytest.fixture(scope="module")
def fixture_site():
    """One fixture site for the module (the tests read its request log, never change its files)."""
    site = Site(FIXTURES / "site")
    yield site
    site.close()


@pytest.fixture(scope="module")
def crawled(fixture_site, tmp_path_factory):
    """One crawl of the fixture site, shared by the tests that only read what it stored."""
    tmp_path = tmp_path_factory.mktemp("crawled")
    db_path = str(tmp_path / "portwatch.db")
    sources = fixture_site.sources_file(tmp_path, FIXTURES / "site" / "sources.yaml")
    # the production retry backoff (FAST_CRAWL turns it off): test_server_errors_are_retried_with_growing_waits
    first = run_portwatch("crawl", "--db", db_path, "--sources", str(sources), "--allow-host", "127.0.0.1",
                          "--set", "PORTWATCH_RETRY_BACKOFF=1.0")
    # two fixture sources fail on purpose (a malformed feed, a 404): `crawl` exits 1 like `run` (#11)
    assert first.returncode == 1, first.stderr[-3000:]
    assert "fixture-broken" in first.stdout and "fixture-missing" in first.stdout
    return fixture_site, sources, db_path, first


def test_every_kind_of_source_yields_its_articles(crawled):
    site, _, db_path, result = crawled
    urls = {u for (u,) in rows(db_path, "SELECT canonical_url FROM articles")}
    expected = {f"{site.url}/news/article{i}.html" for i in range(1, 8)} | {f"{site.url}/news/latin1.latin1.html"}
    assert urls == expected
    by_source = dict(rows(db_path, "SELECT source_id, count(*) FROM articles GROUP BY source_id"))
    assert by_source["fixture-atom"] == 1  # article3 (article1 came first through the RSS feed)
    assert by_source["fixture-rss1"] == 1
    assert by_source["fixture-sitemap"] == 1  # through the index and its gzipped child
    assert by_source["fixture-listing"] == 1  # article6, on both listing pages, stored once
    assert "8 new articles" in result.stdout


def test_tracking_parameters_and_duplicate_bodies_are_stored_once(crawled):
    site, _, db_path, _ = crawled
    (article_id,) = rows(db_path, "SELECT id FROM articles WHERE canonical_url = ?", [f"{site.url}/news/article1.html"])[0]
    linked = {u for (u,) in rows(db_path, "SELECT url FROM article_urls WHERE article_id = ?", [article_id])}
    assert f"{site.url}/news/article1.html?utm_source=rss&utm_medium=feed" in linked
    copies = rows(db_path, "SELECT count(*) FROM articles WHERE title LIKE '%Piraeus%'")
    assert copies == [(1,)]
    both = {u for (u,) in rows(db_path, "SELECT url FROM article_urls")}
    assert {f"{site.url}/news/article2.html", f"{site.url}/news/copy-of-article2.html"} <= both


def test_failures_are_recorded_with_reasons_and_do_not_stop_the_crawl(crawled):
    site, _, db_path, _ = crawled
    pages = {u.replace(site.url, ""): (o, r) for u, o, r in rows(db_path, "SELECT url, outcome, reason FROM pages WHERE outcome != 'article'")}
    assert pages["/news/gone.html"] == ("skipped", "HTTP 404")  # gone: not asked for again
    assert pages["/status/500"] == ("error", "HTTP 500")
    assert pages["/news/report.pdf"][0] == "skipped" and "not an HTML page" in pages["/news/report.pdf"][1]
    assert "max download size" in pages["/huge.bin"][1] or "larger than download max size" in pages["/huge.bin"][1]
    assert "DataLoss" in pages["/truncated.html"][1]
    assert "redirections" in pages["/loop"][1]
    assert "robots.txt" in pages["/private/secret.html"][1]
    assert pages["/private/secret.html"][0] == "disallowed"  # not final: fetched once robots.txt allows it
    sources = {s: (o, r) for s, o, r in rows(db_path, "SELECT source_id, outcome, reason FROM source_runs")}
    assert sources["fixture-broken"][0] == "error" and "malformed" in sources["fixture-broken"][1]
    assert sources["fixture-missing"] == ("error", "HTTP 404")
    assert "fixture-disabled" not in sources
    health = dict(rows(db_path, "SELECT id, last_error FROM sources"))
    assert health["fixture-missing"] == "HTTP 404"


def test_server_errors_are_retried_with_growing_waits(crawled):
    site, _, _, _ = crawled
    times = [float(line.split()[0]) for line in site.requests_log() if " /status/500 " in line + " "]
    assert len(times) == 3  # the first try and two retries
    first_gap, second_gap = times[1] - times[0], times[2] - times[1]
    assert first_gap >= 1.0 and second_gap >= 2.0  # PORTWATCH_RETRY_BACKOFF: 1 s, then 2 s


def test_latin1_page_is_decoded_from_its_header(crawled):
    _, _, db_path, _ = crawled
    (title, text) = rows(db_path, "SELECT title, text FROM articles WHERE url LIKE '%latin1%'")[0]
    assert title == "Saisie à Marseille"
    assert "cocaïne" in text


def test_raw_html_is_kept_compressed(crawled):
    _, _, db_path, _ = crawled
    import zlib

    (blob, size) = rows(db_path, "SELECT body_z, body_size FROM pages WHERE url LIKE '%article3.html'")[0]
    html = zlib.decompress(blob)
    assert len(html) == size and b"scrap metal" in html and len(blob) < size


@pytest.fixture
def fresh_crawl(crawled, tmp_path):
    """A copy of the shared crawl's database (SQLite's backup API), for the test that crawls again on top
    of it: the first crawl is the module's, not one more of the same site."""
    site, sources, crawled_db, first = crawled
    db_path = str(tmp_path / "portwatch.db")
    with closing(sqlite3.connect(crawled_db)) as source, closing(sqlite3.connect(db_path)) as copy:
        source.backup(copy)
    return site, sources, db_path, first


def test_second_run_is_conditional_and_stores_nothing_new(fresh_crawl):
    site, sources, db_path, _ = fresh_crawl
    before = rows(db_path, "SELECT count(*) FROM articles")[0][0]
    n_requests_before = len(rows(db_path, "SELECT * FROM pages"))
    site.clear_log()
    again = run_portwatch("crawl", "--db", db_path, "--sources", str(sources), "--allow-host", "127.0.0.1")
    assert again.returncode == 1, again.stderr[-2000:]  # the two broken fixture sources again
    assert "0 new articles" in again.stdout
    assert rows(db_path, "SELECT count(*) FROM articles")[0][0] == before
    assert len(rows(db_path, "SELECT * FROM pages")) == n_requests_before
    outcomes = dict(rows(db_path, "SELECT source_id, outcome FROM source_runs WHERE rowid IN "
                                  "(SELECT max(rowid) FROM source_runs GROUP BY source_id)"))
    # the replay server answers 304 to If-None-Match with the ETag portwatch kept
    assert outcomes["fixture-atom"] == "not-modified"
    assert outcomes["fixture-rss1"] == "not-modified"
    # a feed whose articles failed for passing reasons (500, cut off) is read again so they are retried
    assert outcomes["fixture-rss"] == "ok"
    retried = [r for r in site.requests_log() if "/status/500" in r]
    assert len(retried) >= 2


def test_loopback_is_refused_without_allow_host(fixture_site, tmp_path, db_path):
    sources = fixture_site.sources_file(tmp_path, FIXTURES / "site" / "sources.yaml", only={"fixture-rss"})
    result = run_portwatch("crawl", "--db", db_path, "--sources", str(sources))
    assert result.returncode == 1  # the refused source failed
    (reason,) = rows(db_path, "SELECT reason FROM source_runs WHERE source_id = 'fixture-rss'")[0]
    assert "non-public address 127.0.0.1" in reason and "--allow-host" in reason
    assert rows(db_path, "SELECT count(*) FROM articles") == [(0,)]
