"""Event grouping benchmark (issue #13): ten years of synthetic seizure reports grouped from scratch,
then one night of new reports grouped incrementally on top.

The generated database has 150,000 facts by default: seizures at some 40 ports in 20 countries over
2016-2025 (the big ports take most), each reported by one to seven outlets in several languages,
with the figures real reports give (the official weight, a rounded one, "over N tonnes", pounds),
the find day, the publication day, the month or no date, the port or only the country, and a few
background mentions months later. About 5 % are totals. The night adds 1,000 facts published on one
day: follow-ups of recent seizures and reports of new ones.

Each phase runs in its own process (`portwatch`'s own `jobs.build_events`: read, group, write) so its
peak memory is its own. Prints JSON with full_seconds, night_seconds (wall clock) and their CPU
seconds, peak_rss_mb (the larger of the two phases), the pairwise precision and recall of the
grouping against the generated truth, and the counts. The generated reports are denser and vaguer
than real news (a dozen seizures a day, a fifth of them dated only by the publication day, a fifth
undated), so those scores are a stress figure, not the quality on real reports.

usage: python bench/events.py [--facts 150000] [--night 1000] [--keep PATH]
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
from datetime import date, timedelta
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

START = date(2016, 1, 1)
DAYS = 3653
COUNTRIES = ["NL", "BE", "ES", "DE", "FR", "IT", "PT", "GB", "US", "BR", "EC", "CO", "PA", "GR", "TR", "MA",
             "CR", "PE", "IE", "PL"]
# ports (name, locode, country), the first ones far busier: worst case for the blocks
PORTS = [(f"Port {c}{k}", f"{c}P{k:02d}", c) for k in range(2) for c in COUNTRIES]
PORT_WEIGHTS = [1 / (i + 1) ** 0.8 for i in range(len(PORTS))]
DRUGS = ["cocaine"] * 12 + ["cannabis"] * 4 + ["heroin", "methamphetamine", "captagon", "other"]
CARGO = ["bananas", "pineapples", "coffee", "soybeans", "timber", "scrap metal", "frozen fish", "avocados",
         "cocoa", "marble tiles", "furniture", "rice"]
LANGS = ["en", "en", "es", "nl", "pt", "fr", "it", "de"]


def _round(x: float, digits: int) -> float:
    if x <= 0:
        return x
    from math import floor, log10

    place = 10 ** (floor(log10(x)) - digits + 1)
    return round(x / place) * place


def _report(rnd: random.Random, s: dict, n: int, *, published: date, primary: bool = True) -> dict:
    """One outlet's fact about seizure `s`, written the way real reports differ."""
    amount = s["amount"]
    r = rnd.random()
    if s["drug"] == "captagon":
        units = int(_round(amount, 2)) if r < 0.5 else int(amount)
        qty, text = None, f"{units:,} pills"
    elif r < 0.4:
        units, qty, text = None, float(amount), f"{amount:,} kg"
    elif r < 0.65:
        units, qty = None, _round(amount, 2)
        text = f"{qty / 1000:g} tonnes" if qty >= 1000 else f"{qty:g} kilograms"
    elif r < 0.85:
        units, qty = None, _round(amount * 0.97, 1)  # "over eight tonnes"
        text = f"over {qty / 1000:g} tonnes" if qty >= 1000 else f"more than {qty:g} kilos"
    else:
        pounds = _round(amount * 2.20462, 3)
        units, qty, text = None, round(pounds / 2.20462, 3), f"{pounds:,.0f} pounds"
    d = rnd.random()
    if d < 0.45:
        when = s["found"].isoformat()
    elif d < 0.65:
        when = published.isoformat()  # the report's own day
    elif d < 0.80:
        when = s["found"].isoformat()[:7]
    else:
        when = None
    if not primary:
        when = s["found"].isoformat()
    p = rnd.random()
    port, locode, country = s["port"]
    if p >= 0.75:
        port, locode = None, None
        if p >= 0.93:
            country = None
    lang = rnd.choice(LANGS)
    return {
        "id": f"{s['n']:06d}.{n}", "drug": s["drug"], "quantity_kg": qty, "quantity_text": text, "units": units,
        "port": port, "locode": locode, "country": country, "date": when,
        "year": int(when[:4]) if when else published.year, "agencies": "[]", "kind": "event",
        "primary": int(primary), "concealment": s["cargo"] if rnd.random() < 0.5 else None,
        "origin_country": s["origin"] if rnd.random() < 0.5 else None, "evidence": text, "lang": lang,
        "published": published.isoformat() + "T09:00:00+00:00", "latitude": None, "longitude": None,
    }


