"""`portwatch extract --all` over a large store (issue #13, item 5): time, progress lines with their
ETA, and memory (resident set of the command and its workers, sampled every half second, and the
peak) while it re-extracts every stored article in batches.

Articles: the shared dev corpus (read by portwatch's article reader), stored --stored times over
in rotation, each under its own URL. The database is built once and kept with --keep.

With --seconds the command is stopped by SIGTERM after that long (it stops between two articles
and says so): memory and the ETA over the whole store are seen without waiting for all of it.

usage: python bench/extract_all.py [--stored 100000] [--workers 1] [--keep PATH] [--seconds S]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def build(path: Path, corpus: Path, stored: int) -> None:
    import db
    from crawler.article import READER_VERSION
    from portwatch.files import read_document

    docs = [read_document(p) for p in sorted(list(corpus.glob("a*.html")) + list(corpus.glob("t*.txt")))]
    conn = db.open_db(path)
    conn.conn.execute("PRAGMA synchronous = OFF")
    batch = []
    for i in range(stored):
        doc = docs[i % len(docs)]
        url = f"https://news{i % 97}.example/{i}"
        batch.append({"id": f"a{i:07d}", "url": url, "canonical_url": url, "source_id": f"src{i % 60}",
                      "title": (doc.get("title") or "")[:200], "text": doc["text"], "published": doc["published"],
                      "fetched_at": "2025-01-01T00:00:00+00:00", "reader_version": READER_VERSION})
        if len(batch) == 5000:
            conn["articles"].insert_all(batch)
            batch = []
    if batch:
        conn["articles"].insert_all(batch)
    conn.close()


def rss_kib(pid: int) -> int:
    """Resident set of a process and all its descendants, in KiB (0 once it has ended)."""
    total = 0
    try:
        with open(f"/proc/{pid}/status") as fh:
            total += next((int(line.split()[1]) for line in fh if line.startswith("VmRSS:")), 0)
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children") as fh:
                total += sum(rss_kib(int(child)) for child in fh.read().split())
    except (OSError, ValueError):
        pass
    return total


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--stored", type=int, default=100_000)
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus" / "dev"))
    ap.add_argument("--keep", metavar="PATH", help="build the database at PATH, or reuse it if it exists")
    ap.add_argument("--seconds", type=float, help="stop the command with SIGTERM after this many seconds")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(args.keep) if args.keep else Path(tmp) / "portwatch.db"
        start = time.perf_counter()
        if not path.exists():
            build(path, Path(args.corpus), args.stored)
        built = time.perf_counter() - start

        start = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-m", "portwatch", "extract", "--all", "--db", str(path),
                                 "--workers", str(args.workers)], cwd=ROOT, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True)
        samples: list[tuple[float, int]] = []
        progress: list[dict[str, object]] = []

        def sample() -> None:
            while proc.poll() is None:
                elapsed = time.perf_counter() - start
                samples.append((elapsed, rss_kib(proc.pid)))
                if args.seconds and elapsed > args.seconds:
                    proc.terminate()
                    return
                time.sleep(0.5)

        def read_progress() -> None:
            assert proc.stderr is not None
            for line in proc.stderr:
                m = re.search(r"extracting: (\d+)/(\d+) \((\d+)%\)(?:, ([\d.]+)/s, ETA (\S+))?", line)
                if m:
                    rss = samples[-1][1] if samples else 0
                    progress.append({"done": int(m[1]), "total": int(m[2]), "rate": m[4] and float(m[4]),
                                     "eta": m[5], "seconds": round(time.perf_counter() - start, 1),
                                     "rss_mb": round(rss / 1024, 1)})
                    print(json.dumps(progress[-1]), file=sys.stderr, flush=True)

        threads = [threading.Thread(target=sample, daemon=True), threading.Thread(target=read_progress, daemon=True)]
        for t in threads:
            t.start()
        assert proc.stdout is not None
        out = proc.stdout.read()
        proc.wait()
        for t in threads:
            t.join(timeout=5)
        seconds = time.perf_counter() - start
    peak_child_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    rss = [kib for _, kib in samples if kib]
    report = {
        "stored": args.stored, "workers": args.workers, "build_seconds": round(built, 1),
        "returncode": proc.returncode, "seconds": round(seconds, 1),
        "stopped_after_seconds": args.seconds,
        "articles_done": progress[-1]["done"] if progress else 0,
        "peak_rss_mb": round(max(rss, default=0) / 1024, 1),
        "peak_rss_largest_process_mb": round(peak_child_kib / 1024, 1),
        "rss_mb_at_10_50_90_percent_of_time": [round(rss[int(f * (len(rss) - 1))] / 1024, 1) for f in (0.1, 0.5, 0.9)]
        if rss else None,
        "progress_lines": len(progress), "progress_with_eta": sum(1 for p in progress if p["eta"]),
        "last_progress": progress[-1] if progress else None,
        "output": out.strip(),
    }
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
