"""What a person sees: headless Chromium against a real `portwatch serve` on 127.0.0.1 (#5).

.ci/run installs Debian's chromium; without it this test is skipped with a reason.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import ROOT, free_port

pytestmark = [pytest.mark.issue(5), pytest.mark.browser]
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars"]


@pytest.fixture(scope="module")
def server(analyst_db):
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "portwatch", "serve", "--db", analyst_db, "--port", str(port)],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            urllib.request.urlopen(url + "/-/versions.json", timeout=1).read()
            break
        except OSError:
            time.sleep(0.2)
    else:
        proc.kill()
        raise AssertionError(proc.stderr.read().decode()[-2000:])
    yield url
    proc.terminate()
    proc.wait(timeout=10)


def chromium(tmp_path: Path, *args: str) -> str:
    profile = tmp_path / "profile"
    out = subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *args], capture_output=True, text=True,
                         timeout=120)
    return out.stdout


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (.ci/run installs Debian's chromium)")
def test_facts_page_shows_rows_facets_and_map_markers(server, tmp_path):
    page = f"{server}/portwatch/facts"
    shot = tmp_path / "facts.png"
    # one page load gives both what the page holds and what it looks like
    dom = chromium(tmp_path, "--virtual-time-budget=15000", "--window-size=1280,1600", f"--screenshot={shot}",
                   "--dump-dom", page)
    assert "5 rows" in dom
    # the drug facet as a person reads it: "cocaine 4", "cannabis 1"
    text = re.sub(r"<[^>]+>", " ", dom)
    text = re.sub(r"\s+", " ", text)
    assert re.search(r"cocaine\s+4", text) and re.search(r"cannabis\s+1", text)
    assert "Felixstowe" in text and "Rotterdam" in text
    # datasette-cluster-map draws the seizures at their ports
    assert "leaflet-container" in dom
    assert re.search(r"leaflet-marker-icon|marker-cluster", dom)
    assert shot.exists() and shot.stat().st_size > 10_000
    print(f"screenshot: {shot}")