def _seizure(rnd: random.Random, n: int, found: date) -> dict:
    drug = rnd.choice(DRUGS)
    mu = 13.0 if drug == "captagon" else 6.3
    return {"n": n, "drug": drug, "found": found, "port": rnd.choices(PORTS, PORT_WEIGHTS)[0],
            "amount": max(1, int(rnd.lognormvariate(mu, 1.3))), "cargo": rnd.choice(CARGO),
            "origin": rnd.choice(["EC", "CO", "BR", "PE", "PA", "CR", None])}


def _reports(rnd: random.Random, s: dict, first: int = 0, day: date | None = None) -> list[dict]:
    k = min(7, 1 + int(rnd.expovariate(1 / 2.0)))
    out = []
    for i in range(first, first + k):
        published = day or s["found"] + timedelta(days=rnd.choice([0, 1, 1, 2, 2, 3, 5, 8, 13, 20]))
        out.append(_report(rnd, s, i, published=published))
    if day is None and rnd.random() < 0.05:  # mentioned in passing months later
        later = s["found"] + timedelta(days=rnd.randint(60, 300))
        out.append(_report(rnd, s, first + k, published=later, primary=False))
    return out


def _aggregate(rnd: random.Random, n: int, published: date) -> dict:
    return {"id": f"t{n:07d}", "drug": rnd.choice(DRUGS[:16]), "quantity_kg": float(rnd.randint(5, 90) * 1000),
            "quantity_text": "tonnes in a year", "units": None, "port": None, "locode": None,
            "country": rnd.choice(COUNTRIES), "date": str(published.year - 1), "year": published.year - 1,
            "agencies": "[]", "kind": "aggregate", "primary": 0, "concealment": None, "origin_country": None,
            "evidence": "a yearly total", "lang": "en", "published": published.isoformat() + "T09:00:00+00:00",
            "latitude": None, "longitude": None}


def _insert(conn, facts: list[dict]) -> None:
    articles = []
    for f in facts:
        aid = "a" + f["id"]
        f.update({"article_id": aid, "seq": 0, "extractor_version": "bench", "url": f"https://news.example/{aid}",
                  "created": f["published"]})
        articles.append({"id": aid, "url": f["url"], "canonical_url": f["url"], "source_id": "bench", "title": aid,
                         "text": f["evidence"], "published": f["published"], "lang": f["lang"],
                         "fetched_at": f["published"], "facts_version": "bench", "relevant": 1})
    conn["articles"].insert_all(articles, batch_size=5000)
    conn["facts"].insert_all(facts, batch_size=5000)


def build(path: Path, n_facts: int, seed: int = 13) -> int:
    """Ten years of reports; returns the number of seizures generated."""
    import db

    rnd = random.Random(seed)
    conn = db.open_db(path)
    conn.conn.execute("PRAGMA synchronous = OFF")
    n = made = 0
    batch: list[dict] = []
    per_day = n_facts / DAYS
    while made < n_facts:
        found = START + timedelta(days=int(made / per_day))
        if rnd.random() < 0.05:
            new = [_aggregate(rnd, made, found)]
        else:
            new = _reports(rnd, _seizure(rnd, n, found))
            n += 1
        batch += new
        made += len(new)
        if len(batch) >= 5000:
            _insert(conn, batch)
            batch = []
    if batch:
        _insert(conn, batch)
    conn.conn.execute("ANALYZE")
    conn.close()
    return n


