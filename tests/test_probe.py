"""`portwatch sources --probe` (issue #12): each source fetched once through the real engine, nothing stored,
and per source what it serves and what is wrong; exit 1 when any source is broken."""

from __future__ import annotations

import re

import pytest

from tests.conftest import FIXTURES, Site, run_portwatch
from tests.fake_google import FakeGoogle

pytestmark = pytest.mark.issue(12)

CATALOGUE = """sources:
  - {{name: good-feed, kind: rss, url: '{site}/feed.xml', language: en, country: GB, agency: Fixture}}
  - {{name: missing-feed, kind: atom, url: '{site}/no-such-feed.atom', language: en, country: GB, agency: Fixture}}
  - {{name: html-not-xml, kind: rss, url: '{site}/listing.html', language: en, country: NL, agency: Fixture}}
  - {{name: robots-forbid, kind: rss, url: '{site}/private/secret.html', language: en, country: GB, agency: Fixture}}
  - {{name: google-news, kind: google-news, url: '{google}/rss/search?q=cocaine&hl=en-GB&gl=GB&ceid=GB:en', language: en, country: GB, agency: Google News}}
  - {{name: switched-off, kind: rss, url: '{site}/status/500', language: en, country: GB, agency: Fixture, enabled: false}}
"""


@pytest.fixture(scope="module")
def probed(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("probe")
    site = Site(FIXTURES / "site")
    google = FakeGoogle({"CBMiWkFVX3lxTE1probeOne": f"{site.url}/news/article1.html"}, feed_ids=["CBMiWkFVX3lxTE1probeOne"])
    sources = tmp / "sources.yaml"
    sources.write_text(CATALOGUE.format(site=site.url, google=google.url), encoding="utf-8")
    db_path = tmp / "portwatch.db"
    site.clear_log()
    result = run_portwatch("sources", "--probe", "--db", str(db_path), "--sources", str(sources),
                           "--allow-host", "127.0.0.1")
    blocks = {m.group(1): m.group(0) for m in re.finditer(r"(?ms)^(\S+) \(\S+\): .*?(?=^\S|\Z)", result.stdout)}
    yield site, google, sources, db_path, result, blocks
    google.close()
    site.close()


def test_a_good_feed_shows_status_final_url_kind_items_and_newest_date(probed):
    site, _, _, _, _, blocks = probed
    good = blocks["good-feed"]
    assert good.startswith("good-feed (rss): ok")
    assert f"status 200, final URL {site.url}/feed.xml" in good
    assert re.search(r"kind detected rss, items \d+, newest item 20\d\d-\d\d-\d\d, robots.txt allows", good)
    assert "wrong:" not in good


def test_broken_sources_say_what_is_wrong_and_the_probe_exits_1(probed):
    _, _, _, _, result, blocks = probed
    assert result.returncode == 1, result.stderr[-2000:]
    assert "status 404" in blocks["missing-feed"] and "wrong: HTTP 404" in blocks["missing-feed"]
    html = blocks["html-not-xml"]
    assert "kind detected html" in html and "wrong: the catalogue says rss: expected an RSS or Atom feed, got html" in html
    forbid = blocks["robots-forbid"]
    assert "robots.txt forbids" in forbid and "BROKEN" in forbid and "status -" in forbid
    assert result.stdout.rstrip().endswith("5 sources probed, 3 broken: missing-feed, html-not-xml, robots-forbid")


def test_google_news_items_are_recognised(probed):
    _, google, _, _, _, blocks = probed
    block = blocks["google-news"]
    assert "google-news (google-news): ok" in block and "items 1" in block
    assert "1 of 1 items link to Google News article pages" in block
    assert not [r for r in google.requests if "/rss/articles/" in r]  # the probe resolves nothing


def test_each_source_is_fetched_once_disabled_ones_not_and_nothing_is_stored(probed):
    site, _, _, db_path, _, blocks = probed
    log = [line.split()[2] for line in site.requests_log()]
    assert log.count("/feed.xml") == 1 and log.count("/robots.txt") == 1
    assert "/private/secret.html" not in log  # robots.txt forbids it: not fetched
    assert "switched-off" not in blocks and "/status/500" not in log
    assert not db_path.exists()


def test_named_sources_are_probed_even_when_disabled(probed):
    _, _, sources, _, _, _ = probed
    result = run_portwatch("sources", "--probe", "--sources", str(sources), "--allow-host", "127.0.0.1",
                           "good-feed", "switched-off")
    assert result.returncode == 1
    assert "good-feed (rss): ok" in result.stdout and "switched-off (rss): BROKEN" in result.stdout
    assert "2 sources probed, 1 broken: switched-off" in result.stdout


def test_names_select_sources_and_unknown_names_are_refused(probed):
    _, _, sources, _, _, _ = probed
    listed = run_portwatch("sources", "--sources", str(sources), "good-feed", "google-news")
    assert listed.returncode == 0, listed.stderr
    names = [line.split()[0] for line in listed.stdout.splitlines()[1:]]
    assert names == ["good-feed", "google-news"]
    unknown = run_portwatch("sources", "--probe", "--sources", str(sources), "no-such-source")
    assert unknown.returncode == 2 and "no source named no-such-source" in unknown.stderr


def test_set_takes_name_value_pairs_only():
    from click.testing import CliRunner

    from portwatch.cli import cli

    result = CliRunner().invoke(cli, ["crawl", "--set", "download_delay=0"])
    assert result.exit_code == 2 and "NAME=VALUE" in result.output
    result = CliRunner().invoke(cli, ["sources", "--probe", "--set", "DOWNLOAD_DELAY"])
    assert result.exit_code == 2 and "NAME=VALUE" in result.output
