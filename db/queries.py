"""Read-only queries the crawler, the extractor and the CLI need; the only SQL besides db.writes."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from sqlite_utils import Database

from db.writes import decompress


def known_urls(db: Database) -> set[str]:
    """Every article URL already stored (original, final and canonical forms)."""
    return {row[0] for row in db.execute("SELECT url FROM article_urls")}


def attempted_urls(db: Database) -> set[str]:
    """URLs that gave no article last time (skipped or permanently failed): not fetched again."""
    return {row[0] for row in db.execute("SELECT url FROM pages WHERE outcome = 'skipped'")}


def source_validators(db: Database) -> dict[str, tuple[str | None, str | None]]:
    """ETag and Last-Modified kept per source, for conditional requests."""
    return {row[0]: (row[1], row[2]) for row in db.execute("SELECT id, etag, last_modified FROM sources")}


def robots_cache(db: Database) -> dict[str, dict[str, Any]]:
    """The robots.txt kept per origin ("scheme://host:port"): status, body, validators, when last checked."""
    return {row[0]: {"status": row[1], "body": bytes(row[2] or b""), "etag": row[3], "last_modified": row[4],
                     "checked_at": row[5]}
            for row in db.execute("SELECT origin, status, body, etag, last_modified, checked_at FROM robots_txt")}


def pending_articles(db: Database, version: str, *, everything: bool = False) -> list[str]:
    """Ids of articles whose facts were not made by extractor `version` (all of them with everything)."""
    if everything:
        sql, params = "SELECT id FROM articles ORDER BY id", []
    else:
        sql = "SELECT id FROM articles WHERE facts_version IS NULL OR facts_version != ? ORDER BY id"
        params = [version]
    return [row[0] for row in db.execute(sql, params)]


def _pending_where(version: str, everything: bool) -> tuple[str, list[Any]]:
    if everything:
        return "1", []
    return "(facts_version IS NULL OR facts_version != ?)", [version]


def count_pending_articles(db: Database, version: str, *, everything: bool = False) -> int:
    """How many articles `pending_articles` would give (for progress and ETA)."""
    where, params = _pending_where(version, everything)
    return int(db.execute(f"SELECT count(*) FROM articles WHERE {where}", params).fetchone()[0])


def iter_pending_articles(db: Database, version: str, *, everything: bool = False,
                          batch: int = 256) -> Iterator[list[tuple[str, str, str | None, str | None]]]:
    """(id, text, published, lang) of the articles to extract, in id order, `batch` at a time.

    Each batch is its own query, resuming after the last id handed out, so memory stays bounded
    however many articles are stored and writes between batches do not disturb the walk."""
    where, params = _pending_where(version, everything)
    last = ""
    while True:
        rows = db.execute(
            f"SELECT id, coalesce(text, ''), published, lang FROM articles WHERE {where} AND id > ? ORDER BY id LIMIT ?",
            [*params, last, batch],
        ).fetchall()
        if not rows:
            return
        yield [(r[0], r[1], r[2], r[3]) for r in rows]
        last = rows[-1][0]


def stale_readers(db: Database, reader_version: str) -> list[str]:
    """Ids of articles whose text was read by another version of the article reader."""
    sql = "SELECT id FROM articles WHERE reader_version IS NULL OR reader_version != ? ORDER BY id"
    return [row[0] for row in db.execute(sql, [reader_version])]


def article_for_extraction(db: Database, article_id: str) -> dict[str, Any]:
    """The fields the extractor needs for one article."""
    row = db.execute(
        "SELECT id, url, title, text, published, lang FROM articles WHERE id = ?", [article_id]
    ).fetchone()
    if row is None:
        raise KeyError(article_id)
    return dict(zip(("id", "url", "title", "text", "published", "lang"), row, strict=True))


def raw_page(db: Database, article_id: str) -> tuple[str, bytes, str | None]:
    """(url, raw body, encoding) of the page an article was read from."""
    row = db.execute(
        "SELECT articles.canonical_url, pages.body_z, pages.encoding FROM articles "
        "JOIN pages ON pages.id = articles.page_id WHERE articles.id = ?",
        [article_id],
    ).fetchone()
    if row is None:
        raise KeyError(article_id)
    return row[0], decompress(row[1]), row[2]


def facts_for_events(db: Database) -> list[dict[str, Any]]:
    """Every fact with what event grouping needs, oldest publication first."""
    rows = db.execute(
        "SELECT " + ", ".join(f'facts."{c}"' for c in EVENT_FACT_COLUMNS) + " FROM facts ORDER BY published, id"
    ).fetchall()
    return [dict(zip(EVENT_FACT_COLUMNS, r, strict=True)) for r in rows]


def sources_health(db: Database) -> list[dict[str, Any]]:
    """Catalogue entries with their last success, last error and articles found."""
    cols = ("id", "kind", "enabled", "language", "country", "last_success", "last_error_at", "last_error",
            "articles_found", "url")
    rows = db.execute("SELECT " + ", ".join(cols) + " FROM sources ORDER BY id").fetchall()
    return [dict(zip(cols, r, strict=True)) for r in rows]


def counts(db: Database) -> dict[str, int]:
    """Row counts of the main tables."""
    out = {}
    for table in ("sources", "articles", "facts", "events", "runs"):
        out[table] = db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    return out


def run_outcomes(db: Database, run_id: int) -> list[dict[str, Any]]:
    """Per-source outcomes recorded during a run."""
    cols = ("source_id", "outcome", "http_status", "reason", "links_found", "articles_new")
    rows = db.execute(
        "SELECT " + ", ".join(cols) + " FROM source_runs WHERE run_id = ? ORDER BY source_id", [run_id]
    ).fetchall()
    return [dict(zip(cols, r, strict=True)) for r in rows]


def export_rows(db: Database, table: str, since: str | None = None) -> Iterator[dict[str, Any]]:
    """Rows of facts, events or articles for export, with the source URL on facts."""
    if table == "facts":
        sql = (
            "SELECT facts.id, facts.article_id, facts.event_id, facts.drug, facts.quantity_kg, "
            "facts.quantity_text, facts.units, facts.port, facts.locode, facts.country, facts.date, "
            'facts.agencies, facts.kind, facts."primary", facts.concealment, facts.origin_country, '
            "facts.latitude, facts.longitude, facts.published, facts.url, facts.evidence, "
            "facts.extractor_version FROM facts"
        )
        where, order = "facts.published >= ?", " ORDER BY facts.published, facts.id"
    elif table == "events":
        sql = "SELECT * FROM events"
        where, order = "last_published >= ?", " ORDER BY first_published, id"
    elif table == "articles":
        sql = "SELECT id, url, canonical_url, source_id, title, published, author, lang, relevant, text FROM articles"
        where, order = "published >= ?", " ORDER BY published, id"
    else:
        raise ValueError(f"cannot export table {table!r}: choose facts, events or articles")
    params: list[Any] = []
    if since:
        sql += " WHERE " + where
        params.append(since)
    cur = db.execute(sql + order, params)
    cols = [d[0] for d in cur.description]
    for row in cur:
        rec = dict(zip(cols, row, strict=True))
        if "agencies" in rec and isinstance(rec["agencies"], str):
            rec["agencies"] = json.loads(rec["agencies"])
        if "article_ids" in rec and isinstance(rec["article_ids"], str):
            rec["article_ids"] = json.loads(rec["article_ids"])
        if "primary" in rec:
            rec["primary"] = bool(rec["primary"])
        yield rec


def resolved_links(db: Database) -> dict[str, str]:
    """Aggregator links resolved in earlier runs: link URL -> publisher URL."""
    return {row[0]: row[1] for row in db.execute("SELECT url, final_url FROM pages WHERE outcome = 'resolved'")}


# ---------------------------------------------------------------------------- event grouping (#13)
EVENT_FACT_COLUMNS = ("id", "article_id", "drug", "quantity_kg", "quantity_text", "units", "port", "locode",
                      "country", "date", "kind", "primary", "published", "latitude", "longitude", "url",
                      "concealment", "origin_country", "event_id")
_CHUNK = 500


def _fact_rows(db: Database, where: str, params: list[Any]) -> list[dict[str, Any]]:
    # by event id whatever the planner's statistics say (taken while facts had no event, they mislead)
    sql = ("SELECT " + ", ".join(f'facts."{c}"' for c in EVENT_FACT_COLUMNS)
           + " FROM facts INDEXED BY facts_event WHERE " + where)
    return [dict(zip(EVENT_FACT_COLUMNS, r, strict=True)) for r in db.execute(sql, params)]


def iter_event_facts(db: Database, batch: int = 5000) -> Iterator[dict[str, Any]]:
    """Every single-seizure fact in publication order, streamed (full regrouping)."""
    cur = db.conn.execute(
        "SELECT " + ", ".join(f'facts."{c}"' for c in EVENT_FACT_COLUMNS)
        + " FROM facts WHERE kind = 'event' ORDER BY published, id"
    )
    while rows := cur.fetchmany(batch):
        for r in rows:
            yield dict(zip(EVENT_FACT_COLUMNS, r, strict=True))


def grouping_version(db: Database) -> str | None:
    """The version of the event grouping that made the events table, None before any."""
    row = db.execute("SELECT value FROM event_grouping WHERE key = 'version'").fetchone()
    return row[0] if row else None


def ungrouped_facts(db: Database) -> list[dict[str, Any]]:
    """Single-seizure facts in no event yet: new or re-extracted since the last grouping."""
    return _fact_rows(db, "event_id IS NULL AND kind = 'event' ORDER BY published, id", [])


def candidate_events(db: Database, blocks: Iterable[tuple[str, str | None, str, str, list[str]]]) -> set[str]:
    """Ids of the events in these blocks: (drug, country, first and last publication day, find months).
    A block holds the events with a fact of the drug, published in the window, in the country or with
    none (any country when the block has none), and those with a find dated in one of the months."""
    by_drug: dict[str, list[tuple[str | None, str, str, list[str]]]] = {}
    for drug, country, first, last, months in blocks:
        by_drug.setdefault(drug, []).append((country, first, last, months))
    ids: set[str] = set()
    for drug, spans in by_drug.items():
        windows = [(country, first, last) for country, first, last, _ in spans if first <= last]
        if windows:
            lo, hi = min(w[1] for w in windows), max(w[2] for w in windows)
            for event_id, country, published in db.execute(
                "SELECT event_id, country, published FROM facts WHERE drug = ? AND published BETWEEN ? AND ? "
                "AND event_id IS NOT NULL", [drug, lo, hi]
            ):
                if event_id in ids:
                    continue
                for want, first, last in windows:
                    if (want is None or country is None or country == want) and first <= published <= last:
                        ids.add(event_id)
                        break
        for month in sorted({m for *_, months in spans for m in months}):
            ids |= {r[0] for r in db.execute(
                "SELECT DISTINCT event_id FROM facts WHERE drug = ? AND date >= ? AND date < ? AND event_id IS NOT NULL",
                [drug, month, month + "~"])}
    return ids


def event_leavers(db: Database) -> dict[str, str]:
    """Fact id -> the event it was in, for facts a re-extraction deleted since the last grouping."""
    return dict(db.execute("SELECT fact_id, event_id FROM event_leavers").fetchall())


def event_members(db: Database, event_ids: Iterable[str]) -> list[dict[str, Any]]:
    """The facts of these events."""
    ids = list(event_ids)
    out: list[dict[str, Any]] = []
    for i in range(0, len(ids), _CHUNK):
        chunk = ids[i:i + _CHUNK]
        out += _fact_rows(db, f"event_id IN ({', '.join('?' for _ in chunk)})", chunk)
    return out


def event_created(db: Database, event_ids: Iterable[str] | None = None) -> dict[str, str]:
    """When each event was first given its id."""
    if event_ids is None:
        return {r[0]: r[1] or "" for r in db.execute("SELECT id, created FROM events")}
    ids = list(event_ids)
    out: dict[str, str] = {}
    for i in range(0, len(ids), _CHUNK):
        chunk = ids[i:i + _CHUNK]
        out.update({r[0]: r[1] or "" for r in db.execute(
            f"SELECT id, created FROM events WHERE id IN ({', '.join('?' for _ in chunk)})", chunk)})
    return out


def event_id_used(db: Database, event_id: str) -> bool:
    """True when an event has, or once had, this id (ids are never given twice)."""
    return db.execute(
        "SELECT 1 FROM events WHERE id = ? UNION ALL SELECT 1 FROM event_changes WHERE event_id = ? "
        "OR other_event_id = ? LIMIT 1", [event_id, event_id, event_id]
    ).fetchone() is not None


def event_count(db: Database) -> int:
    """How many events there are."""
    return int(db.execute("SELECT count(*) FROM events").fetchone()[0])
