"""Shared fixtures: a fixture web site served by a subprocess on 127.0.0.1, fresh databases, the extractor."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SHARED = ROOT.parent / "shared"


class Site:
    """A folder served on 127.0.0.1 by `python -m portwatch.replay` in its own process."""

    def __init__(self, root: Path, sites: Path | None = None):
        self.root = root
        extra = ["--sites", str(sites)] if sites else []
        self.proc = subprocess.Popen([sys.executable, "-m", "portwatch.replay", str(root), *extra],
                                     stdout=subprocess.PIPE, text=True, cwd=ROOT)
        assert self.proc.stdout is not None
        self.url = self.proc.stdout.readline().strip()
        assert self.url.startswith("http://127.0.0.1:"), self.url

    def sources_file(self, tmp_path: Path, template: Path, only: set[str] | None = None) -> Path:
        """Write a catalogue with {base} filled in."""
        import yaml

        data = yaml.safe_load(template.read_text(encoding="utf-8"))
        data["sources"] = [s for s in data["sources"] if only is None or s["name"] in only]
        for s in data["sources"]:
            s["url"] = s["url"].replace("{base}", self.url)
        out = tmp_path / "sources.yaml"
        out.write_text(yaml.safe_dump(data), encoding="utf-8")
        return out

    def requests_log(self) -> list[str]:
        """Request lines the server received."""
        import urllib.request

        with urllib.request.urlopen(f"{self.url}/__requests") as resp:
            return resp.read().decode().splitlines()

    def clear_log(self) -> None:
        import urllib.request

        urllib.request.urlopen(f"{self.url}/__requests?clear").read()

    def close(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=10)


@pytest.fixture
def fixture_site():
    site = Site(FIXTURES / "site")
    yield site
    site.close()


@pytest.fixture
def db_path(tmp_path: Path) -> str:
    return str(tmp_path / "portwatch.db")


@pytest.fixture(scope="session")
def extractor():
    from nlp import Extractor

    return Extractor()


# Crawls of local fixture sites run without the production politeness delays (0.5 s between requests
# to a site, AutoThrottle from 1 s, 1 s then 2 s before retrying a 5xx): settings, not a code path. A
# 50 ms gap keeps the order in which a site's requests go out the same as in production, which the
# duplicate tests rely on.
FAST_CRAWL = ("--set", "DOWNLOAD_DELAY=0.05", "--set", "AUTOTHROTTLE_ENABLED=false",
              "--set", "PORTWATCH_RETRY_BACKOFF=0")


# A crash test's rerun only has to finish what the interrupted run left on a deliberately slow fixture
# site: it may ask for all of it at once (settings only; Scrapy's downloader holds 16 requests at most).
# What the rerun must store and extract is the same in any order.
ALL_AT_ONCE = ("--set", "DOWNLOAD_DELAY=0", "--set", "CONCURRENT_REQUESTS_PER_DOMAIN=16")


def run_portwatch(*args: str, env: dict[str, str] | None = None, timeout: int = 300,
                  fast: bool = True) -> subprocess.CompletedProcess:
    """Run the real `portwatch` command in a subprocess (Scrapy's reactor runs once per process).

    `crawl`, `run` and `sources --probe` get FAST_CRAWL (50 ms between requests, no AutoThrottle, no retry
    backoff) unless fast=False: fixture sites on 127.0.0.1 need no politeness, and the engine is otherwise
    the production one. FAST_CRAWL goes first, so a test's own `--set` of the same setting wins.
    """
    full_env = {**os.environ, **(env or {})}
    if fast and args and (args[0] in ("crawl", "run") or (args[0] == "sources" and "--probe" in args)):
        args = (args[0], *FAST_CRAWL, *args[1:])
    return subprocess.run([sys.executable, "-m", "portwatch", *args], capture_output=True, text=True,
                          timeout=timeout, cwd=ROOT, env=full_env)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def pytest_collection_modifyitems(config, items):
    for item in items:
        if "shared" in item.fixturenames and not SHARED.exists():
            item.add_marker(pytest.mark.skip(reason="../shared is not beside this checkout"))


@pytest.fixture(scope="session")
def shared() -> Path:
    return SHARED


ARTICLES = [
    ("https://news.example/1", "2025-03-11", "Border Force officers at the Port of Felixstowe found 930 kg of cocaine "
     "hidden in bananas on Monday."),
    ("https://press.example/2", "2025-03-12", "Customs officers at the port of Felixstowe seized 930 kg of cocaine on "
     "Monday, officials said."),
    ("https://news.example/3", "2025-04-02", "Dutch Customs found 2.5 tonnes of cocaine at the port of Rotterdam on "
     "Tuesday. In 2024, customs seized 50 tonnes of cocaine at Dutch ports."),
    ("https://news.example/4", "2025-05-20", "Spanish police seized 1,200 kg of hashish at the port of Algeciras on "
     "Sunday."),
    ("https://news.example/5", "2025-05-21", "The port handled 2 million TEU last year."),
]


@pytest.fixture(scope="session")
def analyst_db(tmp_path_factory, extractor):
    """A small real database: five articles, their facts (real extraction) and events."""
    import db
    from db import queries, writes
    from nlp.events import group_events

    path = str(tmp_path_factory.mktemp("ds") / "portwatch.db")
    conn = db.open_db(path)
    for url, published, text in ARTICLES:
        page = {"url": url, "final_url": url, "source_id": "test", "status": 200, "content_type": "text/html",
                "encoding": "utf-8", "body": f"<p>{text}</p>".encode()}
        article = {"canonical_url": url, "title": text[:60], "text": text, "published": published, "lang": "en"}
        article_id, _ = writes.save_article(conn, page, article)
        result = extractor.extract(text, published=published)
        writes.replace_facts(conn, article_id, [f.as_dict() for f in result.facts], "test", lang=result.lang)
    writes.start_run(conn, "run")
    events, assignment = group_events(queries.facts_for_events(conn))
    writes.replace_events(conn, events, assignment)
    conn.close()
    return path


