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

    def __init__(self, root: Path):
        self.root = root
        self.proc = subprocess.Popen([sys.executable, "-m", "portwatch.replay", str(root)], stdout=subprocess.PIPE,
                                     text=True, cwd=ROOT)
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


def run_portwatch(*args: str, env: dict[str, str] | None = None, timeout: int = 300) -> subprocess.CompletedProcess:
    """Run the real `portwatch` command in a subprocess (Scrapy's reactor runs once per process)."""
    full_env = {**os.environ, **(env or {})}
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
