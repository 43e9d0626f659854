"""Read-only queries the crawler, the extractor and the CLI need; the only SQL besides db.writes."""

from __future__ import annotations

import json
from collections.abc import Iterator
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


def pending_articles(db: Database, version: str, *, everything: bool = False) -> list[str]:
    """Ids of articles whose facts were not made by extractor `version` (all of them with everything)."""
    if everything:
        sql, params = "SELECT id FROM articles ORDER BY id", []
    else:
        sql = "SELECT id FROM articles WHERE facts_version IS NULL OR facts_version != ? ORDER BY id"
        params = [version]
    return [row[0] for row in db.execute(sql, params)]


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
    cols = ("id", "article_id", "drug", "quantity_kg", "units", "port", "locode", "country", "date",
            "kind", "primary", "published", "latitude", "longitude", "url")
    rows = db.execute(
        "SELECT " + ", ".join(f'facts."{c}"' for c in cols) + " FROM facts ORDER BY published, id"
    ).fetchall()
    return [dict(zip(cols, r, strict=True)) for r in rows]


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
