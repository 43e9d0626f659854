"""Glue between the packages: crawl, extract, group events and the nightly run, with a lock.

The CLI calls these; they pass plain values between crawler, nlp and db.
"""

from __future__ import annotations

import fcntl
import logging
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from multiprocessing import get_context
from pathlib import Path
from typing import Any

import db
from db import queries, writes

log = logging.getLogger("portwatch")


class AlreadyRunning(RuntimeError):
    """Another portwatch run holds the lock on this database."""


class Interrupted(RuntimeError):
    """SIGTERM or SIGINT stopped the job; what was stored stays, the run is recorded 'interrupted'."""


_STOP: dict[str, int | None] = {"signal": None}


def _interrupt(signum: int, _frame: Any) -> None:
    # the first signal asks for a stop at the next safe point (between two articles); raising here
    # could land in a finalizer, where Python ignores it. A second signal stops at once.
    if _STOP["signal"] is not None:
        raise Interrupted(f"stopped by {signal.Signals(signum).name}")
    _STOP["signal"] = signum


def check_stop() -> None:
    """Raise Interrupted when SIGTERM/SIGINT arrived since `stop_on_signals` began."""
    if _STOP["signal"] is not None:
        raise Interrupted(f"stopped by {signal.Signals(_STOP['signal']).name}")


