"""Query benchmark (issue #5): a generated database of 100,000 articles and 150,000 facts served by a
running `portwatch serve`; p50 and p95 latency of 20 typical analyst requests (searches, facet
pages, canned queries, CSV), each requested --rounds times over HTTP on 127.0.0.1. Also the first
(cold) request of each URL and the server's CPU time per request, which other load on the machine
does not inflate as it does wall-clock latency.

usage: python bench/query.py [--articles 100000] [--facts 150000] [--rounds 10]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DRUGS = ["cocaine"] * 6 + ["cannabis"] * 2 + ["heroin", "methamphetamine", "mdma", "captagon", "other"]
PORTS = [("Antwerp", "BEANR", "BE", 51.2, 4.4), ("Rotterdam", "NLRTM", "NL", 51.9, 4.5), ("Hamburg", "DEHAM", "DE", 53.5, 9.9),
         ("Algeciras", "ESALG", "ES", 36.1, -5.4), ("Valencia", "ESVLC", "ES", 39.4, -0.3), ("Le Havre", "FRLEH", "FR", 49.5, 0.1),
         ("Santos", "BRSSZ", "BR", -23.9, -46.3), ("Guayaquil", "ECGYE", "EC", -2.2, -79.9), ("Gioia Tauro", "ITGIT", "IT", 38.4, 15.9),
         (None, None, "US", None, None)]
WORDS = ("customs police port container bananas cocaine seized hidden terminal shipment officers investigation "
         "smuggling cargo reefer pineapples coffee scanner dockers arrested gang network border vessel").split()

QUERIES = [
    "/portwatch/facts",
    "/portwatch/facts?drug=cocaine",
    "/portwatch/facts?port=Antwerp&year=2024",
    "/portwatch/facts?country=ES&kind=event",
    "/portwatch/facts?_search=bananas",
    "/portwatch/facts?_search=reefer+pineapples&drug=cocaine",
    "/portwatch/facts?quantity_kg__gte=1000&drug=cocaine",
    "/portwatch/facts.json?_facet=drug&_facet=port&_size=0",
    "/portwatch/facts.csv?drug=heroin&_size=100",
    "/portwatch/articles?_search=cocaine+seized",
    "/portwatch/articles?_search=scanner",
    "/portwatch/articles?lang=es",
    "/portwatch/articles.json?_search=dockers+arrested&_shape=objects",
    "/portwatch/events",
    "/portwatch/events?drug=cocaine&port=Rotterdam",
    "/portwatch/largest_seizures",
    "/portwatch/tonnes_by_port_year",
    "/portwatch/tonnes_by_drug_year",
    "/portwatch/new_seizures_feed.atom?drug=cocaine&min_kg=500",
    "/portwatch/source_health",
]


def build(path: Path, n_articles: int, n_facts: int) -> None:
    import db
    from nlp.events import group_events

    rnd = random.Random(7)
    # a Zipf-like vocabulary: common filler words, rarer topic words, as in real news text
    filler = [f"w{k}" for k in range(5000)]
    weights = [1 / (k + 1) for k in range(len(filler))]

    def words(n: int) -> str:
        out = rnd.choices(filler, weights, k=n)
        for w in WORDS:
            if rnd.random() < 0.08:
                out[rnd.randrange(n)] = w
        return " ".join(out)

    conn = db.open_db(path)
    conn.conn.execute("PRAGMA synchronous = OFF")
    articles = []
    for i in range(n_articles):
        text = words(rnd.randint(80, 300))
        published = f"20{rnd.randint(18, 25)}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}"
        articles.append({"id": f"a{i:07d}", "url": f"https://news{i % 97}.example/{i}", "canonical_url": f"https://news{i % 97}.example/{i}",
                         "source_id": f"src{i % 60}", "title": f"Seizure report {i}", "text": text, "published": published,
                         "lang": rnd.choice(["en", "en", "es", "nl", "pt", "fr", "it", "de"]), "fetched_at": published,
                         "facts_version": "bench", "relevant": 1})
    conn["articles"].insert_all(articles, batch_size=5000)
    facts = []
    for j in range(n_facts):
        art = articles[rnd.randrange(n_articles)]
        port, locode, country, lat, lon = rnd.choice(PORTS)
        kg = round(rnd.lognormvariate(6, 1.5), 1)
        year = int(art["published"][:4])
        facts.append({"id": f"f{j:07d}", "article_id": art["id"], "seq": j % 5, "extractor_version": "bench",
                      "drug": rnd.choice(DRUGS), "quantity_kg": kg, "quantity_text": f"{kg} kg", "port": port,
                      "locode": locode, "country": country, "date": art["published"], "year": year, "agencies": "[]",
                      "kind": "event" if rnd.random() < 0.8 else "aggregate", "primary": int(rnd.random() < 0.7),
                      "evidence": words(25), "latitude": lat, "longitude": lon,
                      "url": art["url"], "published": art["published"], "lang": art["lang"], "created": art["published"]})
    conn["facts"].insert_all(facts, batch_size=5000)
    conn.close()
    conn = db.open_db(path)  # migrations (indexes) apply to the loaded data too
    from db import queries, writes

    events, assignment = group_events(queries.facts_for_events(conn)[:20000])
    writes.replace_events(conn, events, assignment)
    conn.conn.execute("ANALYZE")
    conn.close()


def fetch(url: str) -> float:
    start = time.perf_counter()
    with urllib.request.urlopen(url, timeout=60) as resp:
        resp.read()
    return (time.perf_counter() - start) * 1000


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far (load on the machine does not inflate it)."""
    with open(f"/proc/{pid}/stat") as fh:
        fields = fh.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=100_000)
    ap.add_argument("--facts", type=int, default=150_000)
    ap.add_argument("--rounds", type=int, default=10)
    ap.add_argument("--port", type=int, default=8765)
    ap.add_argument("--keep", metavar="PATH", help="build the database at PATH, or reuse it if it exists "
                    "(Datasette names it by its stem: the URLs are rewritten to match)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(args.keep) if args.keep else Path(tmp) / "portwatch.db"
        start = time.perf_counter()
        if not path.exists():
            build(path, args.articles, args.facts)
        built = time.perf_counter() - start
        server = subprocess.Popen([sys.executable, "-m", "portwatch", "serve", "--db", str(path), "--port", str(args.port)],
                                  cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        base = f"http://127.0.0.1:{args.port}"
        try:
            for _ in range(100):
                try:
                    fetch(base + "/-/versions.json")
                    break
                except OSError:
                    time.sleep(0.2)
            per_query = {}
            first = {}
            server_cpu = {}
            for q in QUERIES:
                url = base + q.replace("/portwatch/", f"/{path.stem}/", 1)
                first[q] = fetch(url)  # the first request warms the page cache (and portwatch's counts)
                cpu = cpu_seconds(server.pid)
                per_query[q] = [fetch(url) for _ in range(args.rounds)]
                server_cpu[q] = (cpu_seconds(server.pid) - cpu) * 1000 / args.rounds
        finally:
            server.terminate()
            server.wait()
    every = sorted(t for ts in per_query.values() for t in ts)
    report = {
        "articles": args.articles, "facts": args.facts, "build_seconds": round(built, 1),
        "requests": len(every),
        "p50_ms": round(statistics.median(every), 1),
        "p95_ms": round(every[int(0.95 * (len(every) - 1))], 1),
        "slowest_by_median_ms": dict(sorted(((q, round(statistics.median(ts), 1)) for q, ts in per_query.items()),
                                            key=lambda kv: -kv[1])[:5]),
        "median_ms_by_url": {q: round(statistics.median(ts), 1) for q, ts in per_query.items()},
        "first_request_ms_by_url": {q: round(ms, 1) for q, ms in first.items()},
        "first_request_p95_ms": round(sorted(first.values())[int(0.95 * (len(first) - 1))], 1),
        "server_cpu_ms_per_request_by_url": {q: round(ms, 1) for q, ms in server_cpu.items()},
        "load_average": os.getloadavg()[0],
    }
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
