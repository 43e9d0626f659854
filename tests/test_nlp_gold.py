"""Quality gate: the shared scorer over the dev corpus must stay above the pinned floors."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.conftest import FIXTURES, ROOT

pytestmark = [pytest.mark.issue(4), pytest.mark.slow]


def test_dev_corpus_scores_above_floors(shared):
    floors = json.loads((FIXTURES / "gold_floor.json").read_text())
    proc = subprocess.run(
        [sys.executable, str(shared / "tools" / "score_facts.py"), "--gold", str(shared / "corpus/dev/gold.jsonl"),
         "--docs", str(shared / "corpus/dev"), "--cmd", f"{sys.executable} -m portwatch facts", "--json"],
        capture_output=True, text=True, cwd=ROOT, timeout=600,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    summary = json.loads(proc.stdout.strip().splitlines()[-1])
    print(json.dumps(summary, indent=1))
    assert summary["facts_all"]["f1"] >= floors["facts_all_f1"]
    assert summary["facts_primary"]["f1"] >= floors["facts_primary_f1"]
    assert summary["relevance_accuracy"] >= floors["relevance_accuracy"]
    assert min(summary["by_language_f1"].values()) >= floors["min_language_f1"]
