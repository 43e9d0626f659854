"""Schema, idempotent writes and exports against real SQLite."""

from __future__ import annotations

import json

import pytest

import db
from db import queries, writes

pytestmark = pytest.mark.issue(5)

PAGE = {"url": "https://news.example/a?utm_source=x", "final_url": "https://news.example/a", "source_id": "s",
        "status": 200, "content_type": "text/html", "encoding": "utf-8", "body": b"<html><p>body</p></html>"}
ARTICLE = {"canonical_url": "https://news.example/a", "title": "T", "text": "Customs seized 1 tonne of cocaine.",
           "published": "2025-01-02T10:00:00+00:00", "lang": "en", "reader_version": "reader-1"}
FACT = {"drug": "cocaine", "quantity_kg": 1000.0, "quantity_text": "1 tonne", "units": None, "port": "Antwerp",
        "locode": "BEANR", "country": "BE", "date": "2025-01-01", "agencies": ["Belgian Customs"], "kind": "event",
        "primary": True, "concealment": None, "origin_country": None, "evidence": "=HYPERLINK(\"x\")",
        "start_char": 0, "end_char": 30, "latitude": 51.2, "longitude": 4.4}


def test_migrations_apply_once_and_wal_is_on(db_path):
    first = db.open_db(db_path)
    assert first.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert {"sources", "pages", "articles", "facts", "events", "runs", "source_runs", "articles_fts"} <= set(first.table_names())
    first.close()
    again = db.open_db(db_path)
    from db.migrations import migrations

    applied = again.execute("SELECT count(*) FROM _sqlite_migrations").fetchone()[0]
    assert applied == len(migrations._migrations) and not migrations.pending(again)


def test_article_and_facts_are_idempotent(db_path):
    conn = db.open_db(db_path)
    article_id, created = writes.save_article(conn, PAGE, ARTICLE)
    assert created
    assert writes.save_article(conn, PAGE, ARTICLE) == (article_id, False)
    writes.replace_facts(conn, article_id, [FACT], "v1")
    writes.replace_facts(conn, article_id, [FACT], "v1")
    assert conn.execute("SELECT count(*) FROM facts").fetchone()[0] == 1
    assert queries.pending_articles(conn, "v1") == []
    assert queries.pending_articles(conn, "v2") == [article_id]
    assert "https://news.example/a?utm_source=x" in queries.known_urls(conn)
    hits = conn.execute("SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'cocaine'").fetchall()
    assert len(hits) == 1


def test_export_rows_carry_url_and_parsed_agencies(db_path):
    conn = db.open_db(db_path)
    article_id, _ = writes.save_article(conn, PAGE, ARTICLE)
    writes.replace_facts(conn, article_id, [FACT], "v1")
    (row,) = list(queries.export_rows(conn, "facts"))
    assert row["url"] == "https://news.example/a?utm_source=x" and row["agencies"] == ["Belgian Customs"]
    assert row["primary"] is True
    assert list(queries.export_rows(conn, "facts", since="2026-01-01")) == []
    with pytest.raises(ValueError):
        list(queries.export_rows(conn, "sqlite_master"))


def test_cli_export_neutralises_formulas(db_path):
    from click.testing import CliRunner

    from portwatch.cli import cli

    conn = db.open_db(db_path)
    article_id, _ = writes.save_article(conn, PAGE, ARTICLE)
    writes.replace_facts(conn, article_id, [FACT], "v1")
    conn.close()
    out = CliRunner().invoke(cli, ["export", "--db", db_path, "--table", "facts", "--format", "csv"])
    assert out.exit_code == 0, out.output
    assert "'=HYPERLINK" in out.output and "\n=HYPERLINK" not in out.output
    js = CliRunner().invoke(cli, ["export", "--db", db_path, "--format", "json"])
    assert json.loads(js.output)[0]["drug"] == "cocaine"
