"""`extract --all` streams stored articles in batches and reports progress with an ETA (#13, item 5)."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

import db
from db import queries, writes
from portwatch.cli import _progress_line, cli

pytestmark = pytest.mark.issue(13)


def store(path: str, n: int) -> None:
    from crawler.article import READER_VERSION

    conn = db.open_db(path)
    for i in range(n):
        url = f"https://news.example/{i}"
        text = f"Customs officers seized {100 + i} kg of cocaine at the port of Rotterdam on Monday."
        writes.save_article(conn, {"url": url, "final_url": url, "source_id": "t", "status": 200, "body": text.encode()},
                            {"canonical_url": url, "title": f"t{i}", "text": text, "published": "2025-05-07",
                             "reader_version": READER_VERSION})
    conn.close()


def test_pending_articles_come_in_bounded_batches_each_once_while_facts_are_written(tmp_path):
    path = str(tmp_path / "portwatch.db")
    store(path, 23)
    conn = db.open_db(path)
    assert queries.count_pending_articles(conn, "v1") == 23
    seen = []
    for batch in queries.iter_pending_articles(conn, "v1", batch=5):
        assert 1 <= len(batch) <= 5
        for article_id, text, published, _lang in batch:
            assert "cocaine" in text and published == "2025-05-07"
            # written between batches, as extraction does: the walk goes on after the last id
            writes.replace_facts(conn, article_id, [], "v1")
            seen.append(article_id)
    assert len(seen) == 23 and len(set(seen)) == 23 and seen == sorted(seen)
    assert queries.count_pending_articles(conn, "v1") == 0
    assert list(queries.iter_pending_articles(conn, "v1")) == []
    assert queries.count_pending_articles(conn, "v1", everything=True) == 23
    assert sum(len(b) for b in queries.iter_pending_articles(conn, "v1", everything=True, batch=7)) == 23
    conn.close()


def test_progress_line_gives_rate_and_eta():
    assert _progress_line("extracting", 2000, 100000, 2000, 40.0) == \
        "extracting: 2000/100000 (2%), 50.0/s, ETA 0:32:40"
    assert _progress_line("extracting", 1, 10, 0, 0.0) == "extracting: 1/10 (10%)"


def test_extract_all_prints_progress_with_eta_on_stderr(tmp_path):
    path = str(tmp_path / "portwatch.db")
    store(path, 12)
    result = CliRunner().invoke(cli, ["extract", "--db", path, "--all"])
    assert result.exit_code == 0, result.output
    assert "extracted 12 facts from 12 articles" in result.stdout
    lines = [line for line in result.stderr.splitlines() if line.startswith("extracting: ")]
    assert lines[-1].startswith("extracting: 12/12 (100%)")
    assert any(", ETA 0:00:" in line for line in lines)
