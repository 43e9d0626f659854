"""Nightly operations: the run lock, run records, and crash safety under SIGKILL (issue #6)."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import ALL_AT_ONCE, FAST_CRAWL, ROOT, Site, run_portwatch

pytestmark = [pytest.mark.issue(6), pytest.mark.slow]

N_ARTICLES = 24
STORY = ("{agency} officers at the port of {port} seized {kg} kg of cocaine hidden in a container of bananas "
         "on Monday, the authorities said. The container had arrived from Ecuador.")
PORTS = ["Rotterdam", "Antwerp", "Hamburg", "Valencia", "Algeciras", "Le Havre"]


def make_site(root: Path, delay_ms: int) -> None:
    """A feed of N distinct articles, each served after `delay_ms` milliseconds."""
    (root / "news").mkdir(parents=True)
    items = []
    for i in range(N_ARTICLES):
        text = STORY.format(agency="Customs", port=PORTS[i % len(PORTS)], kg=100 + i)
        (root / "news" / f"a{i}.html").write_text(
            f"<html><head><title>Seizure {i}</title><meta property='article:published_time' content='2025-03-{1 + i % 28:02d}'>"
            f"</head><body><article><h1>Seizure {i}</h1><p>{text}</p><p>Story number {i} for the crash test.</p>"
            f"</article></body></html>", encoding="utf-8")
        items.append(f"<item><title>{i}</title><link>{{base}}/slow/{delay_ms}/news/a{i}.html</link></item>")
    (root / "feed.xml").write_text("<?xml version='1.0'?><rss version='2.0'><channel><title>t</title>"
                                   + "".join(items) + "</channel></rss>", encoding="utf-8")
    (root / "robots.txt").write_text("User-agent: *\nAllow: /\n", encoding="utf-8")


def sources_for(site: Site, tmp_path: Path) -> Path:
    path = tmp_path / "sources.yaml"
    path.write_text(f"sources:\n  - {{name: many, kind: rss, url: '{site.url}/feed.xml', language: en, country: NL, "
                    f"agency: Test}}\n", encoding="utf-8")
    return path


def count(db: str, sql: str) -> int:
    with sqlite3.connect(db, timeout=30) as conn:
        try:
            return int(conn.execute(sql).fetchone()[0])
        except sqlite3.OperationalError:
            return 0


def spawn(*args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "portwatch", *args], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def wait_for(predicate, timeout: float = 120) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return
        time.sleep(0.2)
    raise AssertionError("condition not reached in time")


@pytest.fixture
def slow_site(tmp_path):
    root = tmp_path / "site"
    make_site(root, delay_ms=400)
    site = Site(root)
    yield site
    site.close()


def test_sigkill_while_crawling_then_rerun_loses_and_duplicates_nothing(slow_site, tmp_path, db_path):
    sources = sources_for(slow_site, tmp_path)
    args = ("run", "--db", db_path, "--sources", str(sources), "--allow-host", "127.0.0.1")
    proc = spawn(*args, *FAST_CRAWL)
    wait_for(lambda: count(db_path, "SELECT count(*) FROM articles") >= 3)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    stored = count(db_path, "SELECT count(*) FROM articles")
    assert 3 <= stored < N_ARTICLES
    again = run_portwatch(*args, *ALL_AT_ONCE)  # what the killed run left: 16 slow pages at a time, not 2
    assert again.returncode == 0, again.stderr[-3000:]
    assert "interrupted" in again.stderr  # the log says the last run did not finish
    assert count(db_path, "SELECT count(*) FROM articles") == N_ARTICLES
    assert count(db_path, "SELECT count(DISTINCT canonical_url) FROM articles") == N_ARTICLES
    assert count(db_path, "SELECT count(*) FROM articles WHERE facts_version IS NULL") == 0
    assert count(db_path, "SELECT count(*) FROM facts") == N_ARTICLES
    with sqlite3.connect(db_path) as conn:
        outcomes = [r[0] for r in conn.execute("SELECT outcome FROM runs ORDER BY id")]
    assert outcomes == ["interrupted", "ok"]


def test_sigkill_while_extracting_then_rerun_completes(tmp_path, db_path):
    root = tmp_path / "site"
    make_site(root, delay_ms=0)
    site = Site(root)
    try:
        crawl = run_portwatch("crawl", "--db", db_path, "--sources", str(sources_for(site, tmp_path)),
                              "--allow-host", "127.0.0.1")
        assert crawl.returncode == 0, crawl.stderr[-2000:]
    finally:
        site.close()
    assert count(db_path, "SELECT count(*) FROM articles") == N_ARTICLES
    proc = spawn("extract", "--db", db_path)
    wait_for(lambda: count(db_path, "SELECT count(*) FROM articles WHERE facts_version IS NOT NULL") >= 1)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    done = count(db_path, "SELECT count(*) FROM articles WHERE facts_version IS NOT NULL")
    assert done >= 1
    # every article that has a version has exactly its facts: writes are all-or-nothing
    assert count(db_path, "SELECT count(*) FROM facts") == done
    again = run_portwatch("extract", "--db", db_path)
    assert again.returncode == 0, again.stderr[-2000:]
    assert f"from {N_ARTICLES - done} articles" in again.stdout
    assert count(db_path, "SELECT count(*) FROM facts") == N_ARTICLES
    assert count(db_path, "SELECT count(DISTINCT article_id) FROM facts") == N_ARTICLES


def test_second_run_exits_at_once_while_the_first_holds_the_lock(slow_site, tmp_path, db_path):
    sources = sources_for(slow_site, tmp_path)
    args = ("run", "--db", db_path, "--sources", str(sources), "--allow-host", "127.0.0.1")
    first = spawn(*args)
    try:
        wait_for(lambda: count(db_path, "SELECT count(*) FROM runs") >= 1)
        started = time.monotonic()
        second = run_portwatch(*args, timeout=60)
        assert time.monotonic() - started < 30
        assert second.returncode == 2
        assert "another portwatch run is using" in second.stderr
    finally:
        first.kill()
        first.wait()
