"""Every write portwatch makes: sources, pages, articles, facts, events and run records.

Each function is one transaction (db.transaction: all of it or nothing) and an upsert keyed by a stable id, so reruns are idempotent.
"""

from __future__ import annotations

import hashlib
import json
import zlib
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from typing import Any

from sqlite_utils import Database

from db import transaction


def now() -> str:
    """The current UTC time as an ISO 8601 string (seconds)."""
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def stable_id(*parts: str) -> str:
    """A short stable id: the first 16 hex digits of the SHA-1 of the parts."""
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


def compress(body: bytes) -> bytes:
    """Compress a raw response body for storage."""
    return zlib.compress(body, 6)


def decompress(blob: bytes | None) -> bytes:
    """Undo `compress`."""
    return zlib.decompress(blob) if blob else b""


def sync_sources(db: Database, sources: Iterable[Mapping[str, Any]]) -> None:
    """Insert or update catalogue entries, keeping their health columns."""
    with transaction(db):
        for src in sources:
            row = {k: src.get(k) for k in ("name", "kind", "url", "language", "country", "agency")}
            row["enabled"] = 1 if src.get("enabled", True) else 0
            exists = db.execute("SELECT 1 FROM sources WHERE id = ?", [src["name"]]).fetchone()
            if exists:
                db.execute(
                    "UPDATE sources SET name=?, kind=?, url=?, language=?, country=?, agency=?, enabled=? "
                    "WHERE id=?",
                    [*row.values(), src["name"]],
                )
            else:
                db.execute(
                    "INSERT INTO sources (id, name, kind, url, language, country, agency, enabled) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    [src["name"], *row.values()],
                )


def record_source_result(
    db: Database,
    source_id: str,
    *,
    outcome: str,
    run_id: int | None = None,
    http_status: int | None = None,
    reason: str | None = None,
    links_found: int | None = None,
    etag: str | None = None,
    last_modified: str | None = None,
) -> None:
    """Record how fetching a source went: `ok`, `not-modified` or `error`, with its validators."""
    at = now()
    with transaction(db):
        db.execute(
            "INSERT INTO source_runs (run_id, source_id, at, outcome, http_status, reason, links_found, "
            "articles_new) VALUES (?, ?, ?, ?, ?, ?, ?, 0)",
            [run_id, source_id, at, outcome, http_status, reason, links_found],
        )
        if outcome == "error":
            db.execute(
                "UPDATE sources SET last_checked=?, last_error=?, last_error_at=? WHERE id=?",
                [at, reason, at, source_id],
            )
        else:
            # validators are kept aside until every article of this fetch is stored (commit_validators):
            # a crawl killed halfway must fetch the feed again, not get a 304 and lose the rest
            db.execute(
                "UPDATE sources SET last_checked=?, last_success=?, pending_etag=?, pending_last_modified=? WHERE id=?",
                [at, at, etag, last_modified, source_id],
            )


def commit_validators(db: Database, source_ids: Iterable[str]) -> None:
    """Make the validators of cleanly finished sources the ones sent in the next conditional request."""
    with transaction(db):
        for source_id in source_ids:
            db.execute(
                "UPDATE sources SET etag = COALESCE(pending_etag, etag), "
                "last_modified = COALESCE(pending_last_modified, last_modified), "
                "pending_etag = NULL, pending_last_modified = NULL WHERE id = ?",
                [source_id],
            )


def record_skip(
    db: Database,
    url: str,
    *,
    source_id: str | None,
    reason: str,
    http_status: int | None = None,
    content_type: str | None = None,
    outcome: str = "skipped",
) -> None:
    """Remember a URL that was fetched (or tried) but gave no article, and why."""
    with transaction(db):
        db.execute(
            "INSERT OR REPLACE INTO pages (id, url, final_url, source_id, fetched_at, status, content_type, "
            "outcome, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [stable_id(url), url, url, source_id, now(), http_status, content_type, outcome, reason],
        )


