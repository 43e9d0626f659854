"""Hostile input never stops a night or loses a row (#11): one test per numbered item of the issue.

Crawls serve their hostile input from 127.0.0.1 through the real Scrapy engine (`portwatch run` and
`portwatch crawl` in a subprocess); each test also checks that what a clean run stores (the good
articles and their facts) is all there, and the exit code and message the README documents.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import closing
from pathlib import Path

import pytest

from tests.conftest import ALL_AT_ONCE, FAST_CRAWL, ROOT, Site, run_portwatch

pytestmark = pytest.mark.issue(11)

STORY = ("Customs officers at the port of {port} seized {kg} kg of cocaine hidden in a container of bananas "
         "on Monday, the authorities said. The shipment had come from Ecuador.")
GOOD = {f"a{i}": (port, 100 + 11 * i) for i, port in
        enumerate(["Rotterdam", "Antwerp", "Hamburg", "Algeciras", "Le Havre", "Gioia Tauro"])}
BAD_PORT = "http://127.0.0.1:99999/news/nowhere.html"
BAD_PORT2 = "http://127.0.0.1:77777/news/elsewhere.html"
BAD_IPV6 = "http://[::1/news/nowhere.html"
LONG_FIRST = ("Customs officers at the port of Bremerhaven seized 777 kg of cocaine hidden in a container of "
              "bananas on Tuesday, the authorities said.")
LONG_LAST = ("Police officers at the port of Valencia seized 555 kg of cocaine hidden in a container of "
             "pineapples on Friday, the authorities said.")
# the long article's filler: 1.03 million characters, a little past spaCy's max_length (1,000,000); every
# character costs extraction time (seconds for the whole text, in three tests), so no more than that
ANNEXES = [f"Annex {i}: " + " ".join(f"ref{i:05d}{j}" + "x" * 90 for j in range(3)) + "." for i in range(3300)]
LATIN1_TITLE = "Saisie record à Marseille"
LATIN1_TEXT = ("Les douaniers ont saisi 640 kg de cocaïne dans un conteneur de bananes au port de Marseille, "
               "a annoncé le procureur. Le conteneur était arrivé d'Équateur la semaine dernière.")


def article_html(title: str, body: str, day: int = 3) -> str:
    return (f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>{title}</title>"
            f"<meta property='article:published_time' content='2025-03-{day:02d}T09:00:00+00:00'></head>"
            f"<body><article><h1>{title}</h1>{body}</article></body></html>")


def rss(*links: str) -> str:
    items = "".join(f"<item><title>item {i}</title><link>{link}</link></item>" for i, link in enumerate(links))
    return f"<?xml version='1.0'?><rss version='2.0'><channel><title>t</title>{items}</channel></rss>"


def build_site(root: Path) -> None:
    """Good articles behind every kind of source, each source with something hostile in it."""
    (root / "news").mkdir(parents=True)
    for name, (port, kg) in GOOD.items():
        (root / "news" / f"{name}.html").write_text(
            article_html(f"Seizure at {port}", f"<p>{STORY.format(port=port, kg=kg)}</p>"), encoding="utf-8")
    # item 2: just over a million characters of text, a seizure at its start and one past spaCy's max_length
    filler = "".join(f"<p>{annex}</p>" for annex in ANNEXES)
    (root / "news" / "long.html").write_text(
        article_html("A very long report", f"<p>{LONG_FIRST}</p>{filler}<p>{LONG_LAST}</p>"), encoding="utf-8")
    # item 4: declared UTF-8 (header and meta), written in Latin-1
    (root / "news" / "latin.html").write_bytes(
        article_html(LATIN1_TITLE, f"<p>{LATIN1_TEXT}</p>").replace("lang='en'", "lang='fr'").encode("latin-1"))
    # item 1: invalid URLs in a feed, a sitemap and a listing, each before good links
    (root / "feed-bad-link.xml").write_text(rss(BAD_PORT, "{base}/news/a0.html", "{base}/news/a1.html"),
                                            encoding="utf-8")
    (root / "sitemap-bad.xml").write_text(
        "<?xml version='1.0'?><urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>"
        f"<url><loc>{BAD_IPV6}</loc></url><url><loc>{{base}}/news/a2.html</loc></url></urlset>", encoding="utf-8")
    (root / "listing.html").write_text(
        f"<html><body><ul class='releases'><li><a href='{BAD_PORT2}'>x</a></li>"
        "<li><a href='/news/a3.html'>a3</a></li></ul></body></html>", encoding="utf-8")
    # item 2: the long article sits between good ones; those after it must get their facts too
    (root / "feed-good.xml").write_text(
        rss("{base}/news/a4.html", "{base}/news/long.html", "{base}/news/latin.html", "{base}/news/a5.html"),
        encoding="utf-8")
    # item 3: a gzipped sitemap that inflates to 40 MB, four times the 10 MB download cap
    with gzip.open(root / "bomb-sitemap.xml.gzip", "wb", compresslevel=9) as fh:
        fh.write(b"<?xml version='1.0'?><urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>")
        fh.write(b" " * (40 * 1024 * 1024))
        fh.write(b"</urlset>")


def catalogue(site: Site, path: Path, names: set[str] | None = None) -> Path:
    entries = [
        # item 1: the first source's URL has a port out of range; every source after it is fetched
        ("bad-port", "rss", "http://127.0.0.1:99999/feed.xml", {}),
        ("bad-ipv6", "rss", "http://[::1/feed.xml", {}),
        ("feed-bad-link", "rss", f"{site.url}/feed-bad-link.xml", {}),
        ("sitemap-bad", "sitemap", f"{site.url}/sitemap-bad.xml", {}),
        ("listing", "listing", f"{site.url}/listing.html", {"link_css": "ul.releases a"}),
        ("feed-good", "rss", f"{site.url}/feed-good.xml", {}),
        ("bomb", "sitemap", f"{site.url}/bomb-sitemap.xml.gzip", {}),
    ]
    lines = ["sources:"]
    for name, kind, url, extra in entries:
        if names is None or name in names:
            more = "".join(f", {k}: '{v}'" for k, v in extra.items())
            lines.append(f"  - {{name: {name}, kind: {kind}, url: '{url}', language: en, country: NL, "
                         f"agency: Test{more}}}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def rows(db_path: str, sql: str, params=()) -> list[tuple]:
    with sqlite3.connect(db_path) as conn:
        return conn.execute(sql, params).fetchall()


def no_traceback(result: subprocess.CompletedProcess) -> None:
    assert "Traceback" not in result.stderr, result.stderr[-3000:]


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    """One nightly run over the hostile site: (site, catalogue, db path, result)."""
    tmp = tmp_path_factory.mktemp("hostile")
    build_site(tmp / "site")
    site = Site(tmp / "site")
    try:
        sources = catalogue(site, tmp / "sources.yaml")
        db_path = str(tmp / "portwatch.db")
        result = run_portwatch("run", "--db", db_path, "--sources", str(sources), "--allow-host", "127.0.0.1")
        yield site, sources, db_path, result
    finally:
        site.close()


def facts_by_port(db_path: str) -> dict[str, float]:
    return {p: kg for p, kg in rows(db_path, "SELECT port, quantity_kg FROM facts WHERE port IS NOT NULL")}


def test_run_keeps_every_good_article_and_fact_and_says_which_sources_failed(hostile):
    site, _, db_path, result = hostile
    no_traceback(result)
    assert result.returncode == 1, result.stderr[-3000:]  # ran, some sources failed (README)
    assert "sources that failed (3)" in result.stdout
    for name in ("bad-port", "bad-ipv6", "bomb"):
        assert f"    {name}: " in result.stdout
    urls = {u for (u,) in rows(db_path, "SELECT canonical_url FROM articles")}
    assert urls == {f"{site.url}/news/{n}.html" for n in [*GOOD, "long", "latin"]}
    ports = facts_by_port(db_path)
    for port, kg in GOOD.values():
        assert ports[port] == kg
    assert rows(db_path, "SELECT count(*) FROM articles WHERE facts_version IS NULL OR extract_error IS NOT NULL") \
        == [(0,)]


def test_1_invalid_urls_fail_their_source_or_link_and_never_end_the_loop(hostile, tmp_path):
    site, sources, db_path, _ = hostile
    outcomes = {s: (o, r) for s, o, r in rows(db_path, "SELECT source_id, outcome, reason FROM source_runs")}
    assert outcomes["bad-port"][0] == "error" and "Port out of range" in outcomes["bad-port"][1]
    assert outcomes["bad-ipv6"][0] == "error" and "Invalid IPv6 URL" in outcomes["bad-ipv6"][1]
    for name in ("feed-bad-link", "sitemap-bad", "listing", "feed-good"):
        assert outcomes[name][0] == "ok", outcomes[name]
    # the bad links are recorded against their source; the links after them were fetched
    skipped = {(u, s): r for u, s, r in rows(db_path, "SELECT url, source_id, reason FROM pages WHERE outcome = 'skipped'")}
    assert "Port out of range" in skipped[(BAD_PORT, "feed-bad-link")]
    assert "Port out of range" in skipped[(BAD_PORT2, "listing")]
    assert "Invalid IPv6 URL" in skipped[(BAD_IPV6, "sitemap-bad")]
    by_source = dict(rows(db_path, "SELECT source_id, count(*) FROM articles GROUP BY source_id"))
    assert by_source == {"feed-bad-link": 2, "sitemap-bad": 1, "listing": 1, "feed-good": 4}
    # `sources --check` names the entry and the field in one line instead of passing (or a traceback)
    check = run_portwatch("sources", "--check", "--sources", str(sources))
    no_traceback(check)
    assert check.returncode == 2
    assert check.stderr.strip().splitlines() == [check.stderr.strip()]
    assert "entry 1 (bad-port): field 'url'" in check.stderr and "Port out of range" in check.stderr
    ipv6 = catalogue(site, tmp_path / "ipv6.yaml", {"bad-ipv6", "feed-good"})
    check = run_portwatch("sources", "--check", "--sources", str(ipv6))
    no_traceback(check)
    assert check.returncode == 2 and "field 'url'" in check.stderr and "Invalid IPv6 URL" in check.stderr


def test_1_a_redirect_to_an_invalid_url_fails_that_link_only(tmp_path):
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):
            return

        def do_GET(self):  # noqa: N802
            base = f"http://127.0.0.1:{self.server.server_address[1]}"
            if self.path == "/r":
                self.send_response(302)
                self.send_header("Location", BAD_PORT)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            if self.path == "/feed.xml":
                body, ctype = rss(f"{base}/r", f"{base}/news/a0.html").encode(), "application/xml"
            elif self.path == "/news/a0.html":
                port, kg = GOOD["a0"]
                body = article_html("Seizure", f"<p>{STORY.format(port=port, kg=kg)}</p>").encode()
                ctype = "text/html; charset=utf-8"
            else:
                body, ctype = b"not found", "text/plain"
            self.send_response(200 if ctype != "text/plain" else 404)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        base = f"http://127.0.0.1:{server.server_address[1]}"
        sources = tmp_path / "sources.yaml"
        sources.write_text(f"sources:\n  - {{name: redirects, kind: rss, url: '{base}/feed.xml', language: en, "
                           f"country: NL, agency: Test}}\n", encoding="utf-8")
        db_path = str(tmp_path / "portwatch.db")
        result = run_portwatch("crawl", "--db", db_path, "--sources", str(sources), "--allow-host", "127.0.0.1")
    finally:
        server.shutdown()
        server.server_close()
    no_traceback(result)
    assert result.returncode == 0, result.stderr[-3000:]  # the source itself is fine
    assert rows(db_path, "SELECT canonical_url FROM articles") == [(f"{base}/news/a0.html",)]
    ((outcome, reason),) = rows(db_path, "SELECT outcome, reason FROM pages WHERE url = ?", [f"{base}/r"])
    assert outcome == "skipped" and "invalid URL (redirect" in reason and "Port out of range" in reason


def test_2_an_article_longer_than_spacy_max_length_is_read_in_pieces(hostile):
    site, _, db_path, _ = hostile
    ((text,),) = rows(db_path, "SELECT text FROM articles WHERE url = ?", [f"{site.url}/news/long.html"])
    assert len(text) > 1_000_000
    facts = rows(db_path, "SELECT port, quantity_kg, start_char, end_char, evidence FROM facts f "
                          "JOIN articles a ON a.id = f.article_id WHERE a.url = ? ORDER BY start_char",
                 [f"{site.url}/news/long.html"])
    assert [(p, kg) for p, kg, *_ in facts] == [("Bremerhaven", 777.0), ("Valencia", 555.0)]
    last = facts[-1]
    assert last[2] > 1_000_000 and text[last[2]:last[3]] == last[4]  # offsets into the whole text
    # the articles after it in the same feed have their facts too (a5 came last)
    assert facts_by_port(db_path)[GOOD["a5"][0]] == GOOD["a5"][1]


def test_3_a_gzip_bomb_is_stopped_at_the_download_size_cap(hostile):
    _, _, db_path, _ = hostile
    ((outcome, reason),) = rows(db_path, "SELECT outcome, reason FROM source_runs WHERE source_id = 'bomb'")
    assert outcome == "error"
    assert "larger than the download size limit (10485760 bytes) once decompressed" in reason


def test_4_a_page_declared_utf8_but_written_in_latin1_is_read_right(hostile):
    site, _, db_path, _ = hostile
    ((title, text, encoding, article_id),) = rows(
        db_path, "SELECT a.title, a.text, p.encoding, a.id FROM articles a JOIN pages p ON p.id = a.page_id "
                 "WHERE a.url = ?", [f"{site.url}/news/latin.html"])
    assert title == LATIN1_TITLE
    assert "cocaïne" in text and "Équateur" in text and "\ufffd" not in text
    assert encoding != "utf-8"
    evidence = [e for (e,) in rows(db_path, "SELECT evidence FROM facts WHERE article_id = ?", [article_id])]
    assert evidence and all("\ufffd" not in e for e in evidence)
    assert any("640 kg de cocaïne" in e for e in evidence)


def test_5_an_unusable_database_is_one_line_and_exit_2_and_left_as_it_was(tmp_path):
    good = tmp_path / "good.db"
    import db

    db.open_db(str(good)).close()
    cases: dict[str, Path] = {"not-sqlite": tmp_path / "notes.db"}
    cases["not-sqlite"].write_bytes(b"just some notes\n" * 200)
    body = good.read_bytes()
    cases["truncated"] = tmp_path / "truncated.db"
    cases["truncated"].write_bytes(body[: len(body) // 2])
    cases["newer"] = tmp_path / "newer.db"
    shutil.copy(good, cases["newer"])
    with closing(sqlite3.connect(cases["newer"])) as conn, conn:  # closed: its WAL is checkpointed
        conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                     "VALUES ('portwatch', 'm099_from_the_future', '2030-01-01')")
    cases["missing-column"] = tmp_path / "missing.db"
    shutil.copy(good, cases["missing-column"])
    with closing(sqlite3.connect(cases["missing-column"])) as conn, conn:  # closed: its WAL is checkpointed
        conn.execute("ALTER TABLE runs DROP COLUMN sources_failed")
    expected = {"not-sqlite": "is not a SQLite database", "truncated": "is truncated",
                "newer": "m099_from_the_future", "missing-column": "lacks column(s) sources_failed"}
    empty = tmp_path / "empty.yaml"
    empty.write_text("sources: []\n", encoding="utf-8")
    commands = (("run", "--sources", str(empty)), ("crawl", "--sources", str(empty)), ("extract",), ("export",))
    before = {case: path.read_bytes() for case, path in cases.items()}

    def refusals(path: Path) -> list[subprocess.CompletedProcess]:
        return [run_portwatch(*args, "--db", str(path)) for args in commands]

    # the four files are independent: each one's commands run one after the other, the files side by side
    with ThreadPoolExecutor(len(cases)) as pool:
        results = dict(zip(cases, pool.map(refusals, cases.values()), strict=True))
    for case, path in cases.items():
        for args, result in zip(commands, results[case], strict=True):
            no_traceback(result)
            assert result.returncode == 2, (case, args, result.stderr)
            (line,) = result.stderr.strip().splitlines()
            assert line.startswith("Error: ") and expected[case] in line, (case, args, line)
        assert path.read_bytes() == before[case], case
    # locked by another writer past the busy timeout (PORTWATCH_DB_TIMEOUT seconds)
    holder = sqlite3.connect(good, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        result = run_portwatch("run", "--db", str(good), "--sources", str(empty), env={"PORTWATCH_DB_TIMEOUT": "0.5"})
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    no_traceback(result)
    assert result.returncode == 2
    (line,) = result.stderr.strip().splitlines()
    assert "locked" in line and line.startswith("Error: ")
    assert rows(str(good), "SELECT count(*) FROM runs") == [(0,)]


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes to read-only files")
def test_5_a_read_only_database_is_refused_before_writing(tmp_path):
    import db

    path = tmp_path / "ro.db"
    db.open_db(str(path)).close()
    path.chmod(0o444)
    result = run_portwatch("extract", "--db", str(path))
    no_traceback(result)
    assert result.returncode == 2 and "read-only" in result.stderr
    assert path.stat().st_mode & 0o222 == 0
    export = run_portwatch("export", "--db", str(path))  # a reader still reads it
    assert export.returncode == 0, export.stderr[-2000:]


@pytest.mark.slow  # a crash test: it stops a running `portwatch run`
def test_6_sigterm_ends_the_crawl_cleanly_records_interrupted_and_exits_non_zero(tmp_path):
    root = tmp_path / "site"
    (root / "news").mkdir(parents=True)
    # more articles than Scrapy keeps in its downloader (16): a graceful stop lets those finish, not the rest
    ports = ["Rotterdam", "Antwerp", "Hamburg", "Algeciras", "Valencia", "Le Havre", "Santos", "Genoa"] * 4
    for i, port in enumerate(ports):
        (root / "news" / f"s{i}.html").write_text(
            article_html(f"Seizure {i}", f"<p>{STORY.format(port=port, kg=200 + i)}</p>"), encoding="utf-8")
    (root / "feed.xml").write_text(rss(*(f"{{base}}/slow/300/news/s{i}.html" for i in range(len(ports)))),
                                   encoding="utf-8")
    site = Site(root)
    try:
        sources = tmp_path / "sources.yaml"
        sources.write_text(f"sources:\n  - {{name: slow, kind: rss, url: '{site.url}/feed.xml', language: en, "
                           f"country: NL, agency: Test}}\n", encoding="utf-8")
        db_path = str(tmp_path / "portwatch.db")
        args = ("run", "--db", db_path, "--sources", str(sources), "--allow-host", "127.0.0.1")
        proc = subprocess.Popen([sys.executable, "-m", "portwatch", *args, *FAST_CRAWL], cwd=ROOT,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            try:
                if rows(db_path, "SELECT count(*) FROM articles")[0][0] >= 1:
                    break
            except sqlite3.OperationalError:
                pass
            time.sleep(0.1)
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=120)
        assert "Traceback" not in err, err[-3000:]
        assert proc.returncode == 3, (out, err[-3000:])
        assert "interrupted" in out
        assert rows(db_path, "SELECT command, outcome FROM runs") == [("run", "interrupted")]
        stored = rows(db_path, "SELECT count(*) FROM articles")[0][0]
        assert 1 <= stored < len(ports)
        assert rows(db_path, "SELECT count(*) FROM facts") == [(0,)]  # extraction was not started
        # the next run carries on: nothing stored is lost, every article gets its facts
        again = run_portwatch(*args, *ALL_AT_ONCE)
        assert again.returncode == 0, again.stderr[-3000:]
        assert rows(db_path, "SELECT outcome FROM runs ORDER BY id") == [("interrupted",), ("ok",)]
        assert rows(db_path, "SELECT count(DISTINCT canonical_url) FROM articles") == [(len(ports),)]
        assert sorted(p for (p,) in rows(db_path, "SELECT port FROM facts")) == sorted(ports)
        assert rows(db_path, "SELECT count(DISTINCT quantity_kg) FROM facts") == [(len(ports),)]
    finally:
        site.close()


FOLLOW_UP = ("<p>An investigation is under way and further checks are planned at the terminal, the prosecutor's "
             "office said in a statement on Tuesday.</p>")


@pytest.mark.slow  # a crash test: it stops a running `portwatch run`
def test_6_sigterm_while_extracting_stops_between_articles(tmp_path):
    # many short articles rather than one long one: extraction is still going when the first article's
    # facts are stored, which is when the signal is sent (a condition, not a fixed sleep)
    root = tmp_path / "site"
    (root / "news").mkdir(parents=True)
    ports = ["Rotterdam", "Antwerp", "Hamburg", "Algeciras", "Valencia", "Le Havre", "Santos", "Genoa"] * 4
    for i, port in enumerate(ports):
        (root / "news" / f"e{i}.html").write_text(
            article_html(f"Seizure {i}", f"<p>{STORY.format(port=port, kg=300 + i)}</p>" + FOLLOW_UP * 2),
            encoding="utf-8")
    (root / "feed.xml").write_text(rss(*(f"{{base}}/news/e{i}.html" for i in range(len(ports)))), encoding="utf-8")
    site = Site(root)
    try:
        sources = tmp_path / "sources.yaml"
        sources.write_text(f"sources:\n  - {{name: many, kind: rss, url: '{site.url}/feed.xml', language: en, "
                           f"country: NL, agency: Test}}\n", encoding="utf-8")
        db_path = str(tmp_path / "portwatch.db")
        args = ("run", "--db", db_path, "--sources", str(sources), "--allow-host", "127.0.0.1")
        proc = subprocess.Popen([sys.executable, "-m", "portwatch", *args, *FAST_CRAWL], cwd=ROOT,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and proc.poll() is None:  # extracting once an article has its facts
            try:
                if rows(db_path, "SELECT count(*) FROM articles WHERE facts_version IS NOT NULL")[0][0] >= 1:
                    break
            except sqlite3.OperationalError:
                pass
            time.sleep(0.05)
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=120)
        assert "Traceback" not in err, err[-3000:]
        assert proc.returncode == 3, (out, err[-3000:])
        assert "interrupted" in err.strip().splitlines()[-1]
        assert rows(db_path, "SELECT outcome FROM runs") == [("interrupted",)]
        assert rows(db_path, "SELECT outcome FROM source_runs") == [("ok",)]  # the crawl was over
        assert rows(db_path, "SELECT count(*) FROM articles") == [(len(ports),)]
        # it stopped between two articles: some have their facts, the rest none
        done = rows(db_path, "SELECT count(*) FROM articles WHERE facts_version IS NOT NULL")[0][0]
        assert 1 <= done < len(ports), done
        # an interruption is no article's fault: none is marked failed, and the next run extracts them all
        assert rows(db_path, "SELECT count(*) FROM articles WHERE extract_error IS NOT NULL") == [(0,)]
        again = run_portwatch(*args)
        assert again.returncode == 0, again.stderr[-3000:]
        assert rows(db_path, "SELECT count(*) FROM articles WHERE facts_version IS NULL") == [(0,)]
        assert sorted(p for (p,) in rows(db_path, "SELECT port FROM facts")) == sorted(ports)
    finally:
        site.close()


def test_7_facts_reports_each_bad_file_on_its_line_and_exits_1(tmp_path):
    files = {
        "good.txt": STORY.format(port="Rotterdam", kg=321).encode(),
        "long.txt": "\n\n".join([LONG_FIRST, *ANNEXES, LONG_LAST]).encode(),
        "list.json": b"[1, 2, 3]",
        "number.json": json.dumps({"text": 12}).encode(),
        "broken.json": b'{"text": "unterminated',
        "binary.txt": bytes(range(256)) * 8,
        "utf16.txt": STORY.format(port="Antwerp", kg=1).encode("utf-16"),
        "polish.txt": ("Funkcjonariusze Krajowej Administracji Skarbowej przechwycili w porcie w Gdańsku "
                       "ponad pół tony kokainy ukrytej w kontenerze z bananami z Ekwadoru.").encode(),
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    result = run_portwatch("facts", "--format", "jsonl", *[str(tmp_path / n) for n in files])
    no_traceback(result)
    assert result.returncode == 1
    records = {Path(r["file"]).name: r for r in map(json.loads, result.stdout.splitlines())}
    assert set(records) == set(files)
    assert [f["quantity_kg"] for f in records["good.txt"]["facts"]] == [321.0]
    assert [f["port"] for f in records["long.txt"]["facts"]] == ["Bremerhaven", "Valencia"]
    lines = result.stderr.strip().splitlines()
    said = {name: [ln for ln in lines if f"{name}: " in ln] for name in files}
    assert said["good.txt"] == [] and said["long.txt"] == []
    for name, words in {"list.json": "not a JSON object", "number.json": "not a string",
                        "broken.json": "not valid JSON", "binary.txt": "binary", "utf16.txt": "UTF-16"}.items():
        (line,) = said[name]
        assert line.startswith("Error: ") and words in line, line
        assert records[name]["error"] and records[name]["facts"] == []
    (line,) = said["polish.txt"]
    assert line.startswith("Warning: ") and "'pl'" in line and "none of the languages" in line
    assert records["polish.txt"]["warning"]


def test_8_crawl_exits_like_run(hostile, tmp_path):
    site, _, _, _ = hostile
    crawls = {"a": {"bad-port", "listing"}, "b": {"bad-port", "bad-ipv6"}, "c": {"listing"}}

    def crawl(name: str) -> subprocess.CompletedProcess:
        return run_portwatch("crawl", "--db", str(tmp_path / f"{name}.db"), "--allow-host", "127.0.0.1",
                             "--sources", str(catalogue(site, tmp_path / f"{name}.yaml", crawls[name])))

    with ThreadPoolExecutor(len(crawls)) as pool:  # three databases, three catalogues: side by side
        mixed, all_bad, clean = pool.map(crawl, crawls)
    no_traceback(mixed)
    assert mixed.returncode == 1 and "bad-port: " in mixed.stdout and "1 new articles" in mixed.stdout
    no_traceback(all_bad)
    assert all_bad.returncode == 1 and "sources that failed (2)" in all_bad.stdout
    assert clean.returncode == 0, clean.stderr[-2000:]
    assert rows(str(tmp_path / "b.db"), "SELECT command, outcome FROM runs") == [("crawl", "partial")]
    assert rows(str(tmp_path / "c.db"), "SELECT command, outcome FROM runs") == [("crawl", "ok")]


DANGEROUS = ["=HYPERLINK(\"http://evil\")", " =1+1", "\n=1+1", "\t=1+1", "+1+1", "-1+1", "@SUM(A1)",
             "  \r\n@x", "%0A=1"]


def test_9_every_csv_cell_is_formula_safe(tmp_path):
    import db
    from db import writes

    db_path = str(tmp_path / "portwatch.db")
    conn = db.open_db(db_path)
    for i, bad in enumerate(DANGEROUS):
        url = f"https://news.example/{i}"
        page = {"url": url, "final_url": url, "source_id": "s", "status": 200, "content_type": "text/html",
                "encoding": "utf-8", "body": f"<p>{i}</p>".encode()}
        article_id, _ = writes.save_article(conn, page, {"canonical_url": url, "title": bad, "text": bad,
                                                         "published": "2025-03-01", "lang": "en"})
        writes.replace_facts(conn, article_id, [{"drug": bad, "quantity_kg": 1.0, "quantity_text": bad,
                                                 "evidence": bad, "agencies": [bad], "port": bad, "kind": "event",
                                                 "primary": True}], "t")
    conn.close()

    def number(cell: str) -> bool:
        try:
            return float(cell) is not None and cell == cell.strip()
        except ValueError:
            return False

    def unsafe(text: str) -> list[str]:
        return [cell for row in csv.reader(io.StringIO(text)) for cell in row if not number(cell) and (
                cell.lstrip()[:1] in ("=", "+", "-", "@", "%", "|") or cell[:1] in ("\t", "\r", "\n"))]

    for table in ("facts", "articles"):
        out = run_portwatch("export", "--db", db_path, "--table", table, "--format", "csv")
        assert out.returncode == 0, out.stderr[-2000:]
        assert unsafe(out.stdout) == []
        assert out.stdout.count("'") >= len(DANGEROUS)
    # the server's CSV pages too; numbers (a negative longitude) stay numbers
    import asyncio

    from db.publish import make_datasette

    ds = make_datasette(db_path)

    async def fetch(url, **params):
        return await ds.client.get(url, params=params)

    for url, params in (("/portwatch/facts.csv", {"_size": "max"}), ("/portwatch/articles.csv", {"_dl": "1"}),
                        ("/portwatch.csv", {"sql": "select title, -3.5 as lon from articles"})):
        page = asyncio.run(fetch(url, **params))
        assert page.status_code == 200, (url, page.text[:300])
        assert unsafe(page.text) == [], url
        assert page.text.count("'") >= len(DANGEROUS), url
    lons = {row["lon"] for row in csv.DictReader(io.StringIO(page.text))}
    assert lons == {"-3.5"}
    # `facts --format csv`: the file column too
    doc = tmp_path / "=cmd|' ,A1.txt"
    doc.write_text(STORY.format(port="Rotterdam", kg=5), encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "portwatch", "facts", "--format", "csv", doc.name],
                         capture_output=True, text=True, cwd=tmp_path, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    cells = [c for row in csv.reader(io.StringIO(out.stdout)) for c in row]
    assert unsafe(out.stdout) == [] and any(c.startswith("'") and "=cmd" in c for c in cells)


def test_10_custom_sql_is_bounded_in_memory_and_rejections_log_one_line(analyst_db, caplog, capfd):
    import asyncio
    import logging

    from db.publish import make_datasette

    ds = make_datasette(analyst_db)
    stem = Path(analyst_db).stem

    async def get(url, **params):
        return await ds.client.get(url, params=params)

    caplog.set_level(logging.WARNING, logger="portwatch.serve")
    capfd.readouterr()
    big = asyncio.run(get(f"/{stem}.json", sql="select randomblob(200000000)", _shape="array"))
    assert big.status_code == 400 and "string or blob too big" in big.text
    slow = asyncio.run(get(f"/{stem}.json", sql="with recursive c(x) as (select 1 union all select x + 1 from c) "
                                                "select count(*) from c"))
    assert slow.status_code == 400 and "too long" in slow.text
    ok = asyncio.run(get(f"/{stem}.json", sql="select text from articles", _shape="array"))
    assert ok.status_code == 200 and len(ok.json()) == 5  # stored values are still read in full
    err = capfd.readouterr().err
    assert "Traceback" not in err and "│" not in err and len(err.splitlines()) <= 4, err[-2000:]
    assert [r.message for r in caplog.records if "rejected" in r.message][0].count("\n") == 0
    # --no-sql: custom SQL off, the canned queries and tables stay
    public = make_datasette(analyst_db, allow_sql=False)
    denied = asyncio.run(public.client.get(f"/{stem}.json", params={"sql": "select 1"}))
    assert denied.status_code == 403
    assert asyncio.run(public.client.get(f"/{stem}/facts.json")).status_code == 200
