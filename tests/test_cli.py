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