def save_article(db: Database, page: Mapping[str, Any], article: Mapping[str, Any]) -> tuple[str, bool]:
    """Store a fetched page and its article in one transaction.

    Returns (article_id, created). An article whose canonical URL or body is already stored is
    not stored again: its URL is linked to the existing article instead.
    """
    body: bytes = page["body"]
    sha1 = hashlib.sha1(body).hexdigest()
    canonical = article["canonical_url"]
    urls = {u for u in (page["url"], page.get("final_url"), canonical) if u}
    at = now()
    with transaction(db):
        existing = _existing_article(db, canonical, sha1, urls)
        if existing is not None:
            _link_urls(db, existing, urls, at)
            _credit_source(db, page.get("source_id"), 0)
            return existing, False
        page_id = stable_id(canonical)
        db.execute(
            "INSERT OR REPLACE INTO pages (id, url, final_url, source_id, fetched_at, status, content_type, "
            "encoding, body_sha1, body_size, body_z, outcome, reason) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'article', NULL)",
            [
                page_id,
                page["url"],
                page.get("final_url"),
                page.get("source_id"),
                at,
                page.get("status"),
                page.get("content_type"),
                page.get("encoding"),
                sha1,
                len(body),
                compress(body),
            ],
        )
        article_id = page_id
        db.execute(
            "INSERT INTO articles (id, url, canonical_url, source_id, page_id, title, text, published, "
            "author, lang, fetched_at, reader_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                article_id,
                page["url"],
                canonical,
                page.get("source_id"),
                page_id,
                article.get("title"),
                article.get("text"),
                article.get("published"),
                article.get("author"),
                article.get("lang"),
                at,
                article.get("reader_version"),
            ],
        )
        _link_urls(db, article_id, urls, at)
        _credit_source(db, page.get("source_id"), 1)
    return article_id, True


def _existing_article(db: Database, canonical: str, sha1: str, urls: set[str]) -> str | None:
    for url in sorted(urls | {canonical}):
        row = db.execute("SELECT article_id FROM article_urls WHERE url = ?", [url]).fetchone()
        if row:
            return str(row[0])
    row = db.execute(
        "SELECT articles.id FROM pages JOIN articles ON articles.page_id = pages.id "
        "WHERE pages.body_sha1 = ? LIMIT 1",
        [sha1],
    ).fetchone()
    return str(row[0]) if row else None


def _link_urls(db: Database, article_id: str, urls: Iterable[str], at: str) -> None:
    for url in urls:
        db.execute(
            "INSERT OR IGNORE INTO article_urls (url, article_id, first_seen) VALUES (?, ?, ?)",
            [url, article_id, at],
        )


def _credit_source(db: Database, source_id: str | None, new: int) -> None:
    if source_id and new:
        db.execute("UPDATE sources SET articles_found = articles_found + ? WHERE id = ?", [new, source_id])
        db.execute(
            "UPDATE source_runs SET articles_new = articles_new + ? WHERE rowid = "
            "(SELECT max(rowid) FROM source_runs WHERE source_id = ?)",
            [new, source_id],
        )


def update_article_text(db: Database, article_id: str, article: Mapping[str, Any]) -> None:
    """Replace an article's extracted text fields (re-reading a stored page with a newer reader).

    A text that changed is extracted again (its facts version is cleared); an unchanged text keeps
    its facts and the language found for it when the page declares none."""
    with transaction(db):
        db.execute(
            "UPDATE articles SET title=?, published=COALESCE(?, published), author=?, "
            "lang=COALESCE(?, CASE WHEN text IS ? THEN lang END), "
            "facts_version=CASE WHEN text IS ? THEN facts_version END, text=?, reader_version=? WHERE id=?",
            [
                article.get("title"),
                article.get("published"),
                article.get("author"),
                article.get("lang"),
                article.get("text"),
                article.get("text"),
                article.get("text"),
                article.get("reader_version"),
                article_id,
            ],
        )


FACT_FIELDS = (
    "drug",
    "quantity_kg",
    "quantity_text",
    "units",
    "port",
    "locode",
    "country",
    "date",
    "agencies",
    "kind",
    "primary",
    "concealment",
    "origin_country",
    "evidence",
    "start_char",
    "end_char",
    "latitude",
    "longitude",
)


