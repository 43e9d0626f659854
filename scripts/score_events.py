"""Score event grouping on an event corpus (shared/corpus/events): pairwise precision and recall of
"these two facts are the same seizure", over the predicted facts that match a gold event fact.
Scored twice: all facts grouped at once, and grouped night by night as `portwatch run` does (each
publication day's facts joined incrementally to the events before them: nightly_precision/recall).

usage: python scripts/score_events.py [--corpus ../shared/corpus/events] [--json] [-v]
Runs portwatch's own reader, extractor and grouping in this process; standard output is a summary.
"""

from __future__ import annotations

import argparse
import json
import sys
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _same(g: dict, p: dict) -> bool:
    gq, pq = g.get("quantity_kg"), p.get("quantity_kg")
    if g["drug"] != p["drug"] or g.get("kind", "event") != p.get("kind", "event"):
        return False
    if gq is None or pq is None:
        return gq is None and pq is None and g.get("units") == p.get("units")
    return abs(gq - pq) <= 0.02 * max(abs(gq), 1e-9)


def score(corpus: Path, verbose: bool = False) -> dict:
    from nlp import Extractor
    from nlp.events import group_events
    from portwatch.files import read_document

    gold = [json.loads(line) for line in (corpus / "gold.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    extractor = Extractor()
    facts: list[dict] = []
    truth: dict[str, str] = {}  # predicted fact id -> gold event id
    for rec in gold:
        doc = read_document(corpus / f"{rec['id']}.html")
        result = extractor.extract(doc["text"], published=doc["published"])
        used: set[int] = set()
        for i, f in enumerate(result.facts):
            fid = f"{rec['id']}#{i}"
            facts.append({**f.as_dict(), "id": fid, "article_id": rec["id"], "published": doc["published"]})
            for gi, g in enumerate(rec["facts"]):
                if gi not in used and g.get("event") and _same(g, f.as_dict()):
                    used.add(gi)
                    truth[fid] = g["event"]
                    break
    events, assignment = group_events(facts)
    ids = sorted(truth)
    precision, recall, mistakes = _pairwise(ids, truth, assignment)
    nightly_precision, nightly_recall, nightly_mistakes = _pairwise(ids, truth, _nightly(facts))
    n_gold_events = len({v for v in truth.values()})
    summary = {
        "facts_matched_to_gold_events": len(ids),
        "gold_events_covered": n_gold_events,
        "predicted_events": len({assignment[i] for i in ids if i in assignment}),
        "pairwise_precision": round(precision, 4),
        "pairwise_recall": round(recall, 4),
        "nightly_precision": round(nightly_precision, 4),
        "nightly_recall": round(nightly_recall, 4),
        "events_total": len(events),
    }
    if verbose:
        print("\n".join(mistakes), file=sys.stderr)
        if nightly_mistakes != mistakes:
            print("night by night:\n" + "\n".join(nightly_mistakes), file=sys.stderr)
    return summary


def _pairwise(ids: list[str], truth: dict[str, str], assignment: dict[str, str]) -> tuple[float, float, list[str]]:
    tp = fp = fn = 0
    mistakes = []
    for a, b in combinations(ids, 2):
        same_gold = truth[a] == truth[b]
        same_pred = assignment.get(a) is not None and assignment.get(a) == assignment.get(b)
        tp += same_gold and same_pred
        fp += same_pred and not same_gold
        fn += same_gold and not same_pred
        if same_gold != same_pred:
            mistakes.append(f"{'MERGED' if same_pred else 'SPLIT '} {a} ({truth[a]}) ~ {b} ({truth[b]})")
    return (tp / (tp + fp) if tp + fp else 1.0), (tp / (tp + fn) if tp + fn else 1.0), mistakes


def _nightly(facts: list[dict]) -> dict[str, str]:
    """Fact id -> event id when each publication day's facts are grouped onto the events before them."""
    from nlp.events import regroup

    nights: dict[str, list[dict]] = {}
    for f in facts:
        nights.setdefault(str(f.get("published") or "")[:10], []).append(f)
    assigned: dict[str, str] = {}
    created: dict[str, str] = {}
    rows = {f["id"]: f for f in facts}
    for n, day in enumerate(sorted(nights)):
        existing = [{**rows[fid], "event_id": eid} for fid, eid in assigned.items()]
        plan = regroup(existing, nights[day], created=created, taken=lambda e: e in created)
        for ev in plan.events:
            created.setdefault(ev["id"], f"{n:06d}")
        assigned.update(dict(plan.moves))
        for eid in plan.removed:
            assigned = {f: e for f, e in assigned.items() if e != eid}
    return assigned


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus" / "events"))
    ap.add_argument("--json", action="store_true")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    summary = score(Path(args.corpus), args.verbose)
    print(json.dumps(summary) if args.json else json.dumps(summary, indent=1))


if __name__ == "__main__":
    main()
