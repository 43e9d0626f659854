"""A quiet night is cheap (#13, item 4): `portwatch run` over 70 local sources that all answer 304.

Fourteen sites on fourteen loopback addresses (127.0.0.11 to .24, each its own host as real publishers
are), five sources each (RSS, RSS 1.0-style second feed, Atom, news sitemap, listing page), served by
the real replay handler. A first night stores one article per source; the second night, with nothing
new anywhere, must only ask "changed since?" of every source and of every site's robots.txt (kept in
the database with its ETag: crawler/robots.py), store and extract nothing, and write one run record, in
well under a minute. Within robots.txt's max-age (24 h) a third night does not ask for robots.txt at all.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from http.server import ThreadingHTTPServer
from pathlib import Path

import pytest
import yaml

from portwatch.replay import ReplayHandler
from tests.conftest import run_portwatch

pytestmark = pytest.mark.issue(13)

HOSTS = [f"127.0.0.{i}" for i in range(11, 25)]
PORTS = ["Antwerp", "Rotterdam", "Hamburg", "Algeciras", "Valencia", "Le Havre", "Santos"]

ARTICLE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{title}</title>
<meta property="article:published_time" content="2025-03-{day:02d}T09:00:00+00:00">
<link rel="canonical" href="{{base}}/news/{name}.html">
</head><body><article><h1>{title}</h1>
<div class="story"><p>Customs officers at the port of {port} seized {kg} kg of cocaine hidden in a container of
bananas on Monday, the authorities said. The shipment had come from Ecuador.</p>
<p>An investigation is under way and further checks are planned at the terminal.</p></div>
</article></body></html>
"""
RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>{name}</title><link>{{base}}/</link><description>x</description>
<item><title>{title}</title><link>{{base}}/news/{name}.html</link><pubDate>Tue, {day:02d} Mar 2025 09:00:00 GMT</pubDate></item>
</channel></rss>
"""
ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>{name}</title><id>urn:{name}</id><updated>2025-03-{day:02d}T09:00:00Z</updated>
<entry><title>{title}</title><id>urn:{name}:1</id><updated>2025-03-{day:02d}T09:00:00Z</updated><link href="{{base}}/news/{name}.html"/></entry>
</feed>
"""
SITEMAP = """<?xml version="1.0" encoding="utf-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>{{base}}/news/{name}.html</loc><news:news><news:publication><news:name>{name}</news:name><news:language>en</news:language></news:publication><news:publication_date>2025-03-{day:02d}</news:publication_date><news:title>{title}</news:title></news:news></url>
</urlset>
"""
LISTING = """<!doctype html><html><body><ul class="releases"><li><a href="/news/{name}.html">{title}</a></li></ul></body></html>
"""
KINDS = [("rss", "feed.xml", RSS), ("rss", "rss2.xml", RSS), ("atom", "atom.xml", ATOM),
         ("sitemap", "sitemap.xml", SITEMAP), ("listing", "listing.html", LISTING)]


class Sites:
    """One replay server per loopback address, each serving its own folder and logging its requests."""

    def __init__(self, root: Path):
        self.servers = []
        for h, host in enumerate(HOSTS):
            folder = root / host
            (folder / "news").mkdir(parents=True)
            handler = type("Handler", (ReplayHandler,), {"root": folder, "base": "", "log_requests": [],
                                                         "routes": {}})
            httpd = ThreadingHTTPServer((host, 0), handler)
            handler.base = f"http://{host}:{httpd.server_address[1]}"
            threading.Thread(target=httpd.serve_forever, daemon=True).start()
            self.servers.append((host, httpd, handler))
            (folder / "robots.txt").write_text("User-agent: *\nDisallow: /private/\n", encoding="utf-8")
            for k, (_kind, filename, template) in enumerate(KINDS):
                name = f"s{h:02d}{k}"
                port = PORTS[(h + k) % len(PORTS)]
                values = {"name": name, "day": 1 + (h + k) % 27, "port": port, "kg": 100 + 10 * h + k,
                          "title": f"{100 + 10 * h + k} kg of cocaine seized at {port}"}
                (folder / filename).write_text(template.format(**values), encoding="utf-8")
                (folder / "news" / f"{name}.html").write_text(ARTICLE.format(**values), encoding="utf-8")

    def catalogue(self, path: Path) -> Path:
        sources = []
        for h, (_host, _httpd, handler) in enumerate(self.servers):
            for k, (kind, filename, _) in enumerate(KINDS):
                entry = {"name": f"s{h:02d}{k}", "kind": kind, "url": f"{handler.base}/{filename}", "language": "en",
                         "country": "NL", "agency": f"Site {h}"}
                if kind == "listing":
                    entry.update(link_css="ul.releases a", article_pattern="/news/")
                sources.append(entry)
        path.write_text(yaml.safe_dump({"sources": sources}), encoding="utf-8")
        return path

    def requests(self) -> list[tuple[str, str, str]]:
        """(host, path, If-None-Match sent) of every request received since the last clear."""
        out = []
        for host, _httpd, handler in self.servers:
            for line in handler.log_requests:
                parts = line.split(" ", 3)
                out.append((host, parts[2], parts[3] if len(parts) > 3 else ""))
        return out

    def clear(self) -> None:
        for _host, _httpd, handler in self.servers:
            handler.log_requests.clear()

    def close(self) -> None:
        for _host, httpd, _handler in self.servers:
            httpd.shutdown()
            httpd.server_close()