def replace_facts(
    db: Database,
    article_id: str,
    facts: Iterable[Mapping[str, Any]],
    version: str,
    *,
    lang: str | None = None,
) -> int:
    """Replace an article's facts with those of extractor `version`, in one transaction."""
    rows = list(facts)
    at = now()
    with transaction(db):
        art = db.execute("SELECT url, published FROM articles WHERE id = ?", [article_id]).fetchone()
        if art is None:
            raise KeyError(f"no article {article_id}")
        db.execute("DELETE FROM facts WHERE article_id = ?", [article_id])
        for seq, fact in enumerate(rows):
            values = {k: fact.get(k) for k in FACT_FIELDS}
            values["agencies"] = json.dumps(list(fact.get("agencies") or []), ensure_ascii=False)
            values["primary"] = 1 if fact.get("primary") else 0
            date = fact.get("date")
            year = int(date[:4]) if date else None
            db.execute(
                "INSERT INTO facts (id, article_id, seq, extractor_version, year, url, published, lang, created, "
                + ", ".join(f'"{k}"' for k in values)
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                + ", ".join("?" for _ in values)
                + ")",
                [stable_id(article_id, str(seq)), article_id, seq, version, year, art[0], art[1], lang, at,
                 *values.values()],
            )
        db.execute(
            "UPDATE articles SET facts_version = ?, relevant = ?, lang = COALESCE(?, lang), extract_error = NULL "
            "WHERE id = ?",
            [version, 1 if rows else 0, lang, article_id],
        )
    return len(rows)


def record_extract_error(db: Database, article_id: str, version: str, reason: str) -> None:
    """Record that extractor `version` failed on an article: the reason is kept, its facts are left as
    they were, and it is not tried again by this version (`extract --all` or a new version retries it)."""
    with transaction(db):
        db.execute(
            "UPDATE articles SET facts_version = ?, extract_error = ? WHERE id = ?",
            [version, reason[:1000], article_id],
        )


def replace_events(db: Database, events: list[Mapping[str, Any]], assignment: Mapping[str, str]) -> None:
    """Replace the events table and point every fact at its event, in one transaction."""
    with transaction(db):
        db.execute("UPDATE facts SET event_id = NULL")
        db.execute("DELETE FROM events")
        for ev in events:
            cols = list(ev)
            db.execute(
                f"INSERT INTO events ({', '.join(cols)}) VALUES ({', '.join('?' for _ in cols)})",
                [json.dumps(v) if isinstance(v, list) else v for v in ev.values()],
            )
        db.conn.executemany("UPDATE facts SET event_id = ? WHERE id = ?", [(e, f) for f, e in assignment.items()])


def save_robots(db: Database, origin: str, *, status: int, body: bytes | None, etag: str | None = None,
                last_modified: str | None = None) -> None:
    """Keep the robots.txt an origin served (or, with body None, note that it answered 304 Not Modified:
    the kept body is still current as of now)."""
    at = now()
    with transaction(db):
        if body is None:
            db.execute("UPDATE robots_txt SET checked_at = ?, etag = COALESCE(?, etag), "
                       "last_modified = COALESCE(?, last_modified) WHERE origin = ?", [at, etag, last_modified, origin])
        else:
            db.execute("INSERT OR REPLACE INTO robots_txt (origin, status, body, etag, last_modified, fetched_at, "
                       "checked_at) VALUES (?, ?, ?, ?, ?, ?, ?)", [origin, status, body, etag, last_modified, at, at])


def start_run(db: Database, command: str) -> int:
    """Open a run record and return its id."""
    with transaction(db):
        cur = db.execute("INSERT INTO runs (command, started, outcome) VALUES (?, ?, 'running')", [command, now()])
    return int(cur.lastrowid or 0)


def refresh_statistics(db: Database) -> None:
    """Refresh the query planner's statistics after a run that stored something, so the indexes that
    fit Datasette's pages are chosen as tables grow (#13). A full ANALYZE: under a second on 150,000
    facts and 110,000 events; sampled statistics (analysis_limit) misled the planner into plans ten
    times slower on the canned queries."""
    db.execute("PRAGMA analysis_limit = 0")
    db.execute("ANALYZE")


def finish_run(db: Database, run_id: int, outcome: str, **counts: Any) -> None:
    """Close a run record with its outcome and counts."""
    cols = ["ended", "outcome", *counts]
    with transaction(db):
        db.execute(
            f"UPDATE runs SET {', '.join(f'{c} = ?' for c in cols)} WHERE id = ?",
            [now(), outcome, *counts.values(), run_id],
        )


