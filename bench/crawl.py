"""Crawl benchmark (issue #3): a local replay site of N article pages, crawled by the real engine.

Measures, in one run, pages per second and peak memory (max RSS of the crawl process) for
  1. crawl + article reading (title, text, date with trafilatura) into an empty database
  2. crawl alone (raw pages stored, reading deferred)
Politeness is relaxed for the local host (16 concurrent requests, no delay, no AutoThrottle): the
figure is the engine's and the pipeline's throughput, not a politeness budget.

usage: python bench/crawl.py [--pages 2000]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PARA = ("Customs officers at the port of {port} seized {kg} kg of cocaine hidden in a container of {cargo} on "
        "{day}, the authorities said. The container had arrived from {origin} and was selected for inspection "
        "after a risk analysis of its paperwork. ")
FILLER = ("Port officials said controls at the terminals had been tightened this year and that more scanners "
          "would be installed. The investigation continues, and no arrests have been made so far. ")


def make_site(root: Path, pages: int) -> None:
    ports = ["Rotterdam", "Antwerp", "Hamburg", "Valencia", "Algeciras", "Le Havre", "Genoa", "Santos"]
    cargo = ["bananas", "pineapples", "coffee beans", "frozen shrimp", "scrap metal"]
    (root / "news").mkdir(parents=True)
    for i in range(pages):
        body = PARA.format(port=ports[i % 8], kg=100 + i, cargo=cargo[i % 5], day="Monday", origin="Ecuador")
        html = (f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Seizure {i}</title>"
                f"<meta property='article:published_time' content='2025-{1 + i % 12:02d}-{1 + i % 28:02d}T08:00:00+00:00'>"
                f"<link rel='canonical' href='{{base}}/news/{i}.html'></head><body><nav>"
                + "".join(f"<a href='/section/{k}'>Section {k}</a>" for k in range(20))
                + f"</nav><article><h1>Seizure {i}</h1><p>{body}</p>" + "".join(f"<p>{FILLER}</p>" for _ in range(6))
                + "</article><aside class='related'>Related: other seizures</aside><footer>footer</footer></body></html>")
        (root / "news" / f"{i}.html").write_text(html, encoding="utf-8")
    per_feed = 500
    for f in range(0, pages, per_feed):
        items = "".join(f"<item><title>{i}</title><link>{{base}}/news/{i}.html</link></item>"
                        for i in range(f, min(pages, f + per_feed)))
        (root / f"feed{f // per_feed}.xml").write_text(
            f"<?xml version='1.0'?><rss version='2.0'><channel><title>f</title>{items}</channel></rss>", encoding="utf-8")
    (root / "robots.txt").write_text("User-agent: *\nAllow: /\n", encoding="utf-8")


def child(db: str, sources: str, read: bool) -> None:
    from crawler.run import crawl_settings, run_crawl, select_sources

    srcs = select_sources(sources)
    settings = crawl_settings(db, srcs, sources_path=sources, allow_hosts=["127.0.0.1"], run_id=None, overrides={
        "CONCURRENT_REQUESTS": 32, "CONCURRENT_REQUESTS_PER_DOMAIN": 16, "DOWNLOAD_DELAY": 0,
        "AUTOTHROTTLE_ENABLED": False, "LOG_LEVEL": "WARNING", "PORTWATCH_READ_ARTICLES": read})
    start = time.perf_counter()
    result = run_crawl(db, srcs, settings)
    elapsed = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"articles": result.get("articles/new"), "seconds": elapsed, "peak_mb": peak_mb}))


def run_once(site_url: str, tmp: Path, read: bool) -> dict:
    import yaml

    db = tmp / f"bench-{'read' if read else 'raw'}.db"
    sources = tmp / "sources.yaml"
    feeds = sorted(p.name for p in (tmp / "site").glob("feed*.xml"))
    sources.write_text(yaml.safe_dump({"sources": [
        {"name": f"bench-{i}", "kind": "rss", "url": f"{site_url}/{name}", "language": "en", "country": "NL",
         "agency": "bench"} for i, name in enumerate(feeds)]}), encoding="utf-8")
    out = subprocess.run([sys.executable, __file__, "--child", str(db), str(sources), "1" if read else "0"],
                         capture_output=True, text=True, cwd=ROOT)
    if out.returncode != 0:
        raise SystemExit(out.stderr[-3000:])
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=2000)
    ap.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.child[0], args.child[1], args.child[2] == "1")
        return
    with tempfile.TemporaryDirectory() as tmpdir:
        tmp = Path(tmpdir)
        make_site(tmp / "site", args.pages)
        # the replay site runs in its own process, as a real site would not share the crawler's CPU time
        server = subprocess.Popen([sys.executable, "-m", "portwatch.replay", str(tmp / "site")], cwd=ROOT,
                                  stdout=subprocess.PIPE, text=True)
        try:
            assert server.stdout is not None
            url = server.stdout.readline().strip()
            raw = run_once(url, tmp, read=False)
            full = run_once(url, tmp, read=True)
        finally:
            server.kill()
            server.wait()
    report = {
        "pages": args.pages,
        "crawl_and_read": {"articles": full["articles"], "pages_per_s": round(full["articles"] / full["seconds"], 1),
                           "peak_rss_mb": round(full["peak_mb"], 1)},
        "crawl_only": {"articles": raw["articles"], "pages_per_s": round(raw["articles"] / raw["seconds"], 1),
                       "peak_rss_mb": round(raw["peak_mb"], 1)},
    }
    report["reading_cost_ratio"] = round(report["crawl_and_read"]["pages_per_s"] / report["crawl_only"]["pages_per_s"], 2)
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
