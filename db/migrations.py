"""Schema of the portwatch database as add-only sqlite-utils migrations.

Each function is one schema change; never edit one that has shipped, add a new one.
"""

from __future__ import annotations

from sqlite_utils import Database, Migrations

migrations = Migrations("portwatch")


@migrations()
def m001_initial(db: Database) -> None:
    """Sources, pages, articles (+FTS), facts, events, runs and per-source run outcomes."""
    for statement in _statements(
        """
        CREATE TABLE IF NOT EXISTS sources (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            kind TEXT NOT NULL,
            url TEXT NOT NULL,
            language TEXT,
            country TEXT,
            agency TEXT,
            enabled INTEGER NOT NULL DEFAULT 1,
            etag TEXT,
            last_modified TEXT,
            last_checked TEXT,
            last_success TEXT,
            last_error TEXT,
            last_error_at TEXT,
            articles_found INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE IF NOT EXISTS pages (
            id TEXT PRIMARY KEY,
            url TEXT NOT NULL,
            final_url TEXT,
            source_id TEXT,
            fetched_at TEXT NOT NULL,
            status INTEGER,
            content_type TEXT,
            encoding TEXT,
            body_sha1 TEXT,
            body_size INTEGER,
            body_z BLOB,
            outcome TEXT NOT NULL,
            reason TEXT
        );
        CREATE INDEX IF NOT EXISTS pages_body_sha1 ON pages(body_sha1);
        CREATE TABLE IF NOT EXISTS articles (
            id TEXT PRIMARY KEY,
            url TEXT NOT NULL,
            canonical_url TEXT NOT NULL,
            source_id TEXT,
            page_id TEXT REFERENCES pages(id),
            title TEXT,
            text TEXT,
            published TEXT,
            author TEXT,
            lang TEXT,
            fetched_at TEXT NOT NULL,
            reader_version TEXT,
            facts_version TEXT,
            relevant INTEGER
        );
        CREATE INDEX IF NOT EXISTS articles_published ON articles(published);
        CREATE INDEX IF NOT EXISTS articles_facts_version ON articles(facts_version);
        CREATE TABLE IF NOT EXISTS article_urls (
            url TEXT PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles(id),
            first_seen TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS article_urls_article ON article_urls(article_id);
        CREATE TABLE IF NOT EXISTS events (
            id TEXT PRIMARY KEY,
            drug TEXT,
            quantity_kg REAL,
            units INTEGER,
            port TEXT,
            locode TEXT,
            country TEXT,
            date TEXT,
            year INTEGER,
            kind TEXT,
            latitude REAL,
            longitude REAL,
            n_facts INTEGER,
            n_articles INTEGER,
            article_ids TEXT,
            first_published TEXT,
            last_published TEXT
        );
        CREATE TABLE IF NOT EXISTS facts (
            id TEXT PRIMARY KEY,
            drug TEXT NOT NULL,
            quantity_kg REAL,
            quantity_text TEXT,
            units INTEGER,
            port TEXT,
            locode TEXT,
            country TEXT,
            date TEXT,
            year INTEGER,
            agencies TEXT,
            kind TEXT NOT NULL,
            "primary" INTEGER NOT NULL,
            concealment TEXT,
            origin_country TEXT,
            evidence TEXT,
            url TEXT,
            published TEXT,
            lang TEXT,
            latitude REAL,
            longitude REAL,
            event_id TEXT REFERENCES events(id),
            article_id TEXT NOT NULL REFERENCES articles(id),
            seq INTEGER NOT NULL,
            start_char INTEGER,
            end_char INTEGER,
            extractor_version TEXT NOT NULL,
            created TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS facts_article ON facts(article_id);
        CREATE INDEX IF NOT EXISTS facts_drug ON facts(drug);
        CREATE INDEX IF NOT EXISTS facts_port ON facts(port);
        CREATE INDEX IF NOT EXISTS facts_country ON facts(country);
        CREATE INDEX IF NOT EXISTS facts_year ON facts(year);
        CREATE INDEX IF NOT EXISTS facts_kind ON facts(kind);
        CREATE INDEX IF NOT EXISTS facts_published ON facts(published);
        CREATE INDEX IF NOT EXISTS facts_event ON facts(event_id);
        CREATE TABLE IF NOT EXISTS runs (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            command TEXT NOT NULL,
            started TEXT NOT NULL,
            ended TEXT,
            outcome TEXT,
            articles_new INTEGER,
            facts_new INTEGER,
            events_new INTEGER,
            sources_failed INTEGER,
            message TEXT
        );
        CREATE TABLE IF NOT EXISTS source_runs (
            run_id INTEGER,
            source_id TEXT NOT NULL,
            at TEXT NOT NULL,
            outcome TEXT NOT NULL,
            http_status INTEGER,
            reason TEXT,
            links_found INTEGER,
            articles_new INTEGER
        );
        CREATE INDEX IF NOT EXISTS source_runs_source ON source_runs(source_id);
        """
    ):
        db.execute(statement)
    db.table("articles").enable_fts(["title", "text"], create_triggers=True, tokenize="unicode61 remove_diacritics 2")
    db.table("facts").enable_fts(["evidence", "drug", "port", "quantity_text"], create_triggers=True)