@pytest.fixture
def sites(tmp_path):
    s = Sites(tmp_path / "sites")
    yield s
    s.close()


def rows(db_path: str, sql: str):
    with sqlite3.connect(db_path) as conn:
        return conn.execute(sql).fetchall()


def test_quiet_night_sends_only_conditional_requests_and_extracts_nothing(sites, tmp_path, db_path):
    catalogue = sites.catalogue(tmp_path / "sources.yaml")
    allow = [arg for host in HOSTS for arg in ("--allow-host", host)]
    first = run_portwatch("run", "--db", db_path, "--sources", str(catalogue), *allow)
    assert first.returncode == 0, first.stderr[-3000:]
    assert rows(db_path, "SELECT count(*) FROM articles") == [(70,)]
    facts_before = rows(db_path, "SELECT id, created, extractor_version FROM facts ORDER BY id")
    assert len(facts_before) >= 70
    articles_before = rows(db_path, "SELECT id, facts_version, reader_version FROM articles ORDER BY id")

    sites.clear()
    start = time.monotonic()
    # the production crawl settings (politeness delays, AutoThrottle), as cron would run it; the next
    # night comes after robots.txt's max-age, so it is revalidated too
    quiet = run_portwatch("run", "--db", db_path, "--sources", str(catalogue), *allow,
                          "--set", "PORTWATCH_ROBOTS_MAX_AGE=0", fast=False)
    seconds = time.monotonic() - start
    assert quiet.returncode == 0, quiet.stderr[-3000:]
    assert seconds < 60, seconds

    requests = sites.requests()
    sources = [r for r in requests if not r[1].startswith("/robots.txt")]
    # every source is asked once, with the validator it gave last night; no article is fetched
    assert len(sources) == 70
    assert all(etag for _, _, etag in sources), [r for r in sources if not r[2]]
    assert not [r for r in sources if r[1].startswith("/news/")]
    # robots.txt is the only other request: asked once of every host (three kinds of spider crawl each
    # one and share the answer), and only "changed since?" with the ETag it gave the first night
    robots = [r for r in requests if r[1].startswith("/robots.txt")]
    assert sorted(host for host, _, _ in robots) == sorted(HOSTS)
    assert [r for r in requests if not r[2]] == []  # no unconditional request at all

    outcomes = rows(db_path, "SELECT outcome, http_status, count(*) FROM source_runs WHERE run_id = 2 GROUP BY 1, 2")
    assert outcomes == [("not-modified", 304, 70)]
    # one run record, nothing new, nothing extracted again
    assert rows(db_path, "SELECT id, outcome, articles_new, facts_new, events_new FROM runs ORDER BY id")[1:] == [
        (2, "ok", 0, 0, 0)]
    assert rows(db_path, "SELECT id, created, extractor_version FROM facts ORDER BY id") == facts_before
    assert rows(db_path, "SELECT id, facts_version, reader_version FROM articles ORDER BY id") == articles_before
    assert "new facts: 0 from 0 articles" in quiet.stdout

    # a third night within robots.txt's max-age obeys the kept copies without asking for them at all;
    # which requests go out does not depend on the politeness delays, so this night runs without them
    sites.clear()
    start = time.monotonic()
    third = run_portwatch("run", "--db", db_path, "--sources", str(catalogue), *allow)
    print(f"quiet night: {len(requests)} requests, {len(robots)} robots.txt, {seconds:.1f} s; "
          f"within the max-age (no politeness delays): {time.monotonic() - start:.1f} s")
    assert third.returncode == 0, third.stderr[-3000:]
    requests = sites.requests()
    assert len(requests) == 70 and all(etag for _, _, etag in requests), requests
    assert not [r for r in requests if r[1].startswith("/robots.txt")]
    assert rows(db_path, "SELECT count(*), count(etag), min(status), max(status) FROM robots_txt") == [
        (len(HOSTS), len(HOSTS), 200, 200)]


