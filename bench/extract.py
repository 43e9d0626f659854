"""Extraction benchmark (issue #4): words/s and articles/s of the portwatch fact pipeline on one
core and with 2 worker processes, against the stock English spaCy model's full pipeline
(tagger, parser, NER, lemmatizer) on the same texts, in the same run.

Texts: the shared dev corpus (120 documents in 7 languages, read by portwatch's article reader),
repeated --repeat times. Medians of --rounds timings. The one-core rounds of portwatch and of the stock model
alternate, so that load from other processes on a shared machine falls on both alike; their ratio is also given
in process CPU time, which such load disturbs less than wall time.

usage: python bench/extract.py [--repeat 5] [--rounds 3]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from multiprocessing import get_context
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

_EX = None


def _init() -> None:
    global _EX
    from nlp import Extractor

    _EX = Extractor()
    _EX.extract("Customs seized 1 tonne of cocaine at the port of Rotterdam.", published="2025-01-01")  # warm up


def _one(item: tuple[str, str | None]) -> int:
    assert _EX is not None
    return len(_EX.extract(item[0], published=item[1]).facts)


def load_texts(corpus: Path, repeat: int) -> list[tuple[str, str | None]]:
    from portwatch.files import read_document

    docs = sorted(list(corpus.glob("a*.html")) + list(corpus.glob("t*.txt")))
    texts = [(d["text"], d["published"]) for d in (read_document(p) for p in docs)]
    return texts * repeat


def timed(fn, rounds: int) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def timed_pair(fa, fb, rounds: int) -> tuple[float, float, float, float]:
    """Median wall and CPU seconds of `fa` and `fb`, their rounds alternating: (wall a, wall b, cpu a, cpu b)."""
    walls: tuple[list[float], list[float]] = ([], [])
    cpus: tuple[list[float], list[float]] = ([], [])
    for _ in range(rounds):
        for i, fn in enumerate((fa, fb)):
            wall, cpu = time.perf_counter(), time.process_time()
            fn()
            cpus[i].append(time.process_time() - cpu)
            walls[i].append(time.perf_counter() - wall)
    return (statistics.median(walls[0]), statistics.median(walls[1]), statistics.median(cpus[0]),
            statistics.median(cpus[1]))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus" / "dev"))
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    texts = load_texts(Path(args.corpus), args.repeat)
    words = sum(len(t.split()) for t, _ in texts)

    ctx = get_context("fork")
    with ctx.Pool(2, initializer=_init) as pool:
        pool.map(_one, texts[:4])  # start both workers
        two = timed(lambda: pool.map(_one, texts, chunksize=8), args.rounds)

    import spacy

    from nlp.pipeline import english_model

    _init()
    stock = spacy.load(english_model() or "en_core_web_sm")
    list(stock.pipe(["warm up"]))
    one_core, stock_time, one_core_cpu, stock_cpu = timed_pair(
        lambda: [_one(t) for t in texts], lambda: list(stock.pipe((t for t, _ in texts), batch_size=32)), args.rounds)

    def rate(seconds: float) -> dict[str, float]:
        return {"articles_per_s": round(len(texts) / seconds, 1), "words_per_s": round(words / seconds)}

    report = {
        "articles": len(texts),
        "words": words,
        "portwatch_1_core": rate(one_core),
        "portwatch_2_workers": rate(two),
        "stock_en_core_web_sm_full": {**rate(stock_time), "pipes": stock.pipe_names},
        "speedup_1_core_vs_stock": round(stock_time / one_core, 2),
        "speedup_1_core_vs_stock_cpu": round(stock_cpu / one_core_cpu, 2),
        "speedup_2_workers_vs_1_core": round(one_core / two, 2),
    }
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