@migrations()
def m002_pending_validators(db: Database) -> None:
    """Validators wait here until a crawl of the source finished cleanly (issue #6: crash safety)."""
    db.execute("ALTER TABLE sources ADD COLUMN pending_etag TEXT")
    db.execute("ALTER TABLE sources ADD COLUMN pending_last_modified TEXT")


@migrations()
def m003_facet_indexes(db: Database) -> None:
    """Covering indexes for the default facets under the common filters, and filtered newest-first
    listings (issue #5: facet pages over 150,000 facts in milliseconds, not hundreds of them)."""
    for name, cols in {
        # quantity_kg last: "cocaine of at least 500 kg" stays inside the index too
        "facts_drug_quantity": "drug, quantity_kg",
        "facts_drug_port": "drug, port, quantity_kg",
        "facts_drug_country": "drug, country, quantity_kg",
        "facts_drug_kind": "drug, kind, quantity_kg",
        "facts_drug_year": "drug, year, quantity_kg",
        "facts_drug_published": "drug, published",
        "facts_port_drug": "port, drug",
        "facts_port_year": "port, year",
        "facts_port_published": "port, published",
        "facts_country_drug": "country, drug",
        "facts_country_kind": "country, kind",
        "facts_country_published": "country, published",
        "facts_kind_drug": "kind, drug",
        "facts_year_drug": "year, drug",
        "facts_year_port": "year, port",
        "events_drug": "drug",
        "events_port_year": "port, year",
        "events_last_published": "last_published",
        "articles_lang": "lang, source_id, relevant",
        "articles_lang_published": "lang, published",
        "articles_source": "source_id, lang, relevant",
        "articles_relevant": "relevant, lang, source_id",
    }.items():
        table = name.split("_")[0]
        db.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {table}({cols})")


def _statements(script: str) -> list[str]:
    """Split a schema script into statements, so each runs inside the migration's transaction."""
    return [part.strip() for part in script.split(";") if part.strip()]


@migrations()
def m006_faults(db: Database) -> None:
    """An article whose extraction failed keeps the reason, so one bad article is recorded and
    skipped instead of stopping every night's extraction (issue #11)."""
    db.execute("ALTER TABLE articles ADD COLUMN extract_error TEXT")


@migrations()
def m005_events(db: Database) -> None:
    """Events keep their ids for good (issue #13): when each was created and last changed, a history
    of merges, splits and removals, the version of the grouping that made them, the facts a
    re-extraction took out of an event (kept by a trigger, so the event and the rewritten fact find
    each other again), and the index dated candidates are found by."""
    for statement in _statements(
        """
        ALTER TABLE events ADD COLUMN created TEXT;
        ALTER TABLE events ADD COLUMN updated TEXT;
        CREATE TABLE IF NOT EXISTS event_changes (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            at TEXT NOT NULL,
            event_id TEXT NOT NULL,
            change TEXT NOT NULL,
            other_event_id TEXT,
            detail TEXT
        );
        CREATE INDEX IF NOT EXISTS event_changes_event ON event_changes(event_id);
        CREATE INDEX IF NOT EXISTS event_changes_other ON event_changes(other_event_id);
        CREATE TABLE IF NOT EXISTS event_grouping (
            key TEXT PRIMARY KEY,
            value TEXT
        );
        CREATE INDEX IF NOT EXISTS facts_event_dated ON facts(drug, date);
        CREATE TABLE IF NOT EXISTS event_leavers (
            fact_id TEXT PRIMARY KEY,
            event_id TEXT NOT NULL
        )
        """
    ):
        db.execute(statement)
    # a re-extracted article's facts are deleted and written again: remember which event each was in
    db.execute("CREATE TRIGGER IF NOT EXISTS facts_event_leaver AFTER DELETE ON facts WHEN old.event_id IS NOT NULL "
               "BEGIN INSERT OR REPLACE INTO event_leavers (fact_id, event_id) VALUES (old.id, old.event_id); END")
    # the full-text index of facts is rebuilt only when an indexed column changes, not when a fact
    # moves to another event (150,000 such moves took minutes)
    row = db.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'facts_au'").fetchone()
    if row and " AFTER UPDATE ON " in row[0]:
        db.execute("DROP TRIGGER facts_au")
        db.execute(row[0].replace(' AFTER UPDATE ON ', ' AFTER UPDATE OF "evidence", "drug", "port", "quantity_text" ON '))


