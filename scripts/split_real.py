#!/usr/bin/env python3
"""Split the shared real-news gold set into a tuning part and a held-aside third.

The held-aside third is chosen once, by a hash of each id, balanced by language (a third of
every language, rounded), and never read while tuning: only its score is reported
(issue #9). Writes OUT/gold-tune.jsonl and OUT/gold-holdout.jsonl; score each with

    python ../shared/tools/score_facts.py --gold OUT/gold-holdout.jsonl --docs ../shared/corpus/real
"""
import argparse
import hashlib
import json
import os
from collections import defaultdict


def split(gold_lines):
    by_lang = defaultdict(list)
    for rec in gold_lines:
        by_lang[rec["lang"]].append(rec)
    tune, hold = [], []
    for lang in sorted(by_lang):
        recs = sorted(by_lang[lang], key=lambda r: hashlib.sha256(("portwatch-holdout:" + r["id"]).encode()).hexdigest())
        n_hold = round(len(recs) / 3)
        hold += recs[:n_hold]
        tune += recs[n_hold:]
    return tune, hold


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", default=os.path.join(here, "..", "..", "shared", "corpus", "real", "gold.jsonl"))
    ap.add_argument("--out", default=os.path.join(here, "..", ".cache", "real-split"))
    a = ap.parse_args()
    with open(a.gold, encoding="utf-8") as f:
        gold = [json.loads(line) for line in f if line.strip()]
    tune, hold = split(gold)
    os.makedirs(a.out, exist_ok=True)
    for name, recs in (("gold-tune.jsonl", tune), ("gold-holdout.jsonl", hold)):
        with open(os.path.join(a.out, name), "w", encoding="utf-8") as f:
            for r in sorted(recs, key=lambda r: r["id"]):
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"tune {len(tune)} docs, holdout {len(hold)} docs -> {a.out}")


if __name__ == "__main__":
    main()
