"""Quality gate: the shared scorer over the shared corpora must stay above the pinned floors (#4, #9).

`dev` and `events` were written for the project; `real` holds excerpts of real published articles
(issue #9) and is the gate that says whether analysts can trust a count. Field floors (port, date,
agencies) apply to the facts that match gold.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.conftest import FIXTURES, ROOT

pytestmark = [pytest.mark.issue(4), pytest.mark.slow]

FIELD_FLOORS = {"port_accuracy": "port", "date_accuracy": "date", "agencies_jaccard": "agencies_jaccard"}


@pytest.mark.parametrize("corpus", ["dev", "events", pytest.param("real", marks=pytest.mark.issue(9)),
                                    pytest.param("events-real", marks=pytest.mark.issue(9))])
def test_corpus_scores_above_floors(shared, corpus):
    floors = json.loads((FIXTURES / "gold_floor.json").read_text())[corpus]
    proc = subprocess.run(
        [sys.executable, str(shared / "tools" / "score_facts.py"), "--gold", str(shared / "corpus" / corpus / "gold.jsonl"),
         "--docs", str(shared / "corpus" / corpus), "--cmd", f"{sys.executable} -m portwatch facts", "--json"],
        capture_output=True, text=True, cwd=ROOT, timeout=600,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    summary = json.loads(proc.stdout.strip().splitlines()[-1])
    print(json.dumps(summary, indent=1))
    assert summary["facts_all"]["f1"] >= floors["facts_all_f1"]
    assert summary["facts_primary"]["f1"] >= floors["facts_primary_f1"]
    assert summary["relevance_accuracy"] >= floors["relevance_accuracy"]
    assert min(summary["by_language_f1"].values()) >= floors["min_language_f1"]
    for floor_name, field in FIELD_FLOORS.items():
        if floor_name in floors:
            assert summary["field_accuracy"][field] >= floors[floor_name], (field, summary["field_accuracy"][field])