@migrations()
def m007_summaries(db: Database) -> None:
    """Facet counts kept current by triggers (issue #13): one row per combination of the faceted
    columns' values with its number of rows, so the default facets of a Datasette page filtered by
    equality on those columns are summed from a few thousand rows instead of counted over 150,000."""
    db.execute(
        "CREATE TABLE IF NOT EXISTS facet_counts (tbl TEXT NOT NULL, key TEXT NOT NULL, n INTEGER NOT NULL, "
        "PRIMARY KEY (tbl, key)) WITHOUT ROWID"
    )
    for table, columns in {
        "facts": ("drug", "port", "country", "kind", "year"),
        "events": ("drug", "port", "country", "year"),
        "articles": ("lang", "source_id", "relevant"),
    }.items():
        for trigger, body in _facet_count_triggers(table, columns).items():
            db.execute(f"DROP TRIGGER IF EXISTS {trigger}")
            db.execute(body)
        key = "json_object(" + ", ".join(f"'{c}', {c}" for c in columns) + ")"
        db.execute(f"DELETE FROM facet_counts WHERE tbl = '{table}'")
        db.execute(f"INSERT INTO facet_counts (tbl, key, n) SELECT '{table}', {key}, count(*) FROM {table} GROUP BY 2")
    # the Atom feed of new seizures walks this newest first and stops at 200 (the planner, unaware of
    # the LIMIT, would sort every single seizure: the canned query names it with INDEXED BY)
    db.execute('CREATE INDEX IF NOT EXISTS facts_feed ON facts(coalesce(published, created)) '
               'WHERE kind = \'event\' AND "primary" = 1')
    # the canned tonnes-by-drug/port-and-year queries read these instead of every event row
    db.execute("CREATE INDEX IF NOT EXISTS events_drug_year_kg ON events(drug, year, kind, quantity_kg)")
    db.execute("CREATE INDEX IF NOT EXISTS events_port_year_kg ON events(port, year, kind, quantity_kg)")
    db.execute("CREATE INDEX IF NOT EXISTS events_quantity ON events(quantity_kg)")
    # the events table page (newest first) filtered by drug, port or country, at 100,000 events
    for column in ("drug", "port", "country"):
        db.execute(f"CREATE INDEX IF NOT EXISTS events_{column}_published ON events({column}, last_published)")


def _facet_count_triggers(table: str, columns: tuple[str, ...]) -> dict[str, str]:
    """Insert, delete and update triggers that keep `table`'s rows in facet_counts."""
    def key(row: str) -> str:
        return "json_object(" + ", ".join(f"'{c}', {row}.{c}" for c in columns) + ")"

    add = (f"INSERT INTO facet_counts (tbl, key, n) VALUES ('{table}', {key('new')}, 1) "
           "ON CONFLICT (tbl, key) DO UPDATE SET n = n + 1;")
    remove = (f"UPDATE facet_counts SET n = n - 1 WHERE tbl = '{table}' AND key = {key('old')}; "
              f"DELETE FROM facet_counts WHERE tbl = '{table}' AND key = {key('old')} AND n <= 0;")
    return {
        f"{table}_facet_counts_insert": f"CREATE TRIGGER {table}_facet_counts_insert AFTER INSERT ON {table} "
                                        f"BEGIN {add} END",
        f"{table}_facet_counts_delete": f"CREATE TRIGGER {table}_facet_counts_delete AFTER DELETE ON {table} "
                                        f"BEGIN {remove} END",
        f"{table}_facet_counts_update": f"CREATE TRIGGER {table}_facet_counts_update AFTER UPDATE OF "
                                        f"{', '.join(columns)} ON {table} BEGIN {remove} {add} END",
    }


@migrations()
def m008_robots(db: Database) -> None:
    """Each site's robots.txt with its validators (issue #13): a run revalidates it with a conditional
    request instead of downloading it again, and within the max-age does not ask at all."""
    db.execute(
        "CREATE TABLE IF NOT EXISTS robots_txt (origin TEXT PRIMARY KEY, status INTEGER, body BLOB, etag TEXT, "
        "last_modified TEXT, fetched_at TEXT, checked_at TEXT)"
    )
