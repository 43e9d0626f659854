"""The README stays true: its two commands, every command and its options, the data files' notes."""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner

from portwatch.cli import cli
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_two_commands_for_a_fresh_machine():
    assert "pip install . && portwatch demo" in README
    assert "pip install '.[test]' && python -m pytest" in README
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "pip install '.[test]' && python -m pytest" in ci  # CI runs exactly the README's test command


@pytest.mark.parametrize("command", sorted(cli.commands))
def test_every_command_and_option_is_in_the_reference(command):
    assert f"`portwatch {command}" in README
    result = CliRunner().invoke(cli, [command, "--help"])
    options = set(re.findall(r"(?<![\w-])(--[a-z][a-z-]+)", result.output)) - {"--help"}
    row = next(line for line in README.splitlines() if line.startswith(f"| `portwatch {command}"))
    documented = set(re.findall(r"--[a-z][a-z-]+", row)) | {"--db", "--verbose", "--version"}
    assert options <= documented, f"undocumented options of {command}: {sorted(options - documented)}"


def test_data_files_have_provenance_notes():
    notes = (ROOT / "nlp" / "data" / "README.md").read_text(encoding="utf-8")
    for path in (ROOT / "nlp" / "data").glob("*.json*"):
        assert path.name in notes, path.name