@contextmanager
def stop_on_signals() -> Iterator[None]:
    """After SIGTERM (systemd, cron's kill) or SIGINT, `check_stop` raises Interrupted at the next safe
    point (between two articles); during a crawl Scrapy's own graceful stop takes over and the crawl
    result says it was interrupted."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    saved = {sig: signal.getsignal(sig) for sig in (signal.SIGTERM, signal.SIGINT)}
    outermost = all(handler is not _interrupt for handler in saved.values())
    if outermost:
        _STOP["signal"] = None
    for sig in saved:
        signal.signal(sig, _interrupt)
    try:
        yield
    finally:
        for sig, handler in saved.items():
            signal.signal(sig, handler)


@contextmanager
def run_lock(db_path: str) -> Iterator[None]:
    """An exclusive, non-blocking lock beside the database; released when the process ends."""
    lock_path = f"{db_path}.lock"
    fh = open(lock_path, "a+")
    try:
        fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError as exc:
        fh.seek(0)
        holder = fh.read().strip()
        fh.close()
        raise AlreadyRunning(f"another portwatch run is using {db_path} ({holder or 'pid unknown'}); "
                             f"lock file {lock_path}") from exc
    fh.seek(0)
    fh.truncate()
    fh.write(f"pid {os.getpid()}")
    fh.flush()
    try:
        yield
    finally:
        fcntl.flock(fh, fcntl.LOCK_UN)
        fh.close()


# ---------------------------------------------------------------------------- crawl
@dataclass
class CrawlSummary:
    """What a crawl did."""

    sources: int
    articles_new: int
    duplicates: int
    skipped: int
    failed_sources: list[dict[str, Any]] = field(default_factory=list)
    interrupted: bool = False
    run_id: int | None = None

    @property
    def outcome(self) -> str:
        """interrupted, partial (some sources failed) or ok."""
        return "interrupted" if self.interrupted else "partial" if self.failed_sources else "ok"


def crawl(db_path: str, *, sources_path: str | None, allow_hosts: list[str], only: list[str] | None = None,
          run_id: int | None = None, settings: dict[str, Any] | None = None) -> CrawlSummary:
    """Fetch every enabled source and store new articles; one Scrapy process.

    Without a `run_id` (the `crawl` command) the crawl gets its own run record, so that failed
    sources and an interruption are known and recorded as for `run`."""
    from crawler.run import crawl_settings, run_crawl, select_sources

    sources = select_sources(sources_path, only)
    database = db.open_db(db_path)
    writes.sync_sources(database, [s.as_row() for s in sources])
    own_run = run_id is None
    if own_run:
        run_id = writes.start_run(database, "crawl")
    database.close()
    summary = None
    outcome = "interrupted"
    try:
        with stop_on_signals():
            s = crawl_settings(db_path, sources, sources_path=sources_path, allow_hosts=allow_hosts,
                               run_id=run_id, overrides=settings)
            result = run_crawl(db_path, sources, s)
        database = db.open_db(db_path)
        failed = queries.run_outcomes(database, run_id) if run_id else []
        database.close()
        summary = CrawlSummary(
            sources=len(sources),
            articles_new=result.get("articles/new"),
            duplicates=result.get("articles/duplicate"),
            skipped=result.get("pages/skipped") + result.get("pages/error"),
            failed_sources=[o for o in failed if o["outcome"] == "error"],
            interrupted=result.interrupted,
            run_id=run_id,
        )
        outcome = summary.outcome
    except BaseException:
        outcome = "interrupted" if sys.exc_info()[0] in (Interrupted, KeyboardInterrupt) else "error"
        raise
    finally:
        if own_run and run_id:
            database = db.open_db(db_path)
            writes.finish_run(database, run_id, outcome, articles_new=summary.articles_new if summary else 0,
                              sources_failed=len(summary.failed_sources) if summary else None)
            database.close()
    return summary


# ---------------------------------------------------------------------------- extract
_EXTRACTOR = None
EXTRACT_BATCH = 256


def _init_worker() -> None:
    global _EXTRACTOR
    from nlp import Extractor

    _EXTRACTOR = Extractor()


def _init_pool_worker() -> None:
    # the parent decides about SIGTERM/SIGINT; a pool worker just ends when told to
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _init_worker()


def _extract_one(item: tuple[str, str, Any, str | None]) -> tuple[str, str | None, list[dict[str, Any]], str | None]:
    """(article id, language, facts, None), or (article id, None, [], reason) when this article failed.
    The language the reader stored (declared by the page or feed) is passed on, never re-guessed."""
    article_id, text, published, lang = item
    assert _EXTRACTOR is not None
    try:
        result = _EXTRACTOR.extract(text or "", published=published, lang=lang)
    except Interrupted:
        raise  # SIGTERM/SIGINT stops the job; it is no fault of this article
    except Exception as exc:  # noqa: BLE001 - one article's failure is recorded against it; the rest go on
        return article_id, None, [], f"{type(exc).__name__}: {exc}"[:1000]
    return article_id, result.lang, [f.as_dict() for f in result.facts], None


def extract(db_path: str, *, everything: bool = False, workers: int = 1,
            progress: Callable[[int, int], None] | None = None) -> dict[str, int]:
    """Extract facts for articles not yet done by this extractor version; returns counts."""
    import nlp

    database = db.open_db(db_path)
    _refresh_readers(database)
    # articles stream in batches read by key (bounded memory however many are stored); an extractor
    # is loaded only when there is something to extract, so a quiet night loads no language model
    total = queries.count_pending_articles(database, nlp.VERSION, everything=everything)
    batches = queries.iter_pending_articles(database, nlp.VERSION, everything=everything, batch=EXTRACT_BATCH)
    done = facts = failed = 0
    for article_id, lang, rows, error in _extracted(batches, workers if total > 1 else 1) if total else ():
        if error:
            log.warning("extraction failed for article %s: %s", article_id, error)
            writes.record_extract_error(database, article_id, nlp.VERSION, error)
            failed += 1
        else:
            facts += writes.replace_facts(database, article_id, rows, nlp.VERSION, lang=lang)
        done += 1
        if progress:
            progress(done, total)
        check_stop()
    database.close()
    return {"articles": done, "facts": facts, "failed": failed}


def _extracted(batches: Iterator[list[tuple[str, str, Any, str | None]]],
               workers: int) -> Iterator[tuple[str, str | None, list[dict[str, Any]], str | None]]:
    """(article id, language, facts, error) for each (id, text, published, lang) of each batch, in this
    process or in a pool; a batch is read only when the one before has been handed out."""
    if workers <= 1:
        _init_worker()
        for batch in batches:
            yield from map(_extract_one, batch)
        return
    ctx = get_context("fork" if sys.platform != "win32" else "spawn")
    with ctx.Pool(workers, initializer=_init_pool_worker) as pool:
        # texts are read here (SQLite connections stay in their thread); each article's facts come
        # back as soon as a worker has them
        for batch in batches:
            yield from pool.imap(_extract_one, batch, chunksize=4)


def _refresh_readers(database) -> int:
    """Re-read stored pages whose text came from an older article reader (no refetch)."""
    from crawler.article import READER_VERSION, read_article
    from crawler.encoding import decode_page

    stale = queries.stale_readers(database, READER_VERSION)
    for article_id in stale:
        url, body, encoding = queries.raw_page(database, article_id)
        html, _ = decode_page(body, None, encoding)  # the stored charset only when the bytes fit it
        article = read_article(html, url)
        if not article.get("text"):
            # the newer reader found nothing where the older one read a text: keep what we have
            old = queries.article_for_extraction(database, article_id)
            article["text"] = old["text"]
            article["title"] = article.get("title") or old["title"]
        writes.update_article_text(database, article_id, article)
    return len(stale)


def build_events(db_path: str, *, full: bool = False) -> dict[str, int]:
    """Group facts into events. Nightly, only facts in no event yet are weighed, against the events
    of their block, so a night costs the same after ten years; everything is regrouped (ids carried
    over, changes recorded) with `full` or when the grouping changed since the events were made."""
    from nlp import events as grouping

    database = db.open_db(db_path)
    try:
        def taken(event_id: str) -> bool:
            return queries.event_id_used(database, event_id)

        if full or queries.grouping_version(database) != grouping.GROUPING_VERSION:
            before = queries.event_created(database)
            plan = grouping.regroup((), queries.iter_event_facts(database), created=before, taken=taken,
                                    known=before, leavers=queries.event_leavers(database))
        else:
            new = queries.ungrouped_facts(database)
            leavers = queries.event_leavers(database)
            if not new and not leavers:
                return {"events": queries.event_count(database), "events_new": 0, "events_changed": 0}
            shrunk = set(leavers.values())
            candidates = shrunk | queries.candidate_events(database, grouping.blocks_of(new))
            plan = grouping.regroup(queries.event_members(database, candidates), new,
                                    created=queries.event_created(database, candidates), taken=taken, known=shrunk,
                                    leavers=leavers)
        writes.apply_events(database, plan.events, plan.moves, plan.removed, plan.changes, grouping.GROUPING_VERSION)
        return {"events": queries.event_count(database), "events_new": plan.created, "events_changed": len(plan.events)}
    finally:
        database.close()


# ---------------------------------------------------------------------------- run
@dataclass
class RunSummary:
    """What a nightly run did."""

    run_id: int
    outcome: str
    crawl: CrawlSummary | None
    extracted: dict[str, int]
    events: dict[str, int]


def nightly(db_path: str, *, sources_path: str | None, allow_hosts: list[str], workers: int = 1,
            only: list[str] | None = None, settings: dict[str, Any] | None = None,
            progress: Callable[[int, int], None] | None = None) -> RunSummary:
    """Crawl, extract, group events, under the run lock, with a run record.

    SIGTERM/SIGINT end the crawl cleanly (Scrapy's graceful stop) or stop extraction between two
    articles; the run is then recorded 'interrupted' and what was stored stays for the next run."""
    with run_lock(db_path), stop_on_signals():
        database = db.open_db(db_path)
        stale = writes.close_stale_runs(database)
        if stale:
            log.warning("%d earlier run(s) were interrupted; carrying on from what they stored", stale)
        run_id = writes.start_run(database, "run")
        database.close()
        outcome = "error"
        summary = None
        extracted: dict[str, int] = {}
        events: dict[str, int] = {}
        try:
            summary = crawl(db_path, sources_path=sources_path, allow_hosts=allow_hosts, only=only, run_id=run_id,
                            settings=settings)
            if summary.interrupted:
                outcome = "interrupted"  # articles stored so far are extracted by the next run
            else:
                check_stop()
                extracted = extract(db_path, workers=workers, progress=progress)
                check_stop()
                events = build_events(db_path)
                outcome = "partial" if summary.outcome == "ok" and extracted.get("failed") else summary.outcome
        except (Interrupted, KeyboardInterrupt):
            outcome = "interrupted"
            raise
        finally:
            database = db.open_db(db_path)
            writes.finish_run(
                database, run_id, outcome,
                articles_new=summary.articles_new if summary else 0,
                facts_new=extracted.get("facts", 0),
                events_new=events.get("events_new", 0),
                sources_failed=len(summary.failed_sources) if summary else None,
            )
            if outcome in ("ok", "partial") and (extracted.get("articles") or summary and summary.articles_new):
                writes.refresh_statistics(database)  # the planner's view of grown tables, for Datasette
            database.close()
        return RunSummary(run_id, outcome, summary, extracted, events)


def default_db_path() -> str:
    """portwatch.db in the working directory."""
    return str(Path.cwd() / "portwatch.db")
