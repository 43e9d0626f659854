"""Writes are atomic (#11): a write that fails halfway leaves nothing of itself behind.

The failures come from real SQLite: a trigger that RAISEs on a chosen row, as a constraint or a full
disk would, after earlier statements of the same write already ran.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys

import pytest

import db
from db import writes

pytestmark = pytest.mark.issue(11)

PAGE = {"url": "https://news.example/a", "final_url": "https://news.example/a", "source_id": None,
        "status": 200, "content_type": "text/html", "encoding": "utf-8", "body": b"<html><p>body</p></html>"}
ARTICLE = {"canonical_url": "https://news.example/a", "title": "T", "text": "Customs seized 1 tonne of cocaine.",
           "published": "2025-01-02T10:00:00+00:00", "lang": "en", "reader_version": "reader-1"}


def fact(drug: str, kg: float) -> dict:
    return {"drug": drug, "quantity_kg": kg, "quantity_text": f"{kg} kg", "port": "Antwerp", "country": "BE",
            "date": "2025-01-01", "agencies": [], "kind": "event", "primary": True, "evidence": "x"}


def facts_of(conn, article_id):
    return conn.execute("SELECT drug, quantity_kg, extractor_version FROM facts WHERE article_id = ? ORDER BY seq",
                        [article_id]).fetchall()


@pytest.fixture
def stored(db_path):
    conn = db.open_db(db_path)
    article_id, _ = writes.save_article(conn, PAGE, ARTICLE)
    writes.replace_facts(conn, article_id, [fact("cocaine", 1000.0), fact("heroin", 20.0)], "v1")
    yield conn, article_id
    conn.close()


def test_replacing_facts_that_fails_halfway_leaves_the_old_facts(stored, db_path):
    conn, article_id = stored
    before = facts_of(conn, article_id)
    facets_before = conn.execute("SELECT * FROM facet_counts ORDER BY 1, 2").fetchall()
    # the third new fact is refused by SQLite itself, after the DELETE and two INSERTs ran
    conn.execute("CREATE TRIGGER refuse_hashish BEFORE INSERT ON facts WHEN new.drug = 'hashish' "
                 "BEGIN SELECT RAISE(ABORT, 'refused by test trigger'); END")
    with pytest.raises(sqlite3.IntegrityError, match="refused by test trigger"):
        writes.replace_facts(conn, article_id, [fact("cannabis", 5.0), fact("cocaine", 7.0), fact("hashish", 9.0)],
                             "v2")
    assert not conn.conn.in_transaction
    # a fresh connection sees the facts of v1, the article still marked v1 and the facet counts unchanged
    other = sqlite3.connect(db_path)
    assert facts_of(other, article_id) == before == [("cocaine", 1000.0, "v1"), ("heroin", 20.0, "v1")]
    assert other.execute("SELECT facts_version FROM articles WHERE id = ?", [article_id]).fetchone() == ("v1",)
    assert other.execute("SELECT * FROM facet_counts ORDER BY 1, 2").fetchall() == facets_before
    other.close()
    # and the connection stays usable: the same write without the refused fact goes through whole
    assert writes.replace_facts(conn, article_id, [fact("cannabis", 5.0)], "v2") == 1
    assert facts_of(conn, article_id) == [("cannabis", 5.0, "v2")]


def test_saving_an_article_that_fails_halfway_stores_no_page(db_path):
    conn = db.open_db(db_path)
    conn.execute("CREATE TRIGGER refuse_article BEFORE INSERT ON articles "
                 "BEGIN SELECT RAISE(ABORT, 'refused by test trigger'); END")
    with pytest.raises(sqlite3.IntegrityError):
        writes.save_article(conn, PAGE, ARTICLE)
    # the page row was inserted before the article failed: it is gone with it
    assert conn.execute("SELECT count(*) FROM pages").fetchone() == (0,)
    assert conn.execute("SELECT count(*) FROM article_urls").fetchone() == (0,)
    conn.close()


def test_a_python_error_inside_a_transaction_rolls_it_back(db_path):
    conn = db.open_db(db_path)
    run_id = writes.start_run(conn, "crawl")
    with pytest.raises(RuntimeError), db.transaction(conn):
        conn.execute("UPDATE runs SET outcome = 'ok' WHERE id = ?", [run_id])
        raise RuntimeError("crash halfway")
    assert conn.execute("SELECT outcome FROM runs WHERE id = ?", [run_id]).fetchone() == ("running",)
    conn.close()


def test_a_commit_that_fails_leaves_no_transaction_open(db_path):
    """A deferred constraint is checked at COMMIT, which then fails: the write is undone and the
    next one is a transaction of its own, not a savepoint inside a transaction nobody commits."""
    conn = db.open_db(db_path)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("CREATE TABLE parent (id INTEGER PRIMARY KEY)")
    conn.execute("CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER "
                 "REFERENCES parent(id) DEFERRABLE INITIALLY DEFERRED)")
    with pytest.raises(sqlite3.IntegrityError), db.transaction(conn):
        conn.execute("INSERT INTO child (parent_id) VALUES (42)")
    assert not conn.conn.in_transaction
    run_id = writes.start_run(conn, "crawl")
    other = sqlite3.connect(db_path)
    assert other.execute("SELECT id FROM runs").fetchall() == [(run_id,)]
    assert other.execute("SELECT count(*) FROM child").fetchone() == (0,)
    other.close()
    conn.close()


def test_transactions_nest_as_savepoints(stored, db_path):
    conn, article_id = stored
    conn.execute("CREATE TRIGGER refuse_hashish BEFORE INSERT ON facts WHEN new.drug = 'hashish' "
                 "BEGIN SELECT RAISE(ABORT, 'refused by test trigger'); END")
    with db.transaction(conn):
        writes.finish_run(conn, writes.start_run(conn, "extract"), "ok")
        assert conn.conn.in_transaction  # the inner writes did not commit the outer transaction
        with pytest.raises(sqlite3.IntegrityError):
            writes.replace_facts(conn, article_id, [fact("cannabis", 5.0), fact("hashish", 9.0)], "v2")
        # the failed inner write is undone alone; the outer one goes on
        assert facts_of(conn, article_id) == [("cocaine", 1000.0, "v1"), ("heroin", 20.0, "v1")]
        # nothing is visible to another connection before the outer transaction commits
        other = sqlite3.connect(db_path)
        assert other.execute("SELECT count(*) FROM runs").fetchone() == (0,)
    assert other.execute("SELECT outcome FROM runs").fetchall() == [("ok",)]
    other.close()


def _seen_by_another_process(db_path: str) -> int:
    """Articles another process sees: it opens the database, reads and closes, as Datasette or a
    monitoring script does while a crawl writes."""
    code = ("import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
            "print(c.execute('SELECT count(*) FROM articles').fetchone()[0]); c.close()")
    done = subprocess.run([sys.executable, "-c", code, db_path], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return int(done.stdout)


def test_each_write_is_seen_by_other_processes_while_this_one_opens_and_closes_other_connections(db_path):
    """A crawl keeps one connection for its articles while other parts of it open and close their own
    (the robots.txt cache, the pipeline of the next spider). Opening one used to read the file's header
    through a plain descriptor and close it, which drops every SQLite lock this process holds on the file
    (POSIX locks belong to the process); a reader in another process, closing, then took itself for the
    last user and deleted the WAL, and the crawl's next commits went into the deleted file: invisible to
    everyone until the crawl ended, or lost."""
    crawl = db.open_db(db_path)
    for n in range(1, 4):
        page = {**PAGE, "url": f"https://news.example/{n}", "final_url": f"https://news.example/{n}",
                "body": f"<html><p>body {n}</p></html>".encode()}
        writes.save_article(crawl, page, {**ARTICLE, "canonical_url": f"https://news.example/{n}"})
        assert _seen_by_another_process(db_path) == n
        db.open_db(db_path).close()  # another part of the crawl opens and closes its own connection
        db.check_file(db_path)
        assert crawl.conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    crawl.close()
    assert _seen_by_another_process(db_path) == 3