def close_stale_runs(db: Database) -> int:
    """Mark runs left 'running' by a crash as 'interrupted'; returns how many."""
    with transaction(db):
        cur = db.execute("UPDATE runs SET outcome = 'interrupted' WHERE outcome = 'running'")
    return cur.rowcount


def record_resolution(db: Database, url: str, final_url: str, *, source_id: str | None, reason: str) -> None:
    """Remember where an aggregator link (a Google News article link) leads, so it is resolved once."""
    with transaction(db):
        db.execute(
            "INSERT OR REPLACE INTO pages (id, url, final_url, source_id, fetched_at, status, outcome, reason) "
            "VALUES (?, ?, ?, ?, ?, ?, 'resolved', ?)",
            [stable_id(url), url, final_url, source_id, now(), 200, reason],
        )


# ---------------------------------------------------------------------------- event grouping (#13)
EVENT_COLUMNS = ("id", "drug", "quantity_kg", "units", "port", "locode", "country", "date", "year", "kind",
                 "latitude", "longitude", "n_facts", "n_articles", "article_ids", "first_published",
                 "last_published")


def apply_events(
    db: Database,
    events: Iterable[Mapping[str, Any]],
    moves: Iterable[tuple[str, str]],
    removed: Iterable[str],
    changes: Iterable[Mapping[str, Any]],
    version: str | None = None,
) -> None:
    """Write what a grouping changed, in one transaction: upsert the `events` rows (an event keeps
    its `created`), point facts at their events (`moves`: fact id, event id), delete `removed`
    events, append `changes` to the history and record the grouping `version`."""
    at = datetime.now(UTC).isoformat()  # microseconds: of two events made on two nights, the older is known
    placeholders = ", ".join("?" for _ in EVENT_COLUMNS)
    updates = ", ".join(f"{c} = excluded.{c}" for c in EVENT_COLUMNS if c != "id")
    # the connection is in autocommit mode (isolation_level=None): `with conn` alone opens no transaction
    with transaction(db):
        db.conn.executemany(
            f"INSERT INTO events ({', '.join(EVENT_COLUMNS)}, created, updated) VALUES ({placeholders}, ?, ?) "
            f"ON CONFLICT(id) DO UPDATE SET {updates}, updated = excluded.updated",
            ([json.dumps(ev[c]) if isinstance(ev.get(c), list) else ev.get(c) for c in EVENT_COLUMNS] + [at, at]
             for ev in events),
        )
        # many moves (a full regrouping): one pass over facts in table order beats random updates
        db.execute("CREATE TEMP TABLE IF NOT EXISTS event_moves (fact_id TEXT PRIMARY KEY, event_id TEXT)")
        db.execute("DELETE FROM temp.event_moves")
        db.conn.executemany("INSERT OR REPLACE INTO temp.event_moves VALUES (?, ?)", moves)
        if db.execute("SELECT count(*) FROM temp.event_moves").fetchone()[0] > 5000:
            db.execute("UPDATE facts SET event_id = m.event_id FROM temp.event_moves AS m WHERE m.fact_id = facts.id")
        else:
            db.execute("UPDATE facts SET event_id = (SELECT event_id FROM temp.event_moves WHERE fact_id = facts.id) "
                       "WHERE id IN (SELECT fact_id FROM temp.event_moves)")
        db.execute("DELETE FROM temp.event_moves")
        gone = list(removed)
        for i in range(0, len(gone), 500):
            chunk = gone[i:i + 500]
            marks = ", ".join("?" for _ in chunk)
            db.execute(f"UPDATE facts SET event_id = NULL WHERE event_id IN ({marks})", chunk)
            db.execute(f"DELETE FROM events WHERE id IN ({marks})", chunk)
        db.conn.executemany(
            "INSERT INTO event_changes (at, event_id, change, other_event_id, detail) VALUES (?, ?, ?, ?, ?)",
            ((at, c["event_id"], c["change"], c.get("other_event_id"), c.get("detail")) for c in changes),
        )
        db.execute("DELETE FROM event_leavers")
        if version is not None:
            db.execute("INSERT INTO event_grouping (key, value) VALUES ('version', ?) "
                       "ON CONFLICT(key) DO UPDATE SET value = excluded.value", [version])