def night(path: Path, n_facts: int, seizures: int, seed: int = 14) -> None:
    """One night: follow-ups of the last three weeks' seizures and reports of new ones, one day's news."""
    import db

    rnd = random.Random(seed)
    conn = db.open_db(path)
    day = START + timedelta(days=DAYS)  # the night after ten years
    recent = [r[0] for r in conn.execute(
        "SELECT DISTINCT substr(id, 1, 6) FROM facts WHERE kind = 'event' AND \"primary\" = 1 AND published >= ? "
        "AND published < ?", [(day - timedelta(days=21)).isoformat(), day.isoformat()])]
    facts: list[dict] = []
    rnd.shuffle(recent)
    for sid in recent:
        if len(facts) >= n_facts * 0.3:
            break
        row = conn.execute("SELECT drug, quantity_kg, units, locode, port, country, date, concealment, origin_country "
                           "FROM facts WHERE id LIKE ? AND locode IS NOT NULL AND date LIKE '____-__-__' "
                           "ORDER BY quantity_text LIKE '%kg' DESC LIMIT 1", [sid + ".%"]).fetchone()
        if row is None:
            continue
        drug, qty, units, locode, port, country, when, cargo, origin = row
        amount = int(units if qty is None else qty)
        s = {"n": int(sid), "drug": drug, "found": date.fromisoformat(when), "port": (port, locode, country),
             "amount": amount, "cargo": cargo, "origin": origin}
        facts.append(_report(rnd, s, 50, published=day))
    n = seizures
    while len(facts) < n_facts:
        s = _seizure(rnd, n, day - timedelta(days=rnd.choice([0, 1, 1, 2])))
        facts += _reports(rnd, s, day=day)
        n += 1
    _insert(conn, facts[:n_facts])
    conn.close()


def phase(path: str, which: str) -> None:
    """Run one grouping in this process and print its figures."""
    import resource
    import time

    from portwatch import jobs

    start, cpu = time.perf_counter(), time.process_time()
    counts = jobs.build_events(path, full=which == "full")
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": round(seconds, 2), "cpu_seconds": round(cpu, 2), "peak_rss_mb": round(rss, 1),
                      **counts}))


def quality(path: Path) -> dict:
    """Pairwise precision and recall of the events against the generated seizures."""
    import db

    conn = db.open_db(path)
    rows = conn.execute("SELECT id, event_id FROM facts WHERE kind = 'event'").fetchall()
    conn.close()
    by_truth: dict[str, list[str]] = {}
    for fid, eid in rows:
        by_truth.setdefault(fid.split(".")[0], []).append(eid)
    by_event: dict[str, int] = {}
    for eid in (e for _, e in rows):
        by_event[eid] = by_event.get(eid, 0) + 1
    pairs_truth = sum(len(v) * (len(v) - 1) // 2 for v in by_truth.values())
    pairs_pred = sum(k * (k - 1) // 2 for k in by_event.values())
    tp = sum(a == b for v in by_truth.values() for a, b in combinations(v, 2))
    return {"pairwise_precision": round(tp / pairs_pred, 4) if pairs_pred else 1.0,
            "pairwise_recall": round(tp / pairs_truth, 4) if pairs_truth else 1.0,
            "seizures": len(by_truth), "events": len(by_event)}


def _run_phase(path: Path, which: str) -> dict:
    proc = subprocess.run([sys.executable, __file__, "--phase", which, "--keep", str(path)], capture_output=True,
                          text=True, cwd=ROOT, check=False)
    if proc.returncode:
        raise SystemExit(proc.stderr[-3000:])
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--facts", type=int, default=150_000)
    ap.add_argument("--night", type=int, default=1_000)
    ap.add_argument("--keep", metavar="PATH", help="build the database at PATH (or reuse it)")
    ap.add_argument("--phase", choices=["full", "night"], help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.phase:
        phase(args.keep, args.phase)
        return
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(args.keep) if args.keep else Path(tmp) / "portwatch.db"
        if path.exists():
            raise SystemExit(f"{path} exists: pass a new path")
        seizures = build(path, args.facts)
        full = _run_phase(path, "full")
        after_full = quality(path)
        night(path, args.night, seizures)
        nightly = _run_phase(path, "night")
        after_night = quality(path)
        print(json.dumps({
            "facts": args.facts, "night_facts": args.night, "seizures": seizures,
            "full_seconds": full["seconds"], "night_seconds": nightly["seconds"],
            "full_cpu_seconds": full["cpu_seconds"], "night_cpu_seconds": nightly["cpu_seconds"],
            "peak_rss_mb": max(full["peak_rss_mb"], nightly["peak_rss_mb"]),
            "full_peak_rss_mb": full["peak_rss_mb"], "night_peak_rss_mb": nightly["peak_rss_mb"],
            "events": full["events"], "events_after_night": nightly["events"],
            "night_events_new": nightly["events_new"], "night_events_changed": nightly["events_changed"],
            "full_pairwise_precision": after_full["pairwise_precision"],
            "full_pairwise_recall": after_full["pairwise_recall"],
            "night_pairwise_precision": after_night["pairwise_precision"],
            "night_pairwise_recall": after_night["pairwise_recall"],
        }, indent=1))


if __name__ == "__main__":
    main()
