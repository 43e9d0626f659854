"""Google News search items become the publishers' articles (issue #12): the real Scrapy engine resolves
each news.google.com/rss/articles/<id> link against a local fake of Google's two pages, then fetches
the publisher's page from a fixture site; no test reaches the internet."""

from __future__ import annotations

import sqlite3

import pytest

from crawler import gnews
from tests.conftest import FIXTURES, Site, run_portwatch
from tests.fake_google import FakeGoogle, batch_answer, signature

pytestmark = pytest.mark.issue(12)

GOOD = "CBMiWkFVX3lxTE1fakeArticleOne"
GOOD2 = "CBMiWkFVX3lxTE1fakeArticleTwo"
NO_SIGNATURE = "CBMiWkFVX3lxTE1noSignatureHere"
REFUSED = "CBMiWkFVX3lxTE1googleSaysNo"
GONE = "CBMiWkFVX3lxTE1goneFromGoogle"
CONSENT = "CBMiWkFVX3lxTE1consentFirst"


def rows(db_path: str, sql: str, params=()):
    with sqlite3.connect(db_path) as conn:
        return conn.execute(sql, params).fetchall()


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    """A publisher site, a fake Google serving a search feed of five items, and one crawl of it."""
    tmp = tmp_path_factory.mktemp("gnews")
    site = Site(FIXTURES / "site")
    google = FakeGoogle({GOOD: f"{site.url}/news/article4.html", GOOD2: f"{site.url}/news/article5.html",
                         REFUSED: None},
                        no_signature={NO_SIGNATURE}, feed_ids=[GOOD, NO_SIGNATURE, REFUSED, GONE, CONSENT, GOOD2],
                        redirects={CONSENT: f"{site.url}/listing.html"})
    sources = tmp / "sources.yaml"
    sources.write_text(
        "sources:\n  - {name: gnews-test, kind: google-news, "
        f"url: '{google.url}/rss/search?q=cocaine+port&hl=en-GB&gl=GB&ceid=GB:en', "
        "language: en, country: GB, agency: Google News}\n", encoding="utf-8")
    db_path = str(tmp / "portwatch.db")
    args = ("crawl", "--db", db_path, "--sources", str(sources), "--allow-host", "127.0.0.1",
            "--set", f"PORTWATCH_GNEWS_BASE={google.url}")
    first = run_portwatch(*args)
    yield site, google, db_path, args, first
    google.close()
    site.close()


def test_items_are_stored_as_the_publishers_articles(world):
    site, _, db_path, _, first = world
    assert first.returncode in (0, 1), first.stderr[-3000:]
    urls = {u for (u,) in rows(db_path, "SELECT canonical_url FROM articles")}
    assert urls == {f"{site.url}/news/article4.html", f"{site.url}/news/article5.html"}
    assert rows(db_path, "SELECT count(*) FROM article_urls WHERE url LIKE '%news.google.com%'") == [(0,)]
    (title,) = rows(db_path, "SELECT title FROM articles WHERE canonical_url LIKE '%article4.html'")[0]
    assert "Hamburg" in title  # read from the publisher's page, not Google's


def test_resolution_asks_google_politely_in_the_feeds_locale(world):
    site, google, _, _, _ = world
    pages = [r for r in google.requests if r.startswith("GET /rss/articles/")]
    assert len(pages) == 6 and all("hl=en-GB&gl=GB&ceid=GB%3Aen" in r for r in pages)
    assert sum(r.startswith("POST /_/DotsSplashUi/data/batchexecute") for r in google.requests) == 3
    assert "GET /robots.txt" in google.requests  # robots.txt is obeyed for Google as for every host
    assert len(google.agents) == 1 and next(iter(google.agents)).startswith("portwatch/")  # says who asks


def test_unresolved_links_are_recorded_with_their_reason_and_never_stored(world):
    _, _, db_path, _, _ = world
    pages = {u.rsplit("/", 1)[1]: (o, r) for u, o, r in
             rows(db_path, "SELECT url, outcome, reason FROM pages WHERE url LIKE 'https://news.google.com/%'")}
    assert pages[NO_SIGNATURE][0] == "skipped" and "no signature" in pages[NO_SIGNATURE][1]
    assert pages[REFUSED][0] == "error" and "no publisher URL" in pages[REFUSED][1]  # asked again next run
    assert pages[GONE] == ("skipped", "Google News link not resolved: HTTP 404")
    assert pages[CONSENT][0] == "error" and "sent the article page on to 127.0.0.1:" in pages[CONSENT][1]
    assert pages[GOOD][0] == "resolved"  # kept so that the next run goes straight to the publisher
    assert rows(db_path, "SELECT count(*) FROM articles") == [(2,)]


def test_second_run_asks_google_only_about_links_that_failed_for_the_moment(world):
    _, google, db_path, args, _ = world
    google.requests.clear()
    again = run_portwatch(*args)
    assert again.returncode in (0, 1), again.stderr[-3000:]
    asked = [r for r in google.requests if "/rss/articles/" in r or "batchexecute" in r]
    again_pages = sorted(r.split("?")[0].rsplit("/", 1)[1] for r in asked if "/rss/articles/" in r)
    assert again_pages == sorted([REFUSED, CONSENT])  # resolved links and final failures: not asked again
    assert sum("batchexecute" in r for r in asked) == 1
    assert rows(db_path, "SELECT count(*) FROM articles") == [(2,)]


def test_article_ids_come_only_from_google_news_article_links():
    assert gnews.article_id("https://news.google.com/rss/articles/CBMiWkFVX3lxTE1abc?oc=5") == "CBMiWkFVX3lxTE1abc"
    assert gnews.article_id("https://news.google.com/read/CBMiWkFVX3lxTE1abc?hl=de") == "CBMiWkFVX3lxTE1abc"
    assert gnews.article_id("http://127.0.0.1:9/rss/articles/CBMiWkFVX3lxTE1abc", "http://127.0.0.1:9") == "CBMiWkFVX3lxTE1abc"
    assert gnews.article_id("http://127.0.0.1:9/rss/articles/CBMiWkFVX3lxTE1abc") is None
    assert gnews.article_id("https://news.google.com/rss/search?q=x") is None
    assert gnews.article_id("https://example.com/rss/articles/CBMiWkFVX3lxTE1abc") is None


def test_batch_answer_is_read_and_bad_answers_say_why():
    good = batch_answer([["wrb.fr", "Fbv4je", '["garturlres","https://pub.example/a.html",1]', None, None, None,
                          "generic"]])
    assert gnews.read_batch_answer(good) == "https://pub.example/a.html"
    with pytest.raises(gnews.ResolveError, match="no publisher URL"):
        gnews.read_batch_answer(batch_answer([["wrb.fr", "Fbv4je", None, None, None, [3], "generic"]]))
    with pytest.raises(gnews.ResolveError, match="not JSON"):
        gnews.read_batch_answer("<html>429 Too Many Requests</html>")
    body = gnews.batch_body("ID123456789", signature("ID123456789"), "1733245367")
    assert body.startswith("f.req=%5B%5B%5B%22Fbv4je%22") and "garturlreq" in body and "1733245367" in body
