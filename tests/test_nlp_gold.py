"""Quality gate: the shared scorer over the shared corpora must stay above the pinned floors (#4, #9).

`dev` and `events` were written for the project; `real` holds excerpts of real published articles
(issue #9) and is the gate that says whether analysts can trust a count. Field floors (port, date,
agencies) apply to the facts that match gold.
"""

from __future__ import annotations

import contextlib
import importlib.util
import io
import json
import os
import sys

import pytest

from tests.conftest import FIXTURES

pytestmark = [pytest.mark.issue(4), pytest.mark.slow]

FIELD_FLOORS = {"port_accuracy": "port", "date_accuracy": "date", "agencies_jaccard": "agencies_jaccard"}


@pytest.fixture(scope="module")
def score_facts(shared):
    """`score_facts.py --json` on a corpus: the shared scorer itself (imported from ../shared, not copied),
    run in this process. Its extractor command, `portwatch facts --format jsonl FILE...`, runs through
    click's runner instead of a subprocess, so the seven spaCy pipelines load once for the four corpora
    (nlp.pipeline.build is cached per process) rather than once per corpus."""
    from click.testing import CliRunner

    from portwatch.cli import cli

    spec = importlib.util.spec_from_file_location("score_facts", shared / "tools" / "score_facts.py")
    assert spec is not None and spec.loader is not None
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)

    def run_extractor(cmd, files):  # the scorer's own run_extractor, with the command run in this process
        result = CliRunner().invoke(cli, ["facts", "--format", "jsonl", *files])
        if result.exit_code != 0:
            sys.exit(f"extractor failed ({result.exit_code}): {result.stderr[-2000:]}")
        return {os.path.realpath(rec["file"]): rec for rec in map(json.loads, (
            line.strip() for line in result.stdout.splitlines() if line.strip().startswith("{")))}

    scorer.run_extractor = run_extractor

    def score(corpus: str) -> dict:
        argv = ["score_facts.py", "--gold", str(shared / "corpus" / corpus / "gold.jsonl"),
                "--docs", str(shared / "corpus" / corpus), "--json"]
        out = io.StringIO()
        with pytest.MonkeyPatch.context() as mp, contextlib.redirect_stdout(out):
            mp.setattr(sys, "argv", argv)
            try:
                scorer.main()
            except SystemExit as exc:
                pytest.fail(f"score_facts.py exited: {exc.code}")
        return json.loads(out.getvalue().strip().splitlines()[-1])

    return score


@pytest.mark.parametrize("corpus", ["dev", "events", pytest.param("real", marks=pytest.mark.issue(9)),
                                    pytest.param("events-real", marks=pytest.mark.issue(9))])
def test_corpus_scores_above_floors(score_facts, corpus):
    floors = json.loads((FIXTURES / "gold_floor.json").read_text())[corpus]
    summary = score_facts(corpus)
    print(json.dumps(summary, indent=1))
    assert summary["facts_all"]["f1"] >= floors["facts_all_f1"]
    assert summary["facts_primary"]["f1"] >= floors["facts_primary_f1"]
    assert summary["relevance_accuracy"] >= floors["relevance_accuracy"]
    assert min(summary["by_language_f1"].values()) >= floors["min_language_f1"]
    for floor_name, field in FIELD_FLOORS.items():
        if floor_name in floors:
            assert summary["field_accuracy"][field] >= floors[floor_name], (field, summary["field_accuracy"][field])
