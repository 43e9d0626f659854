"""Every command explains itself; `facts` works on files with no database."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from portwatch.cli import cli

COMMANDS = ["crawl", "extract", "run", "serve", "export", "facts", "sources", "demo"]


@pytest.mark.parametrize("command", COMMANDS)
def test_help_explains_each_command(command):
    result = CliRunner().invoke(cli, [command, "--help"])
    assert result.exit_code == 0
    assert len(result.output.split("\n\n")[1].strip()) > 30  # a real description, not a stub


def test_every_command_is_listed():
    result = CliRunner().invoke(cli, ["--help"])
    for command in COMMANDS:
        assert f"  {command} " in result.output


def test_facts_on_a_text_file_with_date_line(tmp_path):
    doc = tmp_path / "note.txt"
    doc.write_text(" date 2025-03-12\nDutch Customs found 700 kg of cocaine at the port of Rotterdam on Monday.\n",
                   encoding="utf-8")
    result = CliRunner().invoke(cli, ["facts", "--format", "jsonl", str(doc)])
    assert result.exit_code == 0, result.output
    rec = json.loads(result.output.strip())
    assert rec["file"] == str(doc) and rec["lang"] == "en" and rec["relevant"] is True
    (fact,) = rec["facts"]
    assert (fact["quantity_kg"], fact["port"], fact["date"]) == (700, "Rotterdam", "2025-03-10")
    assert fact["evidence"].startswith("Dutch Customs found")


def test_sources_check_reports_a_bad_catalogue(tmp_path):
    bad = tmp_path / "s.yaml"
    bad.write_text("sources:\n  - {name: a, kind: rss}\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["sources", "--sources", str(bad), "--check"])
    assert result.exit_code == 2
    assert "entry 1 (a): field 'url': is required" in result.output


def test_sources_lists_the_catalogue(tmp_path):
    result = CliRunner().invoke(cli, ["sources", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 0
    assert "europol-newsroom" in result.output and "gdelt-en" in result.output


@pytest.mark.issue(4)
def test_extract_with_two_workers_then_all(tmp_path):
    import db
    from crawler.article import READER_VERSION
    from db import writes

    path = str(tmp_path / "portwatch.db")
    conn = db.open_db(path)
    ports = ["Rotterdam", "Antwerp", "Hamburg", "Valencia", "Algeciras", "Genoa"]
    for i, port in enumerate(ports):
        url = f"https://news.example/{i}"
        text = f"Customs officers seized {100 + i} kg of cocaine at the port of {port} on Monday."
        writes.save_article(conn, {"url": url, "final_url": url, "source_id": "t", "status": 200, "body": text.encode()},
                            {"canonical_url": url, "title": port, "text": text, "published": "2025-05-07",
                             "reader_version": READER_VERSION})
    conn.close()
    first = CliRunner().invoke(cli, ["extract", "--db", path, "--workers", "2"])
    assert first.exit_code == 0, first.output
    assert "extracted 6 facts from 6 articles" in first.output
    again = CliRunner().invoke(cli, ["extract", "--db", path])
    assert "extracted 0 facts from 0 articles" in again.output  # nothing new: idempotent
    everything = CliRunner().invoke(cli, ["extract", "--db", path, "--all"])
    assert "extracted 6 facts from 6 articles" in everything.output
    conn = db.open_db(path)
    rows = conn.execute("SELECT port, quantity_kg, date FROM facts ORDER BY quantity_kg").fetchall()
    assert [r[0] for r in rows] == ports and rows[0][1:] == (100.0, "2025-05-05")


@pytest.mark.issue(6)
def test_new_extractor_or_reader_rereads_stored_pages_without_fetching(tmp_path):
    """Articles stored by an older reader (or raw only) are read again from their compressed page."""
    import db
    from db import writes

    path = str(tmp_path / "portwatch.db")
    conn = db.open_db(path)
    html = ("<html><head><meta property='article:published_time' content='2025-06-11'></head><body><article>"
            "<p>Belgian Customs found 1,300 kg of cocaine at the port of Antwerp on Monday, hidden in bananas.</p>"
            "</article></body></html>")
    url = "https://news.example/raw"
    writes.save_article(conn, {"url": url, "final_url": url, "source_id": "t", "status": 200, "body": html.encode()},
                        {"canonical_url": url, "title": None, "text": None, "reader_version": None})
    conn.close()
    result = CliRunner().invoke(cli, ["extract", "--db", path])
    assert result.exit_code == 0, result.output
    conn = db.open_db(path)
    text, version = conn.execute("SELECT text, reader_version FROM articles").fetchone()
    assert "1,300 kg of cocaine" in text and version
    fact = conn.execute("SELECT quantity_kg, port, date, event_id FROM facts").fetchone()
    assert fact[:3] == (1300.0, "Antwerp", "2025-06-09") and fact[3]


@pytest.mark.parametrize("command", ["extract", "export", "serve"])
def test_commands_that_read_a_database_say_when_there_is_none(tmp_path, command):
    missing = tmp_path / "nothing.db"
    result = CliRunner().invoke(cli, [command, "--db", str(missing)])
    assert result.exit_code == 2
    assert f"no database at {missing}" in result.output
    assert not missing.exists()