def test_kept_robots_txt_is_obeyed_and_a_changed_one_replaces_it(tmp_path, db_path):
    """robots.txt disallows are obeyed from the kept copy, and a changed robots.txt (a 200 to the
    conditional request) is obeyed from the next night on."""
    from portwatch.replay import ReplayServer

    site = tmp_path / "site"
    (site / "news").mkdir(parents=True)
    (site / "private").mkdir()
    (site / "robots.txt").write_text("User-agent: *\nDisallow: /private/\n", encoding="utf-8")

    def listing(*names: str) -> None:
        links = "".join(f'<li><a href="/{n}.html">{n}</a></li>' for n in names)
        (site / "listing.html").write_text(f'<html><body><ul class="releases">{links}</ul></body></html>',
                                           encoding="utf-8")
        for n in names:
            (site / f"{n}.html").write_text(ARTICLE.format(name=n.split("/")[-1], day=3, port="Antwerp", kg=100,
                                                           title=f"Seizure {n}").replace("/news/", f"/{n.split('/')[0]}/"),
                                            encoding="utf-8")

    with ReplayServer(site) as server:
        catalogue = tmp_path / "sources.yaml"
        catalogue.write_text(yaml.safe_dump({"sources": [{
            "name": "site", "kind": "listing", "url": f"{server.url}/listing.html", "language": "en",
            "country": "BE", "agency": "Site", "link_css": "ul.releases a", "article_pattern": "/"}]}),
            encoding="utf-8")

        def night(*extra: str) -> list[str]:
            # the crawl of a night: robots.txt has a say in what is fetched, none in the extraction `run`
            # would do after it (a language model loaded on three of the five nights)
            server.requests.clear()
            done = run_portwatch("crawl", "--db", db_path, "--sources", str(catalogue), "--allow-host", "127.0.0.1",
                                 *extra)
            assert done.returncode == 0, done.stderr[-3000:]
            return [line.split(" ", 3)[2:] for line in server.requests]

        listing("news/a", "private/b")
        first = night()
        assert ["/robots.txt", ""] in first and ["/news/a.html", ""] in first
        assert not [r for r in first if r[0].startswith("/private/")]

        listing("news/a", "private/b", "private/c", "news/d")
        second = night()  # within the max-age: the kept copy, no request for robots.txt
        assert not [r for r in second if r[0] == "/robots.txt"]
        assert ["/news/d.html", ""] in second
        assert not [r for r in second if r[0].startswith("/private/")]

        (site / "robots.txt").write_text("User-agent: *\nDisallow: /private/\nDisallow: /news/\n", encoding="utf-8")
        listing("news/a", "private/b", "private/c", "news/d", "news/e")
        third = night("--set", "PORTWATCH_ROBOTS_MAX_AGE=0")  # past the max-age: asked conditionally
        robots = [r for r in third if r[0] == "/robots.txt"]
        assert robots and all(etag for _, etag in robots)
        assert not [r for r in third if r[0].startswith(("/news/e", "/private/"))]

        # robots.txt failing (503) keeps the kept copy in force; Scrapy alone would allow everything
        def robots_down(handler, head=False):
            if handler.path == "/robots.txt":
                handler.log_requests.append(f"0 GET /robots.txt {handler.headers.get('If-None-Match') or ''}")
                return handler._send(503, b"down\n", "text/plain")
            return ReplayHandler.do_GET(handler, head)

        server.handler.do_GET = robots_down
        listing("news/a", "private/b", "private/c", "news/d", "news/e", "news/f")
        fourth = night("--set", "PORTWATCH_ROBOTS_MAX_AGE=0", "--set", "PORTWATCH_RETRY_BACKOFF=0")
        assert [r for r in fourth if r[0] == "/robots.txt"]
        # the changed listing is read (a 200 to its conditional request), its new link is not followed
        assert [r for r in fourth if r[0] == "/listing.html"] and not [r for r in fourth if r[0].startswith("/news/")]
        kept = rows(db_path, "SELECT status, body FROM robots_txt")
        assert [(status, bytes(b).decode()) for status, b in kept] == [
            (200, "User-agent: *\nDisallow: /private/\nDisallow: /news/\n")]

        # robots.txt taken down (404): no robots.txt means everything is allowed, as Scrapy does
        del server.handler.do_GET
        (site / "robots.txt").unlink()
        listing("news/a", "private/b", "private/c", "news/d", "news/e", "news/f", "private/g")
        fifth = night("--set", "PORTWATCH_ROBOTS_MAX_AGE=0")
        assert [r for r in fifth if r[0] == "/robots.txt" and r[1]]  # still asked with the ETag it had
        assert ["/private/g.html", ""] in fifth  # a new link under the once disallowed path is fetched
        # and so are the links robots.txt forbade on earlier nights: a disallow is not a final skip
        assert ["/private/b.html", ""] in fifth and ["/news/e.html", ""] in fifth
    assert rows(db_path, "SELECT status, length(body), etag FROM robots_txt") == [(404, 0, None)]
