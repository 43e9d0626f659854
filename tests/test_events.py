"""Events: reports of one seizure across outlets and languages become one event; look-alikes stay apart."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from nlp.events import group_events, same_seizure
from tests.conftest import ROOT

pytestmark = pytest.mark.issue(6)


def fact(i, article, kg, *, drug="cocaine", locode="BEANR", date="2026-02-10", published="2026-02-12", kind="event",
         units=None, primary=True):
    return {"id": i, "article_id": article, "drug": drug, "quantity_kg": kg, "units": units, "locode": locode,
            "port": "Antwerp", "country": locode[:2] if locode else "BE", "date": date, "kind": kind,
            "primary": primary, "published": published}


def test_rounded_and_hedged_reports_join_one_event():
    facts = [fact("a", "1", 1612), fact("b", "2", 1600, date="2026-02"), fact("c", "3", 1500, date=None, published="2026-02-16")]
    events, assignment = group_events(facts)
    assert len(events) == 1 and len(set(assignment.values())) == 1
    (event,) = events
    assert event["quantity_kg"] == 1612 and event["n_articles"] == 3 and event["date"] == "2026-02-10"


@pytest.mark.parametrize(
    ("other", "why"),
    [
        (fact("x", "9", 1550, date="2026-02-18", published="2026-02-19"), "another day"),
        (fact("x", "9", 1612, drug="cannabis"), "another drug"),
        (fact("x", "9", 1612, locode="NLRTM"), "another port"),
        (fact("x", "9", 1300), "another amount"),
        (fact("x", "9", 1612, date=None, published="2026-04-01"), "weeks later, undated"),
        (fact("x", "1", 1612), "same article"),
    ],
    ids=lambda v: v if isinstance(v, str) else "",
)
def test_look_alikes_stay_apart(other, why):
    events, assignment = group_events([fact("a", "1", 1612), other])
    assert assignment["a"] != assignment.get("x"), why


def test_totals_never_join_an_event():
    events, assignment = group_events([fact("a", "1", 1612), fact("t", "2", 1612, kind="aggregate")])
    assert "t" not in assignment and len(events) == 1


def test_vague_report_does_not_chain_two_seizures():
    first = fact("a", "1", 1612, date="2026-02-10")
    second = fact("b", "2", 1550, date="2026-02-18", published="2026-02-19")
    vague = fact("c", "3", 1600, date="2026-02", published="2026-02-20")  # could be either
    events, assignment = group_events([first, second, vague])
    assert assignment["a"] != assignment["b"]
    assert not same_seizure(first, second)


def test_event_corpus_pairwise_scores(shared):
    proc = subprocess.run([sys.executable, str(ROOT / "scripts" / "score_events.py"), "--corpus",
                           str(shared / "corpus" / "events"), "--json"], capture_output=True, text=True, cwd=ROOT,
                          timeout=600)
    assert proc.returncode == 0, proc.stderr[-2000:]
    summary = json.loads(proc.stdout.strip().splitlines()[-1])
    print(summary)
    assert summary["gold_events_covered"] == 21
    assert summary["pairwise_precision"] >= 0.95
    assert summary["pairwise_recall"] >= 0.95
